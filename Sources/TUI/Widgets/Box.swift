/// A border around a rectangle with an optional title in the top edge: `┌─ Title ──┐`.
public struct Box: Sendable {
    public var title: String
    public var glyphs: Glyphs
    public var borderRole: Role
    public var titleRole: Role

    public init(title: String = "", glyphs: Glyphs = .unicode, borderRole: Role = .border, titleRole: Role = .title) {
        self.title = title
        self.glyphs = glyphs
        self.borderRole = borderRole
        self.titleRole = titleRole
    }

    /// Draws the border inside `rect` (clipped to the grid) and returns the area within it
    /// (empty when `rect` is smaller than 2×2, in which case nothing is drawn). The interior
    /// is left untouched.
    @discardableResult
    public func draw(into grid: inout Grid, in rect: Rect) -> Rect {
        let area = rect
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let inner = area.inset(by: 1)
        grid.fill(Rect(x: inner.x, y: area.minY, width: inner.width, height: 1), role: borderRole, with: glyphs.horizontal)
        grid.fill(Rect(x: inner.x, y: area.maxY - 1, width: inner.width, height: 1), role: borderRole, with: glyphs.horizontal)
        grid.fill(Rect(x: area.minX, y: inner.y, width: 1, height: inner.height), role: borderRole, with: glyphs.vertical)
        grid.fill(Rect(x: area.maxX - 1, y: inner.y, width: 1, height: inner.height), role: borderRole, with: glyphs.vertical)
        grid.put(String(glyphs.topLeft), at: area.minX, y: area.minY, role: borderRole)
        grid.put(String(glyphs.topRight), at: area.maxX - 1, y: area.minY, role: borderRole)
        grid.put(String(glyphs.bottomLeft), at: area.minX, y: area.maxY - 1, role: borderRole)
        grid.put(String(glyphs.bottomRight), at: area.maxX - 1, y: area.maxY - 1, role: borderRole)
        drawTitle(into: &grid, area: area)
        return inner
    }

    /// " Title " starting two columns in, cut with an ellipsis so both corners stay visible.
    private func drawTitle(into grid: inout Grid, area: Rect) {
        let room = area.width - 4  // corner + one rule on each side
        guard !title.isEmpty, room >= 3 else { return }
        let label = DisplayWidth.truncate(" " + title + " ", to: room, ellipsis: glyphs.ellipsis + " ")
        grid.put(label, at: area.x + 2, y: area.y, role: titleRole, clip: area)
    }
}
