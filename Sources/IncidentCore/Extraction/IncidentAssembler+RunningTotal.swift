/// "US forces in Iraq and Syria have been attacked at least 76 times since October 17. Around 60 US personnel have
/// been injured.": news copy tells one attack's toll in the past tense ("were injured", "wounded"); a toll told in the
/// present perfect beside a count of attacks over a period is the running total of the campaign, not the story's.
extension IncidentAssembler {
    /// True when a clause naming no site and no day tells its figures as a running total: in the present perfect
    /// after a sentence that counts attacks over a period, or as the result of such a count in its own sentence
    /// ("More than 30 rockets have targeted US interests since October, killing two American soldiers").
    func continuesRunningTotal(_ frame: ArticleFrame) -> Bool {
        guard !frame.namesPlaceOrDay, frame.sentence < sentences.count else {
            return false
        }
        let ownSentence = sentences[frame.sentence]
        if countsAttacksOverPeriod(ownSentence.lowerBound..<frame.tokens.upperBound) { return true }
        guard frame.sentence > 0, tellsPerfect(frame.tokens) else { return false }
        return countsAttacksOverPeriod(sentences[frame.sentence - 1])
    }

    /// "have been attacked at least 76 times since October 17", "have targeted US interests in Iraq since October":
    /// a present perfect with a period opened by "since", or counted in "times".
    private func countsAttacksOverPeriod(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard tellsPerfect(range) else { return false }
        return range.contains { k in
            let word = tokens[k].text
            if word == "times" { return true }
            guard word == "since", k + 1 < range.upperBound else { return false }
            // "since October", "since Oct. 17", "since mid-October"; not "have since returned", nor "since then".
            let next = tokens[k + 1].text
            return !(next.hasSuffix("ed") || next == "been" || next == "then")
                && TotalFinder.opensTime(after: k, in: range, tokens: tokens)
        }
    }

    /// A present perfect: "have"/"has" then a participle, perhaps after "been" or an adverb ("have so far injured").
    func tellsPerfect(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        return range.contains { k in
            guard ["have", "has"].contains(tokens[k].text) else { return false }
            var j = k + 1
            while j < range.upperBound, ["so", "far", "now", "also", "collectively", "together"].contains(tokens[j].text) { j += 1 }
            guard j < range.upperBound else { return false }
            let verb = tokens[j].text
            return verb == "been" || verb.hasSuffix("ed") || IncidentAssembler.irregularParticiples.contains(verb)
        }
    }

    private static let irregularParticiples: Set<String> = ["hit", "struck", "hurt", "left", "seen", "shot"]
}
