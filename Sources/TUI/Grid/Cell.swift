/// One terminal cell: a grapheme of display width 1 or 2, or the right half of a wide one.
public struct Cell: Hashable, Sendable {
    /// What the cell shows.
    public enum Content: Hashable, Sendable {
        /// A single grapheme cluster of display width 1 or 2, already sanitised.
        case grapheme(String)
        /// The right half of the wide grapheme in the cell to the left; draws nothing itself.
        case continuation
    }

    public var content: Content
    public var role: Role
    /// Attributes added on top of the role's style (for example underline for a link).
    public var attributes: TextAttributes

    public init(_ content: Content, role: Role = .text, attributes: TextAttributes = []) {
        self.content = content
        self.role = role
        self.attributes = attributes
    }

    /// A space in the given role.
    public static func blank(_ role: Role = .text) -> Cell {
        Cell(.grapheme(" "), role: role)
    }

    /// The text this cell contributes to a plain-text line ("" for a continuation).
    public var text: String {
        switch content {
        case .grapheme(let grapheme): grapheme
        case .continuation: ""
        }
    }

    public var isContinuation: Bool { content == .continuation }

    /// True when the cell holds a two-column grapheme (its right neighbour is a continuation).
    public var isWide: Bool {
        if case .grapheme(let grapheme) = content, grapheme.utf8.count > 1, !DisplayWidth.isSimple(grapheme),
           let character = grapheme.first {
            return DisplayWidth.of(character) == 2
        }
        return false
    }
}
