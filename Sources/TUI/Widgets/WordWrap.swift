/// Wraps text to a display width at spaces, breaking words longer than a line.
///
/// Each wrapped line knows where it starts and ends in the source, counted in Unicode code
/// points (scalars), so highlight spans given as code-point ranges can be placed on lines.
public enum WordWrap {
    /// One output line: `text` is exactly the source's scalars `[start, end)`, without the
    /// spaces at which the line was broken or the line break itself.
    public struct Line: Hashable, Sendable {
        public var text: String
        /// Offset of the first scalar of the line in the source text.
        public var start: Int
        /// Offset one past the last scalar of the line in the source text.
        public var end: Int

        /// The columns within this line covered by the source scalar range `span`, or nil
        /// when the span does not touch this line.
        public func columns(for span: Range<Int>) -> Range<Int>? {
            let lower = max(span.lowerBound, start)
            let upper = min(span.upperBound, end)
            guard lower < upper else { return nil }
            var offset = start
            var column = 0
            var startColumn: Int?
            for character in text {
                if startColumn == nil && offset + character.unicodeScalars.count > lower { startColumn = column }
                if offset >= upper { break }
                column += WordWrap.width(of: character)
                offset += character.unicodeScalars.count
            }
            guard let startColumn else { return nil }
            return startColumn..<column
        }
    }

    /// Wraps `text` into lines of at most `width` columns. Line breaks in the text start new
    /// lines (an empty paragraph gives an empty line). Returns no lines when `width` < 1.
    public static func wrap(_ text: String, width: Int) -> [Line] {
        guard width >= 1 else { return [] }
        var pieces: [Piece] = []
        var offset = 0
        for character in text {
            pieces.append(Piece(character: character, offset: offset))
            offset += character.unicodeScalars.count
        }

        var lines: [Line] = []
        var paragraphStart = 0
        for index in pieces.indices where pieces[index].isLineBreak {
            wrapParagraph(pieces[paragraphStart..<index], width: width, endOffset: pieces[index].offset, into: &lines)
            paragraphStart = index + 1
        }
        wrapParagraph(pieces[paragraphStart...], width: width, endOffset: offset, into: &lines)
        return lines
    }

    /// Columns a character takes when wrapping; tabs count as the single space they become.
    static func width(of character: Character) -> Int {
        character == "\t" ? 1 : DisplayWidth.of(character)
    }

    private struct Piece {
        let character: Character
        let offset: Int
        var width: Int { WordWrap.width(of: character) }
        var isSpace: Bool { character == " " || character == "\t" }
        var isLineBreak: Bool { character == "\n" || character == "\r\n" || character == "\r" }
        var scalarCount: Int { character.unicodeScalars.count }
    }

    private static func wrapParagraph(_ pieces: ArraySlice<Piece>, width: Int, endOffset: Int, into lines: inout [Line]) {
        var start = pieces.startIndex
        if start == pieces.endIndex {
            lines.append(Line(text: "", start: endOffset, end: endOffset))
            return
        }
        while start < pieces.endIndex {
            var used = 0
            var overflow = pieces.endIndex
            for index in start..<pieces.endIndex {
                used += pieces[index].width
                if used > width { overflow = index; break }
            }
            var lineEnd: Int
            var next: Int
            if overflow == pieces.endIndex {
                lineEnd = pieces.endIndex
                next = pieces.endIndex
            } else if let space = pieces[start...overflow].lastIndex(where: \.isSpace),
                      let content = pieces[start...].firstIndex(where: { !$0.isSpace }), space > content {
                lineEnd = space
                next = space
            } else {
                lineEnd = max(overflow, start + 1)  // a character wider than the line goes alone
                next = lineEnd
            }
            while lineEnd > start && pieces[lineEnd - 1].isSpace { lineEnd -= 1 }
            lines.append(makeLine(pieces[start..<lineEnd], fallbackOffset: pieces[start].offset))
            while next < pieces.endIndex && pieces[next].isSpace { next += 1 }
            start = next
        }
    }

    private static func makeLine(_ pieces: ArraySlice<Piece>, fallbackOffset: Int) -> Line {
        guard let first = pieces.first, let last = pieces.last else {
            return Line(text: "", start: fallbackOffset, end: fallbackOffset)
        }
        return Line(text: String(pieces.map(\.character)), start: first.offset, end: last.offset + last.scalarCount)
    }
}
