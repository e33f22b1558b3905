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
        guard frame.sentence > 0, tellsPerfect(frame.tokens) || pointsBackAtAttacks(ownSentence) else { return false }
        return countsAttacksOverPeriod(sentences[frame.sentence - 1])
    }

    /// "Dabei wurden fast 60 Soldaten leicht verletzt" (in them, almost 60 soldiers were lightly hurt), "In those
    /// attacks, about 60 troops were hurt": a sentence that opens by pointing back at the attacks just counted.
    private func pointsBackAtAttacks(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard let first = range.first else { return false }
        if ["dabei", "insgesamt", "altogether", "overall"].contains(tokens[first].text) { return true }
        return first + 2 < range.upperBound && tokens[first].text == "in"
            && ["those", "these", "the"].contains(tokens[first + 1].text) && tokens[first + 2].text == "attacks"
    }

    /// "the Wednesday attack was the 103rd on U.S. forces ... since Oct. 17": an attack counted by its place in a run
    /// of ten or more counts the attacks of the period as "attacked 103 times since" does.
    private func countsByOrdinal(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        return range.contains { k in
            // "103rd" is one word: digits, then the ordinal suffix.
            let word = tokens[k].text
            guard tokens[k].isWord, ["st", "nd", "rd", "th"].contains(String(word.suffix(2))),
                  let value = Int(word.dropLast(2)) else { return false }
            return value >= 10
        }
    }

    /// "have been attacked at least 76 times since October 17", "have targeted US interests in Iraq since October":
    /// a present perfect with a period opened by "since", or counted in "times".
    private func countsAttacksOverPeriod(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let byOrdinal = countsByOrdinal(range)
        guard tellsPerfect(range) || byOrdinal || tellsCountInTimes(range) else { return false }
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

    /// "mehr als 50 Mal angegriffen worden" (attacked more than 50 times): ten or more times, whatever the tense.
    private func tellsCountInTimes(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        return range.contains { k in
            guard tokens[k].text == "times", k > range.lowerBound,
                  let n = (max(range.lowerBound, k - 2)..<k).compactMap({ NumberReader.number(at: $0, in: tokens, limit: k) }).first
            else { return false }
            return n.value >= 10 && n.end == k
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
