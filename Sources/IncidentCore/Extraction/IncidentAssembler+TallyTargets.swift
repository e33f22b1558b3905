/// Sites named only as the kinds of target a tally counts: "The attack was the 11th since late October targeting
/// bases that host U.S. forces or the U.S. embassy in Baghdad" — the embassy is not where this attack hit.
extension IncidentAssembler {
    /// The frame without the sites it names after "bases" in a count of attacks since a date.
    func withoutTallyTargets(_ frame: ArticleFrame) -> ArticleFrame {
        let tokens = text.tokens
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
}
