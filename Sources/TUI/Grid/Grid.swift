/// An in-memory screen: `width × height` cells that views draw into and the terminal copies out.
///
/// Nothing can be written outside the grid or outside the clip rectangle given to a call.
/// Text is sanitised on the way in (`TerminalText.sanitize`), so control characters and
/// escape sequences never reach a terminal. A wide grapheme always occupies a cell plus a
/// continuation cell; overwriting either half turns the orphaned other half into a space.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int, role: Role = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    public init(size: Size, role: Role = .text) {
        self.init(width: size.width, height: size.height, role: role)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(size: size) }

    /// The cell at a position, or nil outside the grid.
    public func cell(x: Int, y: Int) -> Cell? {
        guard bounds.contains(x: x, y: y) else { return nil }
        return cells[y * width + x]
    }

    /// The role at a position, or nil outside the grid.
    public func role(x: Int, y: Int) -> Role? {
        cell(x: x, y: y)?.role
    }

    /// Writes `text` starting at column `x` of row `y`, using at most `maxWidth` columns
    /// and never leaving `clip` (default: the whole grid). Text left of the clip is skipped,
    /// so a negative `x` scrolls text horizontally. A wide grapheme that does not fit
    /// completely shows as a space. Zero-width graphemes on their own are dropped.
    ///
    /// - Returns: the column after the last one the text occupied (clipped or not), so calls
    ///   can be chained.
    @discardableResult
    public mutating func put(
        _ text: String, at x: Int, y: Int, role: Role = .text, attributes: TextAttributes = [],
        maxWidth: Int? = nil, clip: Rect? = nil
    ) -> Int {
        var area = bounds.intersection(clip ?? bounds)
        if let maxWidth {
            area = area.intersection(Rect(x: x, y: y, width: maxWidth, height: 1))
        }
        guard area.contains(x: max(x, area.minX), y: y), !text.isEmpty else { return x }

        if DisplayWidth.isPrintableASCII(text) {
            // Fast path for the common case: one column per byte, nothing to sanitise or measure.
            var column = x
            for byte in text.utf8 {
                if column >= area.maxX { break }
                if column >= area.minX {
                    setGrapheme(Self.asciiGraphemes[Int(byte)], wide: false, x: column, y: y, role: role, attributes: attributes)
                }
                column += 1
            }
            return column
        }
        if DisplayWidth.isSimple(text) {
            // Box drawing, arrows, dashes, accented letters: still one column per scalar.
            var column = x
            for scalar in text.unicodeScalars {
                if column >= area.maxX { break }
                if column >= area.minX {
                    let grapheme = scalar.isASCII ? Self.asciiGraphemes[Int(scalar.value)] : String(Character(scalar))
                    setGrapheme(grapheme, wide: false, x: column, y: y, role: role, attributes: attributes)
                }
                column += 1
            }
            return column
        }
        var column = x
        for character in TerminalText.sanitize(text) {
            if column >= area.maxX { break }
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            let end = column + characterWidth
            if column >= area.minX && end <= area.maxX {
                setGrapheme(String(character), wide: characterWidth == 2, x: column, y: y,
                            role: role, attributes: attributes)
            } else if end > area.minX {
                for partial in max(column, area.minX)..<min(end, area.maxX) {
                    setGrapheme(" ", wide: false, x: partial, y: y, role: role, attributes: attributes)
                }
            }
            column = end
        }
        return column
    }

    /// The one-character strings of the ASCII range, made once instead of once per cell.
    static let asciiGraphemes: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Fills a rectangle (clipped to the grid) with a repeated one-column grapheme.
    public mutating func fill(_ rect: Rect, role: Role = .text, with grapheme: Character = " ", attributes: TextAttributes = []) {
        let area = bounds.intersection(rect)
        guard !area.isEmpty else { return }
        let safe = TerminalText.sanitize(String(grapheme))
        let filler = safe.count == 1 && DisplayWidth.of(safe) == 1 ? safe : " "
        for row in area.minY..<area.maxY {
            for column in area.minX..<area.maxX {
                setGrapheme(filler, wide: false, x: column, y: row, role: role, attributes: attributes)
            }
        }
    }

    /// Changes only the role (and extra attributes) of cells in a rectangle, keeping their text.
    /// Useful for selection bars and highlights drawn over existing text.
    public mutating func setRole(_ role: Role, in rect: Rect, attributes: TextAttributes? = nil) {
        let area = bounds.intersection(rect)
        guard !area.isEmpty else { return }
        for row in area.minY..<area.maxY {
            for column in area.minX..<area.maxX {
                cells[row * width + column].role = role
                if let attributes { cells[row * width + column].attributes = attributes }
            }
        }
    }

    /// The grid as plain text, one string per row. Continuation cells contribute nothing,
    /// so a row's display width is always `width`, unless trailing spaces are trimmed.
    public func lines(trimmingTrailingSpaces: Bool = false) -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += cells[row * width + column].text }
            if trimmingTrailingSpaces {
                while line.last == " " { line.removeLast() }
            }
            return line
        }
    }

    /// Writes one grapheme, repairing any wide grapheme it partly overwrites.
    private mutating func setGrapheme(_ grapheme: String, wide: Bool, x: Int, y: Int, role: Role, attributes: TextAttributes) {
        let index = y * width + x
        breakWideGrapheme(at: index, x: x)
        if wide { breakWideGrapheme(at: index + 1, x: x + 1) }
        cells[index] = Cell(.grapheme(grapheme), role: role, attributes: attributes)
        if wide { cells[index + 1] = Cell(.continuation, role: role, attributes: attributes) }
    }

    /// If the cell at `index` is half of a wide grapheme, turns the other half into a space.
    private mutating func breakWideGrapheme(at index: Int, x: Int) {
        if cells[index].isContinuation, x > 0 {
            cells[index - 1].content = .grapheme(" ")
        } else if cells[index].isWide, x + 1 < width {
            cells[index + 1].content = .grapheme(" ")
        }
    }
}
