/// A rectangular region of a `Grid` addressed in local coordinates: (0, 0) is the region's
/// top-left, and nothing drawn through the canvas can leave the region.
///
/// Get one with `grid.withCanvas(rect) { canvas in … }`.
public struct Canvas {
    /// The grid being drawn on (moved in for the duration of `withCanvas`).
    public internal(set) var grid: Grid
    /// The region in grid coordinates, already clipped to the grid.
    public let frame: Rect

    init(grid: Grid, frame: Rect) {
        self.grid = grid
        self.frame = grid.bounds.intersection(frame)
    }

    public var width: Int { frame.width }
    public var height: Int { frame.height }
    /// The whole canvas in local coordinates.
    public var bounds: Rect { Rect(x: 0, y: 0, width: frame.width, height: frame.height) }

    /// Writes text at a local position; see `Grid.put`.
    @discardableResult
    public mutating func put(
        _ text: String, at x: Int, y: Int, role: Role = .text, attributes: TextAttributes = [], maxWidth: Int? = nil
    ) -> Int {
        let end = grid.put(text, at: frame.x + x, y: frame.y + y, role: role, attributes: attributes,
                           maxWidth: maxWidth, clip: frame)
        return end - frame.x
    }

    /// Fills a local rectangle (clipped to the canvas).
    public mutating func fill(_ rect: Rect, role: Role = .text, with grapheme: Character = " ") {
        grid.fill(toGrid(rect), role: role, with: grapheme)
    }

    /// Fills the whole canvas.
    public mutating func clear(role: Role = .text) {
        grid.fill(frame, role: role)
    }

    /// Changes the role of cells in a local rectangle, keeping their text.
    public mutating func setRole(_ role: Role, in rect: Rect, attributes: TextAttributes? = nil) {
        grid.setRole(role, in: toGrid(rect), attributes: attributes)
    }

    /// Runs `body` on a nested canvas for a local sub-rectangle.
    @discardableResult
    public mutating func withCanvas<Result>(_ rect: Rect, _ body: (inout Canvas) throws -> Result) rethrows -> Result {
        let target = toGrid(rect)
        var nested = Canvas(grid: grid, frame: target)
        grid = Grid(width: 0, height: 0)  // keep the cell storage uniquely referenced
        defer { grid = nested.grid }
        return try body(&nested)
    }

    /// A local rectangle in grid coordinates, clipped to this canvas.
    func toGrid(_ rect: Rect) -> Rect {
        Rect(x: frame.x + rect.x, y: frame.y + rect.y, width: rect.width, height: rect.height).intersection(frame)
    }
}

extension Grid {
    /// Runs `body` with a canvas for `rect` (clipped to the grid) and keeps what it drew.
    @discardableResult
    public mutating func withCanvas<Result>(_ rect: Rect, _ body: (inout Canvas) throws -> Result) rethrows -> Result {
        var canvas = Canvas(grid: self, frame: rect)
        self = Grid(width: 0, height: 0)  // keep the cell storage uniquely referenced
        defer { self = canvas.grid }
        return try body(&canvas)
    }
}
