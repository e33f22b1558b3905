import Testing
import TUI

@Suite struct TerminalTextTests {
    @Test func plainTextIsUnchanged() {
        #expect(TerminalText.sanitize("Al Asad air base, 中文 🙂") == "Al Asad air base, 中文 🙂")
    }

    @Test func escapeSequencesAreRemovedWhole() {
        #expect(TerminalText.sanitize("a\u{1B}[31mred\u{1B}[0m") == "ared")
        #expect(TerminalText.sanitize("x\u{1B}]0;pwned title\u{07}y") == "xy")
        #expect(TerminalText.sanitize("x\u{1B}]8;;http://evil\u{1B}\\link") == "xlink")
        #expect(TerminalText.sanitize("a\u{9B}2Jb") == "ab")
        #expect(TerminalText.sanitize("a\u{1B}Pdcs\u{1B}\\b") == "ab")
        #expect(TerminalText.sanitize("a\u{1B}(Bb") == "ab")
        #expect(TerminalText.sanitize("a\u{1B}") == "a")
    }

    @Test func whitespaceControlsBecomeSpacesOthersAreReplaced() {
        #expect(TerminalText.sanitize("a\tb\nc\r\nd") == "a b c d")
        #expect(TerminalText.sanitize("bell\u{07}nul\u{0}del\u{7F}") == "bell?nul?del?")
    }

    @Test func bidiOverridesAreDropped() {
        #expect(TerminalText.sanitize("abc\u{202E}def\u{2066}") == "abcdef")
    }

    @Test func resultNeverContainsControls() {
        let hostile = "\u{1B}[2J\u{1B}[H\u{07}\u{8}\u{1B}]52;c;ZXZpbA==\u{07}\u{90}x\u{9C}\u{85}ok"
        let safe = TerminalText.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains(where: DisplayWidth.isControl))
        #expect(safe.hasSuffix("ok"))
    }
}
