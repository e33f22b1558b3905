import TUI

/// SGR escape sequences for a style, for text printed outside the curses screen (the swatches
/// of `watchfloor themes list`). Colours go through the same depth rules as the dashboard.
public enum ANSIStyle {
    /// The sequence that starts `style` on a terminal with `colorCount` colours (0: attributes only).
    public static func start(_ style: Style, colorCount: Int) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if let foreground = colorCodes(style.foreground, colorCount: colorCount, background: false) { codes.append(foreground) }
        if let background = colorCodes(style.background, colorCount: colorCount, background: true) { codes.append(background) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The sequence that ends any style.
    public static let reset = "\u{1B}[0m"

    static func colorCodes(_ color: TerminalColor, colorCount: Int, background: Bool) -> String? {
        guard colorCount >= 8 else { return nil }
        let chosen = ColorMapping.choose(from: color.candidates, colorCount: colorCount)
        if colorCount > 256, case .rgb(let red, let green, let blue) = chosen {
            return "\(background ? 48 : 38);2;\(red);\(green);\(blue)"
        }
        let number = ColorMapping.colorNumber(for: chosen, colorCount: min(colorCount, 256))
        switch number {
        case ..<0: return nil
        case 0..<8: return String((background ? 40 : 30) + Int(number))
        case 8..<16: return String((background ? 100 : 90) + Int(number) - 8)
        default: return "\(background ? 48 : 38);5;\(number)"
        }
    }
}
