/// A lead that numbers the days of a run ("Bases hosting US-led coalition troops ... came under attack for the third
/// consecutive day on Wednesday", "for a second straight night"): each attack the story dates on one of those days is
/// its news, as a roundup's are (`+Roundup`), not an earlier event recalled.
extension IncidentAssembler {
    /// The ordinals of the days the run covers, up to publication (with a day of slack before it); nil when the lead
    /// numbers no run of days.
    func consecutiveDaysOfTheLead() -> ClosedRange<Int>? {
        guard let published, let lead = leadSentence() else { return nil }
        let tokens = text.tokens
        let range = sentences[lead]
        for k in range where k + 2 < range.upperBound {
            guard let count = Lexicon.ordinals[tokens[k].text], ["consecutive", "straight"].contains(tokens[k + 1].text),
                  ["day", "night"].contains(tokens[k + 2].text) else { continue }
            return (published.ordinal - count)...published.ordinal
        }
        return nil
    }
}
