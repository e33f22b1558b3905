/// "Supporters of Kataib Hezbollah stormed the outer compound of the U.S. Embassy in Baghdad" (31 December 2019): a
/// mob storming a site that hosts Americans attacks it (LABELLING.md, round 11), though "stormed" is no attack word
/// alone ("the Counter-Terrorism Service stormed a house in Tarmiyah" attacks no US site).
extension FrameBuilder {
    /// Forms of storming a site.
    static let stormWords: Set<String> = ["stormed", "storming", "storm", "storms", "breached"]

    /// True when token `k` is a form of "storm" whose object, within the next twelve tokens of the clause, is a site
    /// the gazetteer knows by name (not a town near it: "stormed a hideout near Taji").
    func stormsSite(at k: Int, in part: Range<Int>) -> Bool {
        let tokens = text.tokens
        // "broke into the U.S. Embassy compound in Baghdad" (round 16, ar03): breaking into a site is storming it.
        let brokeInto = ["broke", "break", "breaking"].contains(tokens[k].text) && k + 1 < part.upperBound
            && ["into", "in"].contains(tokens[k + 1].text)
        guard FrameBuilder.stormWords.contains(tokens[k].text) || brokeInto else { return false }
        let object = (k + 1)..<min(part.upperBound, k + 13)
        guard !object.contains(where: { ["near", "outside", "close"].contains(tokens[$0].text) }) else { return false }
        if places.matches(in: object, tokens: tokens).contains(where: { $0.confidence == .explicit && !isBareCity($0, tokens: tokens) }) {
            return true
        }
        // "avaient pris d'assaut l'enceinte de l'ambassade des États-Unis à Bagdad" (round 21, av03): a town's site named
        // by its kind.
        return !places.sitesNamedByKind(among: places.areaMatches(in: object, tokens: tokens), in: object, tokens: tokens).isEmpty
    }
}
