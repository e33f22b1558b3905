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
        guard !named.isEmpty, let target else { return target }
        // "At the Al-Tanf garrison ... Rockets were also fired at a US base in northeastern Syria": the site carried on
        // is not in the part of its country the clause names.
        if named.contains(target.country) {
            let asBefore = frame.claim != nil || frame.claimGroup != nil || !frame.groups.isEmpty
            return !asBefore && !frame.weapons.isEmpty && compassExcludes(target, in: frame) ? nil : target
        }
        let inCountry = attackFrames.flatMap(\.places).map(\.base).filter { named.contains($0.country) }
        // "while rockets were fired at a base housing US troops in eastern Syria": weapons fired in one other
        // country where the story names no site are an attack of their own there, not more of the site's.
        // Only after the site was told: a headline or lead naming just the country tells the site's own attack.
        let siteToldBefore = attackFrames.contains { f in
            f.tokens.lowerBound < frame.tokens.lowerBound && f.places.contains { $0.base.name == target.name }
        }
        // Not an attack told as what came before ("after Washington carried out strikes in response to a drone
        // attack that killed three U.S. soldiers at a base in Jordan"): that is recalled, not the day's news.
        let sentence = sentences[frame.sentence]
        let toldAsBefore = (sentence.lowerBound..<frame.tokens.upperBound).contains { k in
            ["after", "since", "following"].contains(text.tokens[k].text)
                || ResponseFinder.answerPhrase(at: k, in: sentence, tokens: text.tokens) != nil
        }
        // A claim ("La Résistance islamique en Irak ... affirmant avoir visé la base") tells the attacks already told.
        let tellsClaim = frame.claim != nil || frame.claimGroup != nil || !frame.groups.isEmpty
        if inCountry.isEmpty, named.count == 1, siteToldBefore, !toldAsBefore, !tellsClaim, frame.dates.allSatisfy({ !$0.isSince }),
           !frame.weapons.isEmpty, !tellsRunOfAttacks(frame), !isHabitOfAttacks(frame), !aboutSeveralSitesOrAttacks(frame) {
            return nil
        }
        guard Set(inCountry.map(\.name)).count == 1 else { return target }
        // "Rockets were also fired at a US base in northeastern Syria": not the site in the south told before.
        if compassExcludes(inCountry[0], in: frame), !toldAsBefore, !tellsClaim, !frame.weapons.isEmpty { return nil }
        return inCountry[0]
    }

    /// "bases", "sites", "attacks": a clause about several.
    private func aboutSeveralSitesOrAttacks(_ frame: ArticleFrame) -> Bool {
        frame.tokens.contains { ["bases", "sites", "attacks", "times"].contains(text.tokens[$0].text) }
    }
}
