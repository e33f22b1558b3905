/// "Saturday, Dec. 30, 2023", "25 JUL 2024 (Thursday)", "Wednesday, November 8": a line of a tracker or log that
/// holds only a day heads the entries listed under it ("- Al-Shaddadi, Hasakah province, Syria. Drone, around
/// midday."): each is an attack of that day, and a site listed under another day's heading is another attack.
extension FrameBuilder {
    /// Weekday abbreviations a heading may add to its day ("Dec. 6 (Wed.)").
    static let weekdayAbbreviations: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// The day a line holds when it holds nothing else (a weekday, brackets and commas aside), or nil.
    static func dayHeading(_ sentence: Range<Int>, tokens: [Token], published: CalendarDay?) -> DateMention? {
        guard tokens[sentence.lowerBound].newlineBefore || sentence.lowerBound == 0, sentence.count <= 12,
              // The line ends with the sentence: no full stop inside a run of text.
              sentence.upperBound == tokens.count || tokens[sentence.upperBound].newlineBefore else { return nil }
        let dates = DateFinder.find(in: sentence, tokens: tokens, published: published)
        guard let day = dates.first(where: { $0.precision == .day && $0.day != nil && !$0.isRelative })
                ?? dates.first(where: { $0.precision == .day && $0.day != nil }) else { return nil }
        let covered = dates.reduce(into: Set<Int>()) { $0.formUnion($1.tokens) }
        let onlyTheDay = sentence.allSatisfy { k in
            let t = tokens[k]
            return covered.contains(k) || t.isPunct || Lexicon.weekdays[t.text] != nil
                || weekdayAbbreviations.contains(t.text)
        }
        return onlyTheDay ? day : nil
    }

    /// The token after "(Wed.)" or "(Thursday)" starting at `k`, or nil when no weekday in brackets starts there.
    static func weekdayInBrackets(after k: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        guard k < sentence.upperBound, tokens[k].text == "(",
              let close = (k + 1..<min(sentence.upperBound, k + 5)).first(where: { tokens[$0].text == ")" }),
              close > k + 1,
              (k + 1..<close).allSatisfy({ j in
                  tokens[j].text == "." || Lexicon.weekdays[tokens[j].text] != nil || weekdayAbbreviations.contains(tokens[j].text)
              }) else { return nil }
        return close + 1
    }
}
