import TUI

/// Maps theme colours onto the colours a terminal actually has. Pure arithmetic.
///
/// - 256-colour terminals: palette indexes as they are; RGB to the nearest entry of the
///   xterm 6×6×6 cube or grey ramp (16–255; 0–15 are left out because users redefine them).
/// - 8/16-colour terminals: the nearest of the basic colours, by xterm's default values.
/// - Direct-colour terminals (more than 256 colours): RGB packed as 0xRRGGBB; indexes 0–7
///   stay ANSI colours, higher indexes become the RGB of that palette entry.
/// - Fewer than 8 colours: everything is the terminal default (-1).
/// - Best-first alternatives (`#88C0D0 110 cyan`): see `choose(from:colorCount:)`.
public enum ColorMapping {
    /// The ncurses colour number for `color`, or -1 for the terminal's default colour.
    public static func colorNumber(for color: TerminalColor, colorCount: Int) -> Int32 {
        switch color {
        case .alternatives(let candidates):
            return colorNumber(for: choose(from: candidates, colorCount: colorCount), colorCount: colorCount)
        case .default:
            return -1
        case .index(let index):
            if colorCount < 8 { return -1 }
            if colorCount > 256 {
                return index < 8 ? Int32(index) : packed(rgb(ofPaletteIndex: index))
            }
            if Int(index) < colorCount { return Int32(index) }
            return Int32(nearestBasicIndex(rgb(ofPaletteIndex: index), count: colorCount))
        case .rgb(let red, let green, let blue):
            if colorCount < 8 { return -1 }
            if colorCount > 256 { return packed(RGB(red, green, blue)) }
            if colorCount >= 256 { return Int32(nearestPaletteIndex(RGB(red, green, blue))) }
            return Int32(nearestBasicIndex(RGB(red, green, blue), count: colorCount))
        }
    }

    /// Which of several ways of writing a colour (best first) suits a terminal of this depth:
    ///
    /// - direct colour: the first `#rrggbb`, else the first;
    /// - 256 colours: the first index 16–255, else the first `#rrggbb` (mapped to the nearest
    ///   cube or grey entry), else the first;
    /// - 16 (or 8) colours: the first of the basic 16 (or 8) or the terminal default, else the
    ///   first, which is then mapped to the nearest basic colour.
    public static func choose(from candidates: [TerminalColor], colorCount: Int) -> TerminalColor {
        let flat = candidates.flatMap(\.candidates)
        guard let first = flat.first else { return .default }
        let firstRGB = flat.first(where: isRGB)
        if colorCount > 256 { return firstRGB ?? first }
        if colorCount >= 256 {
            return flat.first { paletteIndex(of: $0).map { $0 >= 16 } ?? false } ?? firstRGB ?? first
        }
        let basicCount = colorCount >= 16 ? 16 : 8
        return flat.first { $0 == .default || (paletteIndex(of: $0).map { $0 < basicCount } ?? false) } ?? first
    }

    static func isRGB(_ color: TerminalColor) -> Bool {
        if case .rgb = color { return true }
        return false
    }

    static func paletteIndex(of color: TerminalColor) -> Int? {
        if case .index(let index) = color { return Int(index) }
        return nil
    }

    /// A colour as red, green and blue components.
    public struct RGB: Hashable, Sendable {
        public var red: Int
        public var green: Int
        public var blue: Int

        public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
            self.red = Int(red)
            self.green = Int(green)
            self.blue = Int(blue)
        }

        func distance(to other: RGB) -> Int {
            let dr = red - other.red, dg = green - other.green, db = blue - other.blue
            return dr * dr + dg * dg + db * db
        }
    }

    /// The six levels of each channel in the xterm colour cube (indexes 16–231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// xterm's default values for the 16 basic colours.
    static let basicColors: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The RGB value of a 256-colour palette entry (xterm defaults).
    public static func rgb(ofPaletteIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return basicColors[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGB(level, level, level)
        }
    }

    /// The nearest entry of the cube (16–231) or grey ramp (232–255).
    public static func nearestPaletteIndex(_ color: RGB) -> UInt8 {
        let red = nearestCubeLevel(color.red)
        let green = nearestCubeLevel(color.green)
        let blue = nearestCubeLevel(color.blue)
        let cubeIndex = UInt8(16 + 36 * red + 6 * green + blue)

        let average = (color.red + color.green + color.blue) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let greyIndex = UInt8(232 + greyStep)

        let cubeDistance = rgb(ofPaletteIndex: cubeIndex).distance(to: color)
        let greyDistance = rgb(ofPaletteIndex: greyIndex).distance(to: color)
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// The nearest of the first `count` basic colours (8 or 16).
    public static func nearestBasicIndex(_ color: RGB, count: Int) -> UInt8 {
        let candidates = basicColors.prefix(max(1, min(16, count)))
        var best = 0
        for index in candidates.indices where candidates[index].distance(to: color) < candidates[best].distance(to: color) {
            best = index
        }
        return UInt8(best)
    }

    static func nearestCubeLevel(_ value: Int) -> Int {
        var best = 0
        for level in cubeLevels.indices where abs(Int(cubeLevels[level]) - value) < abs(Int(cubeLevels[best]) - value) {
            best = level
        }
        return best
    }

    static func packed(_ color: RGB) -> Int32 {
        Int32(color.red << 16 | color.green << 8 | color.blue)
    }
}
