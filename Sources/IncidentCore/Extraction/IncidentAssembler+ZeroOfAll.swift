/// Which zero told without a site holds for every site of the article ("None of the attacks caused
/// injuries", "No injuries at either base"), which only for the sites of its tracker entry, and which tells
/// nothing about any one attack.
extension IncidentAssembler {
    /// Words that make a statement about attacks in general: "usually", "rarely"; "most" only as the subject
    /// ("officials say most such attacks cause no casualties", "most of them"), not "the most serious attack".
    private static let generalityWords: Set<String> = ["usually", "typically", "generally", "rarely", "often"]

    /// True when a clause naming no site tells its zero of a span of time ("no U.S. injuries in attacks in Syria
    /// over the past two days, without naming the sites") or of attacks in general ("most cause no casualties"):
    /// a zero of no attack in particular.
    func tellsZeroOfNoAttack(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let range = frame.tokens
        for k in range {
            let word = tokens[k].text
            if IncidentAssembler.generalityWords.contains(word) { return true }
            if word == "most", k + 1 < range.upperBound, ["such", "of", "attacks", "cause", "caused"].contains(tokens[k + 1].text),
               k == range.lowerBound || tokens[k - 1].text != "the" {
                return true
            }
            if Lexicon.recentPeriodOpeners.contains(word) {
                let after = (k + 1)..<min(k + 4, range.upperBound)
                // "most American personnel had left Balad in recent days, and that no coalition personnel were hurt in
                // Sunday's attack": a span told in another clause of what was said dates the leaving, not the zero.
                if after.contains(where: { Lexicon.spanUnits.contains(tokens[$0].text) }),
                   !frame.casualties.contains(where: { c in c.anchor > k && saidClauseBreak(in: (k + 1)..<c.anchor) }) {
                    return true
                }
            }
        }
        return false
    }

    /// True when ", and that" (or "; and that", ", but that") opens a second thing said within `range`.
    private func saidClauseBreak(in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        return range.contains { k in
            [",", ";"].contains(tokens[k].text) && k + 2 < range.upperBound
                && ["and", "but"].contains(tokens[k + 1].text) && tokens[k + 2].text == "that"
        }
    }

    /// True when a zero told without a site may go to a site that has no figure of its own: a zero inside a
    /// tracker entry reaches only the sites of that entry ("- November 12: ... at Mission Support Site Euphrates.
    /// A US official said the attack caused no casualties" says nothing of the entry on al-Shaddadi above it).
    /// Outside trackers, a zero told in a paragraph that has already named a site of its own is that paragraph's
    /// ("The latest attack came on Wednesday, when rockets were fired at Ain al-Asad. ... A US defense official said
    /// there were no injuries" says nothing of the drones at al-Tanf told a paragraph before); a zero in a paragraph
    /// naming no site before it ("No one was hurt, officials said.") still reaches the sites told before.
    func zeroReaches(_ zero: ArticleFrame, siteFrames: [ArticleFrame]) -> Bool {
        if let entry = zero.entryStart { return siteFrames.contains { $0.entryStart == entry } }
        let opening = paragraphOpening(of: zero.sentence)
        let sitesBefore = (opening..<zero.sentence).filter { basesBySentence.indices.contains($0) && !basesBySentence[$0].isEmpty }
        guard !sitesBefore.isEmpty else { return true }
        return siteFrames.contains { $0.sentence >= opening && $0.sentence <= zero.sentence && !$0.places.isEmpty }
    }

    /// The first sentence of the paragraph a sentence stands in.
    private func paragraphOpening(of sentence: Int) -> Int {
        var s = min(sentence, sentences.count - 1)
        while s > 0, !sentences[s].isEmpty, !text.tokens[sentences[s].lowerBound].newlineBefore { s -= 1 }
        return max(s, 0)
    }

    /// The casualties of a clause that names no site, less a zero of no attack in particular and less the
    /// US figures of a tally of many attacks.
    func usCasualtiesForAnySite(_ frame: ArticleFrame) -> [CasualtyMention] {
        if tellsTallyOfAttacks(frame) { return frame.casualties.filter { $0.party != .us } }
        guard tellsZeroOfNoAttack(frame) else { return frame.casualties }
        return frame.casualties.filter { !($0.party == .us && $0.figure.count == 0) }
    }

    /// True when a clause naming no site tells its figures of many attacks up to now: a running total, read by
    /// `TotalFinder`, not the figure of the attack the story tells.
    func tellsTallyOfAttacks(_ frame: ArticleFrame) -> Bool {
        TotalFinder.tellsTallyOfAttacks(in: frame.tokens, tokens: text.tokens) || continuesRunningTotal(frame)
    }
}
