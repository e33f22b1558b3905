import Testing
import TUI

@Suite struct WordWrapTests {
    @Test func wrapsAtSpaces() {
        let lines = WordWrap.wrap("the quick brown fox jumps", width: 10)
        #expect(lines.map(\.text) == ["the quick", "brown fox", "jumps"])
        #expect(lines.map(\.start) == [0, 10, 20])
        #expect(lines.map(\.end) == [9, 19, 25])
    }

    @Test func hardBreaksLongWords() {
        #expect(WordWrap.wrap("abcdefghij xy", width: 4).map(\.text) == ["abcd", "efgh", "ij", "xy"])
        #expect(WordWrap.wrap("中文中文中", width: 3).map(\.text) == ["中", "文", "中", "文", "中"])
        #expect(WordWrap.wrap("中", width: 1).map(\.text) == ["中"])
    }

    @Test func respectsLineBreaksAndEmptyParagraphs() {
        let lines = WordWrap.wrap("one\n\ntwo three", width: 5)
        #expect(lines.map(\.text) == ["one", "", "two", "three"])
        #expect(lines.map(\.start) == [0, 4, 5, 9])
        #expect(WordWrap.wrap("", width: 5).map(\.text) == [""])
        #expect(WordWrap.wrap("a\r\nb", width: 5).map(\.text) == ["a", "b"])
    }

    @Test func lineTextMatchesSourceScalarsAndWidth() {
        let source = "Rocket attack 🚀 on Ain al-Asad, é\u{301} 中文 wounded seventeen personnel nearby"
        let scalars = Array(source.unicodeScalars)
        for width in 1...20 {
            for line in WordWrap.wrap(source, width: width) {
                #expect(DisplayWidth.of(line.text) <= max(width, 2))
                let slice = String(String.UnicodeScalarView(scalars[line.start..<line.end]))
                #expect(slice == line.text)
            }
        }
    }

    @Test func mapsHighlightSpansOntoLines() {
        // "Two US service members were injured" — highlight "service members" (scalars 7..<22)
        let lines = WordWrap.wrap("Two US service members were injured", width: 12)
        #expect(lines.map(\.text) == ["Two US", "service", "members were", "injured"])
        let span = 7..<22
        #expect(lines.map { $0.columns(for: span) } == [nil, 0..<7, 0..<7, nil])
        let wide = WordWrap.wrap("中文 text", width: 20)[0]
        #expect(wide.columns(for: 1..<2) == 2..<4)
        #expect(wide.columns(for: 3..<5) == 5..<7)
    }

    @Test func leadingIndentIsKeptWithoutAnEmptyLine() {
        #expect(WordWrap.wrap("  abcdefgh", width: 5).map(\.text) == ["  abc", "defgh"])
        #expect(WordWrap.wrap("abc", width: 0).isEmpty)
    }
}
