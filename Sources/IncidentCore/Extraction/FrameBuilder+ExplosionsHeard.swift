/// Explosions heard at a base: "explosions were heard at Ain al-Asad air base ... on Thursday morning and sirens
/// sounded across the base" (a live blog's entry from a wire) tells an attack there before anyone names the weapon.
extension FrameBuilder {
    private static let explosionNouns: Set<String> = ["explosion", "explosions", "blast", "blasts", "detonations"]
    private static let hearingWords: Set<String> = ["heard", "hearing", "rocked", "rocking", "shook", "reported", "rang", "echoed"]

    /// True at an explosion's noun told as heard or felt ("explosions were heard at", "blasts rocked", "reported hearing
    /// explosions inside the base") in a clause that names a known site: the site is where it happened. An explosion in
    /// a city with no site named ("blasts were heard in Baghdad") tells nothing of a base.
    func explosionsHeard(at k: Int, in part: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard Self.explosionNouns.contains(tokens[k].text) else { return false }
        let near = max(part.lowerBound, k - 3)..<min(part.upperBound, k + 4)
        guard near.contains(where: { Self.hearingWords.contains(tokens[$0].text) }) else { return false }
        return places.matches(in: part, tokens: tokens).contains { !isBareCity($0, tokens: tokens) }
    }
}
