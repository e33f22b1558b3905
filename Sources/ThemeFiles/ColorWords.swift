import TUI

/// Colour and attribute words of the theme file format.
///
/// A colour is `#rrggbb`, a palette index `0`–`255`, one of the 16 names below, or `default`
/// (the terminal's own colour). Attributes are bold, dim, reverse, underline and italic.
public enum ColorWords {
    /// The 16 basic colour names and their palette indexes.
    public static let names: [(name: String, index: UInt8)] = [
        ("black", 0), ("red", 1), ("green", 2), ("yellow", 3), ("blue", 4), ("magenta", 5), ("cyan", 6), ("white", 7),
        ("bright-black", 8), ("bright-red", 9), ("bright-green", 10), ("bright-yellow", 11),
        ("bright-blue", 12), ("bright-magenta", 13), ("bright-cyan", 14), ("bright-white", 15),
    ]

    /// Attribute names in the order the README lists them.
    public static let attributes: [(name: String, value: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]

    /// Words a palette entry may not be called, because they mean something already.
    public static var reservedWords: Set<String> {
        Set(names.map(\.name) + attributes.map(\.name) + ["default", "on"])
    }

    /// What a colour word says.
    public enum Reading: Equatable {
        /// A colour literal.
        case color(TerminalColor)
        /// Looks like a colour literal but is not a valid one; the text says why.
        case invalid(String)
        /// Not a colour literal (maybe a palette name or an attribute).
        case notAColor
    }

    /// Reads `#rrggbb`, `0`–`255`, a basic colour name or `default`.
    public static func read(_ word: String) -> Reading {
        if word == "default" { return .color(.default) }
        if let entry = names.first(where: { $0.name == word }) { return .color(.index(entry.index)) }
        if word.hasPrefix("#") {
            let hex = word.dropFirst()
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else {
                return .invalid("`\(word)` is not a colour: write #rrggbb with six hex digits")
            }
            return .color(.rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)))
        }
        if let first = word.first, first.isASCII, first.isNumber {
            guard word.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(word), (0...255).contains(index) else {
                return .invalid("`\(word)` is not a colour: palette indexes run from 0 to 255")
            }
            return .color(.index(UInt8(index)))
        }
        return .notAColor
    }

    /// The attribute a word names, if any.
    public static func attribute(_ word: String) -> TextAttributes? {
        attributes.first { $0.name == word }?.value
    }
}
