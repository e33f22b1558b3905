/// Sites named only as the kinds of target a tally counts: "The attack was the 11th since late October targeting
/// bases that host U.S. forces or the U.S. embassy in Baghdad" — the embassy is not where this attack hit.
extension IncidentAssembler {
    /// The frame without the sites it names after "bases" in a count of attacks since a date.
    func withoutTallyTargets(_ frame: ArticleFrame) -> ArticleFrame {
        let tokens = text.tokens
        // "Most have targeted the embassy, bases ... or Baghdad airport", "La plupart ont visé l'ambassade": what most of
        // the attacks counted hit are kinds of target, no site of this attack.
        if !frame.places.isEmpty, tellsWhatMostTargeted(frame) {
            var f = frame
            f.places = []
            f.areas = []
            f.writtenPlace = nil
            f.writtenTown = nil
            return f
        }
        guard !frame.places.isEmpty,
              let since = DateFinder.find(in: frame.tokens, tokens: tokens, published: published).first(where: \.isSince),
              let bases = frame.tokens.first(where: { k in
                  tokens[k].text == "bases" && k > since.tokens.lowerBound
                      && frame.tokens.contains { ["attack", "attacks"].contains(tokens[$0].text) && $0 < k }
              })
        else { return frame }
        var f = frame
        f.places.removeAll { $0.tokens.lowerBound > bases }
        f.areas.removeAll { $0.tokens.lowerBound > bases }
        return f
    }

    /// Words for "most" or "many" of a set, in the languages of the reporting.
    private static let mostWords: Set<String> = ["most", "many", "plupart", "mayoría", "mayoria", "maggior", "meisten", "maioria"]

    /// Plural site words: the kinds of target a tally lists ("bases hosting coalition troops").
    private static let pluralSiteWords: Set<String> = ["bases", "basi", "stutzpunkte", "installations", "instalaciones"]

    /// The clause opens on "most" or "many" (of the attacks counted before), lists kinds of target ("bases") and names
    /// no weapon before its first site: "Most have targeted the embassy, bases hosting coalition troops or Baghdad
    /// airport"; not "Most of the rockets fell inside the base", nor "Most of them hit Ain al-Asad air base" (c202).
    private func tellsWhatMostTargeted(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let opening = frame.tokens.prefix(3)
        guard opening.contains(where: { Self.mostWords.contains(tokens[$0].text) }),
              frame.tokens.contains(where: { Self.pluralSiteWords.contains(tokens[$0].text) }),
              let firstSite = frame.places.map(\.tokens.lowerBound).min()
        else { return false }
        return !frame.weapons.contains { $0.span.start < tokens[firstSite].start }
    }
}
