import NcursesTerminal
import Testing

/// A white xterm and a black one answer differently; the dashboard picks its theme from the answer.
@Suite struct TerminalBackgroundTests {
    @Test func colorFGBGNamesTheBackgroundLast() {
        #expect(TerminalBackground.fromColorFGBG("0;15") == .light)
        #expect(TerminalBackground.fromColorFGBG("0;default;7") == .light)
        #expect(TerminalBackground.fromColorFGBG("15;0") == .dark)
        #expect(TerminalBackground.fromColorFGBG("7;8") == .dark)
        #expect(TerminalBackground.fromColorFGBG("default") == nil)
        #expect(TerminalBackground.fromColorFGBG("") == nil)
    }

    @Test func osc11RepliesInEachChannelWidth() {
        #expect(TerminalBackground.fromOSC11Reply("\u{1B}]11;rgb:ffff/ffff/ffff\u{07}\u{1B}[?64;1c") == .light)
        #expect(TerminalBackground.fromOSC11Reply("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\") == .dark)
        #expect(TerminalBackground.fromOSC11Reply("\u{1B}]11;rgb:fd/f6/e3\u{07}") == .light, "solarized light")
        #expect(TerminalBackground.fromOSC11Reply("\u{1B}]11;rgb:2e2e/3434/4040\u{07}") == .dark, "nord")
    }

    @Test func noOrBrokenReplyIsUnknown() {
        #expect(TerminalBackground.fromOSC11Reply("\u{1B}[?62;22c") == nil, "only the device attributes came back")
        #expect(TerminalBackground.fromOSC11Reply("\u{1B}]11;rgb:ffff/ffff\u{07}") == nil)
        #expect(TerminalBackground.fromOSC11Reply("") == nil)
    }
}
