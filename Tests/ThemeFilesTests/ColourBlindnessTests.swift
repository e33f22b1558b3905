import Foundation
import NcursesTerminal
import Testing
import ThemeFiles
import TUI

/// The colour-blind theme keeps Iraq and Syria apart under the three kinds of dichromacy,
/// simulated with the matrices of Machado, Oliveira and Fernandes (2009), severity 1.
@Suite struct ColourBlindnessTests {
    static let simulations: [(String, [[Double]])] = [
        ("protanopia", [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
        ("deuteranopia", [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]),
        ("tritanopia", [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]),
    ]

    static func linear(_ channel: Double) -> Double {
        channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
    }

    /// CIELAB of a linear-light sRGB colour (D65).
    static func lab(_ rgb: [Double]) -> [Double] {
        let clamped = rgb.map { min(1, max(0, $0)) }
        let x = (0.4124 * clamped[0] + 0.3576 * clamped[1] + 0.1805 * clamped[2]) / 0.95047
        let y = 0.2126 * clamped[0] + 0.7152 * clamped[1] + 0.0722 * clamped[2]
        let z = (0.0193 * clamped[0] + 0.1192 * clamped[1] + 0.9505 * clamped[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func difference(_ a: [Double], _ b: [Double], _ matrix: [[Double]]) -> Double {
        func simulate(_ c: [Double]) -> [Double] { matrix.map { row in zip(row, c).map(*).reduce(0, +) } }
        let la = lab(simulate(a)), lb = lab(simulate(b))
        return sqrt(zip(la, lb).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    /// The colour a 256-colour terminal shows for a theme colour, as linear RGB.
    static func shown(_ color: TerminalColor) -> [Double] {
        let index = ColorMapping.colorNumber(for: color, colorCount: 256)
        let rgb = ColorMapping.rgb(ofPaletteIndex: UInt8(index))
        return [rgb.red, rgb.green, rgb.blue].map { linear(Double($0) / 255) }
    }

    @Test func iraqAndSyriaStayApartForEveryKindOfColourBlindness() throws {
        let theme = try ThemeLoader(searchPath: [TestFiles.shippedThemes]).load(name: "colorblind").theme
        let iraq = Self.shown(theme.style(for: .iraq).foreground)
        let syria = Self.shown(theme.style(for: .syria).foreground)
        for (name, matrix) in Self.simulations {
            let delta = Self.difference(iraq, syria, matrix)
            #expect(delta > 40, "\(name): ΔE \(delta)")
        }
    }

    @Test func theCheckCanFail() {
        // Red and green, the classic confusion pair, are close under deuteranopia.
        let red = [0.8, 0.2, 0.05].map(Self.linear), green = [0.45, 0.6, 0.05].map(Self.linear)
        #expect(Self.difference(red, green, Self.simulations[1].1) < 15)
    }
}
