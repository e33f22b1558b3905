import Testing
import TUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("ß", 1), ("─", 1), ("█", 1), ("Я", 1), ("ش", 1),
        ("中", 2), ("한", 2), ("カ", 2), ("Ａ", 2), ("　", 2), ("🙂", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇮🇶", 2),
        ("❤️", 2), ("❤", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{FE0F}", 0), ("\u{200D}", 0),
        ("\u{1B}", 0), ("\n", 0), ("\r\n", 0), ("\u{7F}", 0), ("\u{9B}", 0), ("\t", 0),
    ] as [(String, Int)])
    func characterWidths(text: String, expected: Int) {
        #expect(DisplayWidth.of(Character(text)) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthSumsCharacters() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("中文ok") == 6)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func truncateAddsEllipsisAndNeverSplitsWideCharacters() {
        #expect(DisplayWidth.truncate("Baghdad", to: 10) == "Baghdad")
        #expect(DisplayWidth.truncate("Baghdad", to: 5) == "Bagh…")
        #expect(DisplayWidth.truncate("中文中文", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("中文中文", to: 4, ellipsis: "") == "中文")
        #expect(DisplayWidth.truncate("中文中文", to: 3, ellipsis: "") == "中")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abcdef", to: 2, ellipsis: "...") == "..")
    }

    @Test func padFillsToExactWidth() {
        #expect(DisplayWidth.pad("ab", to: 4) == "ab  ")
        #expect(DisplayWidth.pad("ab", to: 4, alignRight: true) == "  ab")
        #expect(DisplayWidth.pad("中", to: 3) == "中 ")
        #expect(DisplayWidth.pad("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.of(DisplayWidth.pad("中文中文", to: 5)) == 5)
    }
}
