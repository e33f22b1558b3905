/// "Only around 15 US personnel remained on Sunday, they said, and none were hurt": a zero told in a clause
/// about US forces is written as theirs, not assumed.
extension FrameBuilder {
    /// Marks a zero figure without a written party as the US's when US forces are named before it in the clause
    /// and no other nationality is.
    func markingUSZeros(_ casualties: [CasualtyMention], in range: Range<Int>) -> [CasualtyMention] {
        let tokens = text.tokens
        return casualties.map { c in
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
}
