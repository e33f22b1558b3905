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

/// The fast paths for text made of "simple" scalars must agree with the general rules.
@Suite struct SimpleTextFastPathTests {
    static let simpleRanges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027,
                                                      0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC]

    @Test func everySimpleScalarIsOneColumnAndNeedsNoSanitising() {
        for range in Self.simpleRanges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(DisplayWidth.isSimple(scalar))
                #expect(DisplayWidth.of(Character(scalar)) == 1, "U+\(String(value, radix: 16))")
                #expect(TerminalText.sanitize(String(scalar)) == String(scalar), "U+\(String(value, radix: 16))")
            }
        }
        for value: UInt32 in [0x1F, 0x7F, 0xAD, 0x300, 0x200B, 0x200D, 0x2028, 0x202E, 0x2066, 0x25FD, 0x25FE, 0x3042] {
            #expect(!DisplayWidth.isSimple(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    @Test func simpleTextIsMeasuredAndDrawnAsTheGeneralPathWould() {
        let samples = ["Date▼ │ Country", "Ain al-Asad – 2024 … ↓", "Estadão · Zürich", "e\u{301}│", "a\u{FE0F}b", "日本│x"]
        for text in samples {
            var general = 0
            for character in TerminalText.sanitize(text) { general += DisplayWidth.of(character) }
            #expect(DisplayWidth.of(text) == general, "\(text)")
            var grid = Grid(width: 20, height: 1)
            let end = grid.put(text, at: 1, y: 0, maxWidth: 12)
            #expect(end == 1 + general || end >= 13, "\(text)")
        }
        var grid = Grid(width: 8, height: 1)
        grid.put("│▼é–x", at: 2, y: 0)
        #expect(grid.lines() == ["  │▼é–x "])
        #expect(grid.cell(x: 2, y: 0)?.isWide == false)
    }
}
