/// Turns a value into a vertical bar of whole cells plus an eighth-block cap.
public struct BarColumn: Hashable, Sendable {
    /// Cells drawn with the full block, from the bottom up.
    public let fullCells: Int
    /// Eighths (0–7) shown in the cell above the full ones; 0 means no partial cell.
    public let remainderEighths: Int

    /// Scales `value` against `maximum` into `height` cells of 8 steps each, rounding to the
    /// nearest eighth. A positive value never disappears: it gets at least one eighth.
    /// Negative, NaN or non-positive maximum values give an empty bar; values above
    /// `maximum` are clamped to a full column.
    public init(value: Double, maximum: Double, height: Int) {
        let totalEighths = max(0, height) * 8
        guard value.isFinite, maximum.isFinite, maximum > 0, value > 0, totalEighths > 0 else {
            self.fullCells = 0
            self.remainderEighths = 0
            return
        }
        let scaled = (min(value, maximum) / maximum * Double(totalEighths)).rounded()
        let eighths = max(1, min(totalEighths, Int(scaled)))
        self.fullCells = eighths / 8
        self.remainderEighths = eighths % 8
    }

    /// Number of rows the bar touches.
    public var rowsUsed: Int { fullCells + (remainderEighths > 0 ? 1 : 0) }

    /// Draws the bar in column `x` of `rect`, growing up from its bottom row.
    public func draw(into grid: inout Grid, in rect: Rect, x: Int, role: Role, glyphs: Glyphs) {
        guard rect.height > 0 else { return }
        let full = String(glyphs.fullBlock)
        for level in 0..<min(fullCells, rect.height) {
            grid.put(full, at: x, y: rect.maxY - 1 - level, role: role, clip: rect)
        }
        if remainderEighths > 0, fullCells < rect.height {
            let cap = String(glyphs.lowerEighths[remainderEighths - 1])
            grid.put(cap, at: x, y: rect.maxY - 1 - fullCells, role: role, clip: rect)
        }
    }
}
