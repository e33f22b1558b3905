import NcursesTerminal
import Testing
import TUI

/// Best-first colours (`#88C0D0 110 cyan`) and colours without fallbacks, at each depth.
@Suite struct ColorFallbackTests {
    let direct = 1 << 24
    let frost = TerminalColor.alternatives([.rgb(0x88, 0xC0, 0xD0), .index(110), .cyan])

    @Test func eachDepthTakesTheFirstColourItShowsAsWritten() {
        #expect(ColorMapping.colorNumber(for: frost, colorCount: direct) == 0x88C0D0)
        #expect(ColorMapping.colorNumber(for: frost, colorCount: 256) == 110)
        #expect(ColorMapping.colorNumber(for: frost, colorCount: 16) == 6)
        #expect(ColorMapping.colorNumber(for: frost, colorCount: 8) == 6)
        #expect(ColorMapping.colorNumber(for: frost, colorCount: 0) == -1)
    }

    @Test func sixteenAndEightColourFallbacksDiffer() {
        let blue = TerminalColor.alternatives([.rgb(0x26, 0x8B, 0xD2), .index(12), .blue])
        #expect(ColorMapping.colorNumber(for: blue, colorCount: 16) == 12)
        #expect(ColorMapping.colorNumber(for: blue, colorCount: 8) == 4)
        #expect(ColorMapping.colorNumber(for: blue, colorCount: 256) == 32, "no 256 entry given: nearest to the hex")
    }

    @Test func hexAloneIsComputedDownEachStep() {
        let vermillion = TerminalColor.rgb(0xD5, 0x5E, 0x00)
        #expect(ColorMapping.colorNumber(for: vermillion, colorCount: direct) == 0xD55E00)
        #expect(ColorMapping.colorNumber(for: vermillion, colorCount: 256) == 166)
        #expect(ColorMapping.colorNumber(for: vermillion, colorCount: 16) == 1)
        #expect(ColorMapping.colorNumber(for: vermillion, colorCount: 8) == 1)
        let nordNight = TerminalColor.rgb(0x2E, 0x34, 0x40)
        #expect(ColorMapping.colorNumber(for: nordNight, colorCount: 256) == 237, "grey ramp beats the teal cube entry")
        let sky = TerminalColor.rgb(0x56, 0xB4, 0xE9)
        #expect(ColorMapping.colorNumber(for: sky, colorCount: 256) == 74)
        #expect(ColorMapping.colorNumber(for: sky, colorCount: 16) == 12)
        #expect(ColorMapping.colorNumber(for: sky, colorCount: 8) == 6)
    }

    @Test func aHexAfterABasicFallbackStillWinsOn256() {
        let orange = TerminalColor.alternatives([.rgb(0xE6, 0x9F, 0x00), .yellow])
        #expect(ColorMapping.colorNumber(for: orange, colorCount: 256) == 178)
        #expect(ColorMapping.colorNumber(for: orange, colorCount: 8) == 3)
    }

    @Test func theDefaultColourIsAFallbackForBasicTerminals() {
        let page = TerminalColor.alternatives([.rgb(0x00, 0x2B, 0x36), .default])
        #expect(ColorMapping.colorNumber(for: page, colorCount: 256) == 234)
        #expect(ColorMapping.colorNumber(for: page, colorCount: 16) == -1)
    }

    @Test func bestFirstFlattensAndUnwraps() {
        #expect(TerminalColor.bestFirst([.red]) == .red)
        #expect(TerminalColor.bestFirst([]) == .default)
        #expect(TerminalColor.bestFirst([frost, .white]) == .alternatives([.rgb(0x88, 0xC0, 0xD0), .index(110), .cyan, .white]))
    }

    @Test func shadesThatCollapseIntoTheirBackgroundGetAReadableForeground() {
        // Nord night1 on night0 both become black on an 8-colour terminal.
        let theme = Theme(name: "t", styles: [
            .dim: Style(foreground: .rgb(0x3B, 0x42, 0x52), background: .rgb(0x2E, 0x34, 0x40)),
            .highlight: Style(foreground: .index(229), background: .index(230)),
        ])
        let plan = ColorPairPlan(theme: theme, colorCount: 8, pairLimit: 64)
        let dim = plan.pairs.first { $0.number == plan.look(for: .dim).pair }
        #expect(dim?.background == 0 && dim?.foreground == 7)
        let highlight = plan.pairs.first { $0.number == plan.look(for: .highlight).pair }
        #expect(highlight?.background == 7 && highlight?.foreground == 0)
        let rich = ColorPairPlan(theme: theme, colorCount: 256, pairLimit: 64)
        #expect(rich.pairs.first { $0.number == rich.look(for: .highlight).pair }?.foreground == 229)
    }

    @Test func blackTextLosesBoldOnBasicTerminalsOnly() {
        let theme = Theme(name: "t", styles: [.header: Style(foreground: .bestFirst([.index(16), .black]), background: .index(226), attributes: [.bold, .underline])])
        #expect(ColorPairPlan(theme: theme, colorCount: 8, pairLimit: 64).look(for: .header).attributes == .underline)
        #expect(ColorPairPlan(theme: theme, colorCount: 16, pairLimit: 64).look(for: .header).attributes == .underline)
        #expect(ColorPairPlan(theme: theme, colorCount: 256, pairLimit: 64).look(for: .header).attributes == [.bold, .underline])
        #expect(ColorPairPlan(theme: theme, colorCount: 0, pairLimit: 64).look(for: .header).attributes == [.bold, .underline])
    }

    @Test func swatchEscapesFollowTheDepth() {
        let style = Style(foreground: frost, background: .index(236), attributes: [.bold, .underline])
        #expect(ANSIStyle.start(style, colorCount: 256) == "\u{1B}[0;1;4;38;5;110;48;5;236m")
        #expect(ANSIStyle.start(style, colorCount: 8) == "\u{1B}[0;1;4;36;40m")
        #expect(ANSIStyle.start(style, colorCount: direct) == "\u{1B}[0;1;4;38;2;136;192;208;48;5;236m")
        #expect(ANSIStyle.start(style, colorCount: 0) == "\u{1B}[0;1;4m")
    }
}
