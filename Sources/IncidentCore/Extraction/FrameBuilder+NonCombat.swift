/// "A contractor at al-Asad died of a cardiac episode while sheltering during a false alarm": a death from
/// illness, told without a weapon, is no attack. "He said no service members were injured and that the contractor suffered
/// a cardiac episode ... and died": a clause that also tells US forces unhurt keeps that zero, which is the attack's.
extension FrameBuilder {
    private static let illnessWords: Set<String> = [
        "heart", "cardiac", "natural", "illness", "medical", "stroke",
    ]

    /// True for a clause telling a death or collapse from illness ("died of a heart attack", "died from a
    /// cardiac episode") and naming no weapon nor a zero of US casualties.
    func isNonCombatDeath(_ part: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard WeaponFinder.find(in: part, tokens: tokens).weapons.isEmpty else { return false }
        let figures = CasualtyFinder.find(in: part, tokens: tokens, defaultParty: .us)
        if figures.contains(where: { $0.party == .us && !$0.usesDefaultParty && $0.figure.count == 0 && $0.figure.qualifier == nil }) {
            return false
        }
        return part.contains { k in
            ["died", "dies", "death", "collapsed", "suffered"].contains(tokens[k].text)
                && (k + 1..<min(part.upperBound, k + 5)).contains { FrameBuilder.illnessWords.contains(tokens[$0].text) }
        }
    }
}
