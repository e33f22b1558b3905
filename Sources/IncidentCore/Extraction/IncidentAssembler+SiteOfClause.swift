/// Which site a clause that names no site of its own belongs to: the site of a sentence just before, or the
/// one site the story names in the country the clause names.
extension IncidentAssembler {
    /// "... coalition forces at Erbil Air Base observed a one-way UAV approaching the base. The UAV was engaged by
    /// air defenses. Two U.S. service members sustained minor injuries": a clause without a site continues the site
    /// of the sentence before it, or of the one before that when the sentence between told no attack.
    func continuesSite(told: Int, frame: ArticleFrame, frames: [ArticleFrame]) -> Bool {
        let gap = frame.sentence - told
        guard gap == 1 || gap == 2 else { return false }
        return !frames.contains { $0.sentence > told && $0.sentence < frame.sentence }
    }

    /// "a drone attack had killed three US service members at a base in northeastern Jordan": a clause naming no
    /// site but a country belongs to the one site the story's attacks name in that country, not to a site in
    /// another country it would otherwise join.
    func siteOfNamedCountry(_ frame: ArticleFrame, target: Base?, attackFrames: [ArticleFrame]) -> Base? {
        // "the Islamic Resistance in Iraq": a country inside a group's name names no target.
        let groupSpans = (frame.groups + [frame.claimGroup].compactMap { $0 }).map(\.span)
        let named = Set(frame.countries.filter { c in
            !c.isOrigin && !groupSpans.contains { $0.start <= c.span.start && c.span.end <= $0.end }
        }.map(\.name))
        guard !named.isEmpty, let target, !named.contains(target.country) else { return target }
        let inCountry = attackFrames.flatMap(\.places).map(\.base).filter { named.contains($0.country) }
        return Set(inCountry.map(\.name)).count == 1 ? inCountry[0] : target
    }
}
