/// "Last Monday, a barrage of rockets hit the city of Erbil ... The US state department said it was \"outraged\" by the
/// Erbil attack" (round 21, aa10): once the story's own attack is placed at the site it names by its kind
/// (`+SiteNamedByKind`), a later site's clauses that tell no day of their own speak of the earlier event there again.
extension IncidentAssembler {
    /// True when the clauses of a site's attack (`frames`, not the story's first) tell no day and the story told an
    /// earlier event at that site before them, with its day: "Last Monday, a barrage of rockets hit the city of Erbil
    /// ... The US state department said it was \"outraged\" by the Erbil attack" speaks of Monday's attack again. Once
    /// the story's own attack is placed at the site it names by its kind, nothing else holds such clauses.
    func pointsBackAtMention(_ frames: [ArticleFrame], base: Base, mentionFrames: [ArticleFrame]) -> Bool {
        guard frames.allSatisfy({ $0.dates.isEmpty }), let first = frames.map(\.sentence).min() else { return false }
        return mentionFrames.contains { m in
            m.sentence < first && m.places.contains { $0.base.name == base.name } && m.dates.contains { $0.precision == .day }
        }
    }
}
