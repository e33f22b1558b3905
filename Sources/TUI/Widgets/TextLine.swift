/// One row with text on the left and text on the right (a status bar, a table cell, a header).
///
/// The right text wins when they collide: the left text is cut with an ellipsis and at
/// least one space separates them. The whole row is first filled with `role`.
public struct TextLine: Sendable {
    public var left: String
    public var right: String
    public var role: Role
    public var leftRole: Role?
    public var rightRole: Role?
    public var ellipsis: String

    public init(left: String = "", right: String = "", role: Role = .text, leftRole: Role? = nil,
                rightRole: Role? = nil, ellipsis: String = "…") {
        self.left = left
        self.right = right
        self.role = role
        self.leftRole = leftRole
        self.rightRole = rightRole
        self.ellipsis = ellipsis
    }

    /// Draws on the first row of `rect`.
    public func draw(into grid: inout Grid, in rect: Rect) {
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, 1))
        guard !row.isEmpty else { return }
        grid.fill(row, role: role)
        let rightText = DisplayWidth.truncate(TerminalText.sanitize(right), to: row.width, ellipsis: ellipsis)
        let rightWidth = DisplayWidth.of(rightText)
        let gap = rightWidth > 0 ? 1 : 0
        let leftRoom = max(0, row.width - rightWidth - gap)
        let leftText = DisplayWidth.truncate(TerminalText.sanitize(left), to: leftRoom, ellipsis: ellipsis)
        grid.put(leftText, at: row.x, y: row.y, role: leftRole ?? role, clip: row)
        grid.put(rightText, at: row.maxX - rightWidth, y: row.y, role: rightRole ?? role, clip: row)
    }
}
