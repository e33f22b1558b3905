/// Where a capitalised place name written in the text ends: "Abu Ghraib", "Deir ez-Zor", "Jurf al-Sakhar".
enum CapitalisedName {
    /// Lower-case articles that join the parts of an Arabic name with a hyphen ("al-Sakhar", "ez-Zor").
    static let articles: Set<String> = ["al", "el", "ez", "az", "as", "ash", "ad", "ar"]

    /// The end (exclusive) of the name whose first name word is at `first`, at most five tokens from `start`:
    /// further name words, a link word (`links`) before a name word, or an article and a hyphen before one ("Jurf
    /// al-Sakhar"). With `stopsAtNewline`, a name word on a new line is not part of it.
    static func end(from first: Int, start: Int, in range: Range<Int>, tokens: [Token], links: Set<String>,
                    stopsAtNewline: Bool = false, isName: (Token) -> Bool) -> Int {
        var end = first + 1
        while end < range.upperBound, end - start < 5 {
            if isName(tokens[end]) && !(stopsAtNewline && tokens[end].newlineBefore) {
                end += 1
            } else if articles.contains(tokens[end].text), end + 2 < range.upperBound, tokens[end + 1].text == "-",
                      isName(tokens[end + 2]) {
                end += 3
            } else if links.contains(tokens[end].text), end + 1 < range.upperBound, isName(tokens[end + 1]) {
                end += 2
            } else {
                break
            }
        }
        return end
    }
}
