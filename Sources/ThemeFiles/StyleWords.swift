import TUI

/// Reads the value of a role line, `FOREGROUND [on BACKGROUND] [ATTRIBUTE...]`, and the value of
/// a palette line, `COLOUR...`. A colour may be written several ways, best first
/// (`#88C0D0 110 cyan`), and may be a palette name.
public enum StyleWords {
    /// A problem with a value, before it is given a file and line.
    public struct Problem: Error, Equatable {
        public var kind: ThemeFileError.Kind
        public var message: String
    }

    /// A palette entry's colour.
    public static func color(_ words: [String], palette: [String: TerminalColor]) throws(Problem) -> TerminalColor {
        var colors: [TerminalColor] = []
        for word in words {
            guard let color = try readColor(word, palette: palette) else {
                throw Problem(kind: .badColour, message: unknownColor(word))
            }
            colors.append(color)
        }
        guard !colors.isEmpty else { throw Problem(kind: .badColour, message: "no colour given") }
        return .bestFirst(colors)
    }

    /// A role's style. A style without `on` gets `pageBackground` (the `text` role's background).
    public static func style(_ words: [String], palette: [String: TerminalColor], pageBackground: TerminalColor) throws(Problem) -> Style {
        enum Part { case foreground, background, attributes }
        var part = Part.foreground
        var foreground: [TerminalColor] = []
        var background: [TerminalColor] = []
        var hasBackground = false
        var attributes: TextAttributes = []
        for word in words {
            if word == "on" {
                guard part == .foreground else {
                    throw Problem(kind: .syntax, message: "`on` comes once, after the foreground and before the attributes")
                }
                part = .background
                hasBackground = true
                continue
            }
            if let attribute = ColorWords.attribute(word) {
                if part == .background && background.isEmpty {
                    throw Problem(kind: .badColour, message: "`on` needs a background colour before `\(word)`")
                }
                part = .attributes
                attributes.insert(attribute)
                continue
            }
            if let color = try readColor(word, palette: palette) {
                switch part {
                case .foreground: foreground.append(color)
                case .background: background.append(color)
                case .attributes:
                    throw Problem(kind: .syntax, message: "colour `\(word)` after the attributes: write FOREGROUND on BACKGROUND ATTRIBUTES")
                }
                continue
            }
            let afterAColor = part == .attributes || (part == .foreground && !foreground.isEmpty) || (part == .background && !background.isEmpty)
            if afterAColor {
                throw Problem(kind: .unknownAttribute, message: "unknown attribute `\(word)`: use \(attributeList)")
            }
            throw Problem(kind: .badColour, message: unknownColor(word) + " (or an attribute: \(attributeList))")
        }
        if part == .background && background.isEmpty {
            throw Problem(kind: .badColour, message: "`on` needs a background colour")
        }
        if words.isEmpty {
            throw Problem(kind: .syntax, message: "no style given: write a colour, `on` a colour, attributes, or `default`")
        }
        return Style(foreground: .bestFirst(foreground),
                     background: hasBackground ? .bestFirst(background) : pageBackground,
                     attributes: attributes)
    }

    static let attributeList = ColorWords.attributes.map(\.name).joined(separator: ", ")

    static func unknownColor(_ word: String) -> String {
        "unknown colour `\(word)`: write #rrggbb, 0–255, a colour name such as bright-cyan, `default`, or a [palette] name"
    }

    /// A colour literal or palette name; nil if the word is neither; throws if it looks like a
    /// literal but is not a valid one.
    static func readColor(_ word: String, palette: [String: TerminalColor]) throws(Problem) -> TerminalColor? {
        switch ColorWords.read(word) {
        case .color(let color): return color
        case .invalid(let message): throw Problem(kind: .badColour, message: message)
        case .notAColor: return palette[word]
        }
    }
}
