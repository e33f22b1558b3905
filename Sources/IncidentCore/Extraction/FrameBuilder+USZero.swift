/// "Only around 15 US personnel remained on Sunday, they said, and none were hurt": a zero told in a clause about US
/// forces is written as theirs, not assumed. "Iraq: ordigno contro militari italiani, cinque feriti" ("bomb against
/// Italian soldiers, five wounded"): a bare count in a clause whose only troops named are another nation's is theirs;
/// "The five wounded ... were evacuated", "Two of the soldiers ..." count people already counted, of the party counted
/// before.
extension FrameBuilder {
    /// Marks a zero figure without a written party as the US's when US forces are named before it in the clause
    /// and no other nationality is; gives a bare count assumed to be the US's to the one other nation's troops the
    /// clause names when it names no US word at all.
    func markingUSZeros(_ casualties: [CasualtyMention], in range: Range<Int>) -> [CasualtyMention] {
        let tokens = text.tokens
        let troops = troopsOfOtherNation(in: range)
        return casualties.map { c in
            if let troops, c.usesDefaultParty, c.party == .us, !c.hasPersonNoun, (c.figure.count ?? 0) > 0 {
                var theirs = c
                theirs.party = troops
                theirs.usesDefaultParty = false
                return theirs
            }
            // "The five wounded were evacuated": a definite count names people already counted, whose party it keeps
            // (the party of the figure before it, as "Another 24 were injured" does).
            let definite = c.anchor > range.lowerBound && tokens[c.anchor - 1].text == "the" && !c.hasPersonNoun
            if c.usesDefaultParty, c.party == .us, !c.isShareOfUS, (c.figure.count ?? 0) > 0,
               definite || isShareOfCounted(c, in: range) {
                var told = c
                told.party = nil
                told.usesDefaultParty = false
                return told
            }
            guard c.usesDefaultParty, c.party == .us, c.figure.count == 0, c.anchor > range.lowerBound else { return c }
            let before = range.lowerBound..<min(c.anchor, range.upperBound)
            let namesUS = before.contains { Lexicon.isUS(tokens[$0]) && tokens[$0].text != "coalition" }
            let namesOther = before.contains { Lexicon.otherNationalities.contains(tokens[$0].stem) }
            guard namesUS, !namesOther else { return c }
            var marked = c
            marked.usesDefaultParty = false
            return marked
        }
    }

    /// "Two of the soldiers suffered leg injuries", "two of them": a share of people already counted.
    private func isShareOfCounted(_ c: CasualtyMention, in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        var k = c.anchor + 1
        guard k < range.upperBound, tokens[k].text == "of" else { return false }
        k += 1
        if k < range.upperBound, ["the", "these", "those"].contains(tokens[k].text) { k += 1 }
        return k < range.upperBound && (tokens[k].text == "them" || Lexicon.personNouns.contains(tokens[k].stem))
    }

    /// The party of the troops a clause's paragraph names when they are all of one other nation ("militari italiani",
    /// "Italian soldiers") and the paragraph has no US word ("coalition" counts as one: its troops include the Americans).
    private func troopsOfOtherNation(in clause: Range<Int>) -> CasualtyParty? {
        let tokens = text.tokens
        // The whole paragraph (or headline line): "... contro i militari italiani. Tre feriti gravi".
        var lower = clause.lowerBound
        while lower > 0, !tokens[lower].newlineBefore { lower -= 1 }
        var upper = clause.upperBound
        while upper < tokens.count, !tokens[upper].newlineBefore { upper += 1 }
        let range = lower..<upper
        guard !range.contains(where: { Lexicon.isUS(tokens[$0]) }) else { return nil }
        var found: CasualtyParty?
        for k in range where Lexicon.militaryNouns.contains(tokens[k].stem) {
            let window = max(range.lowerBound, k - 2)..<min(range.upperBound, k + 2)
            guard window.contains(where: { Lexicon.otherNationalities.contains(tokens[$0].stem) }),
                  let party = CasualtyFinder.party(of: window, head: k, tokens: tokens, defaultParty: nil),
                  party != .us, party != .militia else { continue }
            if let found, found != party { return nil }
            found = party
        }
        return found
    }
}
