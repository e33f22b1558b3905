/// "The base came under rocket and drone fire on Tuesday": coming under fire of a weapon is being attacked with it,
/// as "came under attack" is, though neither "came" nor "fire" is an attack word alone.
extension FrameBuilder {
    /// True when token `k` is "under" after a form of "come" and a weapon's fire follows within the clause:
    /// "came under rocket fire", "comes under indirect fire", "coming under mortar and rocket fire". "came under
    /// criticism" and "under fire from lawmakers" (no weapon, no "come") are not.
    func comesUnderFire(at k: Int, in part: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard tokens[k].text == "under", k > part.lowerBound,
              ["came", "come", "comes", "coming"].contains(tokens[k - 1].text),
              let fire = (k + 1..<min(part.upperBound, k + 7)).first(where: { tokens[$0].text == "fire" }) else { return false }
        let weapons = WeaponFinder.find(in: (k + 1)..<fire, tokens: tokens).weapons
        return !weapons.isEmpty || (k + 1..<fire).contains { ["indirect", "hostile", "enemy"].contains(tokens[$0].text) }
    }
}

/// "Gunmen opened fire on a US patrol near Manbij": opening fire is an attack, though "fire" alone is no attack word.
extension FrameBuilder {
    /// True when token `k` is "fire" right after a form of "open": "opened fire", "opens fire", "open fire on".
    func opensFire(at k: Int, in part: Range<Int>) -> Bool {
        let tokens = text.tokens
        return tokens[k].text == "fire" && k > part.lowerBound
            && ["opened", "open", "opens", "opening"].contains(tokens[k - 1].text)
    }
}
