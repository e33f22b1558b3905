/// One unit of input from the terminal: a key press, a resize, or a mouse event.
public enum Key: Hashable, Sendable {
    /// A printable character, including space and non-ASCII text.
    case character(Character)
    /// Control plus a character, stored lowercase: Ctrl-L is `.ctrl("l")`.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab
    case enter, escape, backspace, delete, insert
    /// Function key F1…F*n*.
    case function(Int)
    /// The terminal changed size (or came back after suspend): lay out and redraw.
    case resize
    case mouse(MouseEvent)
    /// A key code the decoder does not know.
    case unknown(Int)

    /// A short, stable, readable name for help overlays and key-hint bars:
    /// "j", "Space", "Ctrl-L", "PgDn", "F1", "Tab", "Shift-Tab".
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .ctrl(" "): "Ctrl-Space"
        case .ctrl(let character): "Ctrl-" + character.uppercased()
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        case .mouse: "Mouse"
        case .unknown(let code): "Key(\(code))"
        }
    }
}
