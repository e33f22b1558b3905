/// A rectangle of terminal cells: origin (x, y) at the top-left, y grows downwards.
///
/// Width and height are never negative; every helper clamps instead of producing
/// an invalid rectangle.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int { didSet { width = max(0, width) } }
    public var height: Int { didSet { height = max(0, height) } }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var size: Size { Size(width: width, height: height) }
    /// First column inside the rectangle.
    public var minX: Int { x }
    /// First row inside the rectangle.
    public var minY: Int { y }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public var description: String { "(\(x),\(y) \(width)×\(height))" }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= minX && px < maxX && py >= minY && py < maxY
    }

    /// The overlap of two rectangles; an empty rectangle when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(minX, other.minX)
        let top = max(minY, other.minY)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        if right <= left || bottom <= top {
            return Rect(x: left, y: top, width: 0, height: 0)
        }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks every side by the given amounts, clamped so the result is never negative.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
    }

    /// Shrinks every side by the same amount.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// Splits into a top part of `height` rows (clamped) and the rest below.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// Splits into a bottom part of `rows` rows (clamped) and the rest above.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken),
                Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// Splits into a left part of `columns` columns (clamped) and the rest to the right.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let taken = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken, y: y, width: width - taken, height: height))
    }

    /// Splits into a right part of `columns` columns (clamped) and the rest to the left.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let taken = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: width - taken, height: height),
                Rect(x: maxX - taken, y: y, width: taken, height: height))
    }

    /// Splits into a top part holding `fraction` (0…1, clamped) of the rows and the rest.
    public func splitTop(fraction: Double) -> (top: Rect, rest: Rect) {
        splitTop(Rect.share(of: height, fraction: fraction))
    }

    /// Splits into a left part holding `fraction` (0…1, clamped) of the columns and the rest.
    public func splitLeft(fraction: Double) -> (left: Rect, rest: Rect) {
        splitLeft(Rect.share(of: width, fraction: fraction))
    }

    /// Stacks rows of the given heights from the top; the last rows get what is left
    /// (possibly zero). Always returns one rectangle per requested height.
    public func rows(_ heights: [Int]) -> [Rect] {
        var rest = self
        return heights.map { rowHeight in
            let (top, remaining) = rest.splitTop(rowHeight)
            rest = remaining
            return top
        }
    }

    /// Places columns of the given widths from the left; the last columns get what is left
    /// (possibly zero). Always returns one rectangle per requested width.
    public func columns(_ widths: [Int]) -> [Rect] {
        var rest = self
        return widths.map { columnWidth in
            let (left, remaining) = rest.splitLeft(columnWidth)
            rest = remaining
            return left
        }
    }

    /// The rounded share of `total` for a fraction clamped to 0…1.
    static func share(of total: Int, fraction: Double) -> Int {
        guard fraction.isFinite else { return 0 }
        let clamped = min(1, max(0, fraction))
        return min(total, Int((Double(total) * clamped).rounded()))
    }
}
