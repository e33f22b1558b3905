/// An article body cut into tokens, with its code points kept for quoting evidence.
struct ScannedText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    /// `language` is what the front matter declares, if anything: it decides only when the text is too short to.
    init(_ body: String, language: ArticleLanguage? = nil) {
        let scalars = Array(body.unicodeScalars)
        self.scalars = scalars
        // Untranslated French, German, Italian and Portuguese copy is read through its English equivalents.
        self.tokens = ForeignWords.inEnglish(TextScanner.tokens(of: scalars), scalars: scalars, declared: language)
    }

    /// The original text of a span, whitespace collapsed.
    func text(_ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for s in scalars[lower..<upper] {
            if s.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(s)
                lastWasSpace = false
            }
        }
        var result = String(out)
        while result.last == " " { result.removeLast() }
        return result
    }

    /// The original text of tokens `range`.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
    }

    /// The index of the first token that starts where `span` starts ("Irak" of a country named), or nil. Tokens are in
    /// text order, so this is a binary search.
    func tokenIndex(startingAt span: TextSpan) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < span.start { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].start == span.start ? low : nil
    }

    /// True when a blank line comes before token `k` (or `k` is the first): it opens a paragraph. (`text(_:)`
    /// collapses whitespace, so it cannot tell.)
    func opensParagraph(_ k: Int) -> Bool {
        guard k > 0, k < tokens.count else { return true }
        let lower = min(tokens[k - 1].end, scalars.count)
        let upper = max(lower, min(tokens[k].start, scalars.count))
        return scalars[lower..<upper].filter { $0 == "\n" }.count >= 2
    }

    /// The first token of the paragraph token `k` is in (the token after the last blank line before it, or 0).
    func paragraphStart(of k: Int) -> Int {
        var i = k
        while i > 0, !opensParagraph(i) { i -= 1 }
        return i
    }

    /// The span covering tokens `range`.
    func span(_ range: Range<Int>) -> TextSpan {
        guard !range.isEmpty else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }
}
