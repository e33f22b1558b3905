/// "the first attack on our forces in Iraq since April 22, when a drone was shot down near Al Asad": the day that
/// opens a period is also the day of the event the "when" clause after it tells.
extension FrameBuilder {
    /// True when a date is followed by ", when" (or "when"): it dates the event told next.
    static func opensWhenClause(_ date: DateMention, tokens: [Token]) -> Bool {
        var k = date.tokens.upperBound
        if k < tokens.count, tokens[k].text == "," { k += 1 }
        if k < tokens.count && tokens[k].text == "when" { return true }
        // "The series began on Monday, the anniversary itself, when two explosive-laden drones were downed": past a
        // short apposition set off by commas.
        guard k > date.tokens.upperBound else { return false }
        for j in k..<min(tokens.count, k + 6) {
            if [".", ";", ":"].contains(tokens[j].text) { return false }
            if tokens[j].text == "when" { return tokens[j - 1].text == "," }
        }
        return false
    }

    /// The event dates of a clause with the period-opening ones kept only when nothing else dates it ("since early
    /// February, when groups halted attacks after ... the killing of three U.S. soldiers ... in January": January).
    static func withSinceWhenDates(_ dates: [DateMention]) -> [DateMention] {
        let others = dates.filter { !$0.isSince }
        return others.isEmpty ? dates : others
    }
}
