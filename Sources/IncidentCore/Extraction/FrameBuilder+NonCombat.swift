/// "A contractor at al-Asad died of a cardiac episode while sheltering during a false alarm": a death from
/// illness, told without a weapon, is no attack.
extension FrameBuilder {
    private static let illnessWords: Set<String> = [
        "heart", "cardiac", "natural", "illness", "medical", "stroke",
    ]

    /// True for a clause telling a death or collapse from illness ("died of a heart attack", "died from a
    /// cardiac episode") and naming no weapon.
    func isNonCombatDeath(_ part: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard WeaponFinder.find(in: part, tokens: tokens).weapons.isEmpty else { return false }
        return part.contains { k in
            ["died", "dies", "death", "collapsed", "suffered"].contains(tokens[k].text)
                && (k + 1..<min(part.upperBound, k + 5)).contains { FrameBuilder.illnessWords.contains(tokens[$0].text) }
        }
    }
}
