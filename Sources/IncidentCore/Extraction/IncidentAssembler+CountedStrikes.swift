/// "Iraq militia toll from US airstrikes rises to 25 ... The U.S. military carried out the strikes Sunday against
/// three locations": a clause that only counts the dead of strikes the story tells elsewhere, on no day but the
/// counting's and at no site, is no strike of its own; it joins the strikes told with their own day.
extension IncidentAssembler {
    /// Nouns and verbs of a toll being counted.
    private static let countingWords: Set<String> = Lexicon.risingVerbs.union(["toll", "number"])

    /// True when `frame` counts a toll of strikes and names no site and no day but the counting's.
    private func onlyCountsStrikes(_ frame: ArticleFrame) -> Bool {
        frame.places.isEmpty && frame.writtenPlace == nil && frame.dates.allSatisfy(\.isTelling)
            && frame.tokens.contains { Self.countingWords.contains(text.tokens[$0].text) }
    }

    /// Groups of strike frames that only count a toll, folded into the first group that has a day of its own.
    func foldingCountedStrikes(_ groups: [[ArticleFrame]]) -> [[ArticleFrame]] {
        let counting = groups.indices.filter { groups[$0].allSatisfy(onlyCountsStrikes) }
        guard !counting.isEmpty,
              let dated = groups.indices.first(where: { g in
                  !counting.contains(g) && groups[g].contains { $0.dates.contains { !$0.isTelling && $0.day != nil } }
              }) else { return groups }
        var out = groups
        out[dated] += counting.flatMap { groups[$0] }
        return out.indices.filter { !counting.contains($0) }.map { out[$0] }
    }
}
