/// "A embaixada dos Estados Unidos em Bagdá foi alvo de um ataque com foguetes ... Também nesta sexta-feira, a base
/// aérea de Ain al-Assad ... foi alvo de drones" (round 21, av15): a clause that names a town of several sites and,
/// beside it, one of them by its kind ("the US embassy") tells an attack on that site, not on a site elsewhere the
/// story names. Without it the clause named no site and its attack joined the first site the story named, here the
/// Ain al-Asad attack it told next. The clauses that go on about that town ("Rockets hit Baghdad's Green Zone near
/// US embassy. At least two rockets have struck Baghdad's heavily fortified Green Zone") tell the same attack.
extension IncidentAssembler {
    /// The sites the story's attack clauses name by their kind, by the name of the town whose site each is.
    func sitesNamedByKind(_ attackFrames: [ArticleFrame]) -> [String: Base] {
        guard let places else { return [:] }
        // "Em Bagdade, no entanto, os ataques com foguetes contra a embaixada norte-americana ... multiplicaram-se nas
        // últimas semanas" tells a run of attacks, none of them the story's: only the headline, the lead or a clause
        // that tells a day names the story's site so.
        let lead = leadSentence() ?? 0
        var named: [String: Base] = [:]
        for frame in attackFrames where frame.places.isEmpty && (frame.sentence <= lead || frame.dates.contains { $0.precision == .day }) {
            for site in places.sitesNamedByKind(among: frame.areas, in: frame.tokens, tokens: text.tokens) where named[site.area.names[0]] == nil {
                named[site.area.names[0]] = site.base
            }
        }
        return named
    }

    /// The site of a clause naming none when it names a town that the site it would join (`site`) is not in, and the
    /// story names one of that town's sites by its kind (`kindNamed`, "the US embassy in Bagdá"); nil otherwise. When the
    /// clause itself names it so, the words that do, as an inferred place of the clause.
    func siteNamedByKind(_ frame: ArticleFrame, joining site: Base?, kindNamed: [String: Base]) -> (base: Base, match: PlaceMatch?)? {
        guard let site, let places else { return nil }
        guard let base = frame.areas.lazy.filter({ !$0.area.bases.contains(site.name) }).compactMap({ kindNamed[$0.area.names[0]] }).first
        else { return nil }
        let tokens = text.tokens
        guard let (_, span) = places.candidate(namedByKindAmong: [base.name], in: [frame.tokens], tokens: tokens),
              let first = frame.tokens.first(where: { tokens[$0].start == span.start }),
              let last = frame.tokens.last(where: { tokens[$0].end == span.end }) else { return (base, nil) }
        return (base, PlaceMatch(base: base, tokens: first..<(last + 1), span: span, confidence: .inferred))
    }

    /// The words that name `base` by its kind in `frames` ("embaixada dos"), when no frame names it by name.
    func spanNamingByKind(_ base: Base, in frames: [ArticleFrame]) -> TextSpan? {
        places?.candidate(namedByKindAmong: [base.name], in: frames.map(\.tokens), tokens: text.tokens)?.1
    }
}
