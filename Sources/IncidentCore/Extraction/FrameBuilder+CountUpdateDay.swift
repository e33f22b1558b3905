/// "since the department last updated the figure on Friday, when it said 34 had been hurt", "up from 64 that the
/// Pentagon reported on Jan. 30", "the death toll ... rose to 25 on Monday": the day a count was updated, given out or
/// reached is a day of telling, not of the attack.
extension FrameBuilder {
    /// Verbs of giving out or changing a count.
    private static let updateVerbs: Set<String> = [
        "updated", "revised", "raised", "released", "reported", "gave", "put", "announced", "published", "issued",
    ]
    /// Nouns of a count of people.
    private static let countNouns: Set<String> = ["figure", "number", "count", "toll", "tally", "total", "numbers", "figures"]

    /// True when `date` closes a clause that updates a count ("updated the figure on Friday", "that the department
    /// reported on Jan. 30") or is followed by the telling it dates ("on Friday, when it said").
    static func datesACountUpdate(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        // "on Friday, when it said 34 had been hurt": the day is the telling's.
        let after = date.tokens.upperBound
        if after + 1 < range.upperBound, tokens[after].text == ",", tokens[after + 1].text == "when",
           (after + 2..<min(range.upperBound, after + 6)).contains(where: { Lexicon.reportingVerbs.contains(tokens[$0].text) }) {
            return true
        }
        // "updated the figure on Friday", "64 that the department reported on Jan. 30"
        // "raised its count of rockets fired in Monday night's attack": a day of the attack the count is of.
        if after < range.upperBound, tokens[after].text.hasPrefix("'") || tokens[after].text.hasPrefix("’")
            || Lexicon.attackWords.contains(tokens[after].text) {
            return false
        }
        if datesARisenCount(date, range: range, tokens: tokens) { return true }
        var k = date.tokens.lowerBound - 1
        var sawCount = false
        while k >= max(range.lowerBound, date.tokens.lowerBound - 8), ![",", ".", ";"].contains(tokens[k].text) {
            if countNouns.contains(tokens[k].text) { sawCount = true }
            // Only the count and its article stand between the verb and the day ("updated the figure on Friday").
            if !updateVerbs.contains(tokens[k].text), !countNouns.contains(tokens[k].text),
               !["the", "its", "their", "his", "her", "a", "on", "last", "casualty", "injury", "death", "official"].contains(tokens[k].text) {
                return false
            }
            if updateVerbs.contains(tokens[k].text) {
                if sawCount { return true }
                // "64 that the department reported on Jan. 30": the count is what the clause was told of.
                if (max(range.lowerBound, k - 5)..<k).contains(where: { tokens[$0].text == "that" || tokens[$0].text == "which" })
                    && (max(range.lowerBound, k - 7)..<k).contains(where: { tokens[$0].kind == .number }) {
                    return true
                }
                return false
            }
            k -= 1
        }
        return false
    }
}
