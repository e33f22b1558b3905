/// "One person was wounded, according to one of the Iraqi officials, who did not give the person's nationality. Another
/// official said there had been three injuries", "14 people had been wounded ... officials did not give an exact
/// breakdown by nationality", "One person was injured, the official said, without specifying whether the person was an
/// American": a reporter who says the nationality of the people hurt is untold says it of the count it follows or
/// leads to, not only of its own clause. The bare counts (assumed American by default) of the sentence that says so
/// and of the sentences next to it in its paragraph are nobody's we can tell.
extension FrameBuilder {
    private static let untoldCues: Set<String> = [
        "not", "without", "no", "unclear", "unknown", "undisclosed", "sans", "ohne", "sin", "sem", "senza", "non", "nicht",
    ]

    /// The casualties without the bare counts assumed to be American when a sentence next to the clause, in its
    /// paragraph, says the nationality of the people hurt is untold.
    func countsOfUntoldNationalityApart(_ casualties: [CasualtyMention], sentence: Int) -> [CasualtyMention] {
        guard casualties.contains(where: isBareUSCount) else { return casualties }
        let tokens = text.tokens
        guard tellsNationalityUntold(in: neighbourhood(ofSentence: sentence), tokens: tokens) else { return casualties }
        return casualties.filter { !isBareUSCount($0) }
    }

    private func isBareUSCount(_ c: CasualtyMention) -> Bool {
        c.usesDefaultParty && c.party == .us && (c.figure.count ?? 0) > 0
    }

    /// The sentence `si` and the sentences before and after it, inside its paragraph (a sentence opening on a new
    /// line starts another).
    private func neighbourhood(ofSentence si: Int) -> Range<Int> {
        let tokens = text.tokens
        let opensLine = { (k: Int) in self.sentences[k].isEmpty || tokens[self.sentences[k].lowerBound].newlineBefore }
        let lower = si > 0 && !opensLine(si) ? sentences[si - 1].lowerBound : sentences[si].lowerBound
        let upper = si + 1 < sentences.count && !opensLine(si + 1) ? sentences[si + 1].upperBound : sentences[si].upperBound
        return min(lower, upper)..<upper
    }

    /// "did not give the person's nationality", "without giving their nationalities", "no breakdown by nationality",
    /// "without specifying whether the person was an American", "it was not clear whether any Americans were hurt".
    private func tellsNationalityUntold(in range: Range<Int>, tokens: [Token]) -> Bool {
        for k in range {
            let word = tokens[k].text
            let cueBefore = { (reach: Int) -> Bool in
                (max(range.lowerBound, k - reach)..<k).contains { FrameBuilder.untoldCues.contains(tokens[$0].text) }
            }
            if FrameBuilder.nationalityWords.contains(word), cueBefore(8) { return true }
            if word == "whether", cueBefore(4),
               (k + 1..<min(range.upperBound, k + 7)).contains(where: { ["american", "americans"].contains(tokens[$0].stem) }) {
                return true
            }
        }
        return false
    }
}
