/// A colour as a theme asks for it; the terminal backend maps it to what the terminal has.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// An entry of the 256-colour palette (0–7 basic, 8–15 bright, 16–231 cube, 232–255 grey).
    case index(UInt8)
    /// A 24-bit colour; shown exactly on direct-colour terminals, otherwise the nearest palette entry.
    case rgb(UInt8, UInt8, UInt8)
    /// The same colour written several ways, best first (`#88C0D0 110 cyan`): the terminal
    /// backend takes the first one its colour depth shows as written (see `ColorMapping`).
    /// Never nested and never fewer than two entries when made with `bestFirst`.
    case alternatives([TerminalColor])

    /// One colour from a best-first list: the list itself, flattened, or its only entry.
    public static func bestFirst(_ colors: [TerminalColor]) -> TerminalColor {
        var flat: [TerminalColor] = []
        for color in colors {
            if case .alternatives(let inner) = color { flat += inner } else { flat.append(color) }
        }
        if flat.isEmpty { return .default }
        return flat.count == 1 ? flat[0] : .alternatives(flat)
    }

    /// The colours this stands for, best first (one entry unless it is `alternatives`).
    public var candidates: [TerminalColor] {
        if case .alternatives(let list) = self { return list }
        return [self]
    }

    public static let black = TerminalColor.index(0)
    public static let red = TerminalColor.index(1)
    public static let green = TerminalColor.index(2)
    public static let yellow = TerminalColor.index(3)
    public static let blue = TerminalColor.index(4)
    public static let magenta = TerminalColor.index(5)
    public static let cyan = TerminalColor.index(6)
    public static let white = TerminalColor.index(7)
}
