/// What each site of a sentence naming several sites gets: the weapons, casualties and date written in
/// its own clause, so one sentence about two bases makes two attacks that do not share their facts.
extension IncidentAssembler {
    /// A frame naming several sites gives each site the weapons of its own clause ("a drone was shot down
    /// near Harir, rockets were fired at Conoco, and two drones targeted Rumalyn"); a weapon in a clause
    /// without a site goes to the next site; a site left without any keeps all the frame's weapons
    /// ("Drones targeted al-Tanf and, separately, Ain al-Asad"). With `sharing` false, a site keeps only the
    /// weapons told against it (`+OwnSentenceWeapons`).
    func siteWeapons(_ frame: ArticleFrame, base: Base?, sharing: Bool = true) -> ArticleFrame {
        let sites = frame.places.sorted { $0.span.start < $1.span.start }
        let elsewhere = targetsInOtherCountries(frame, base: base)
        guard let base, Set(sites.map(\.base.name)).count > 1 || !elsewhere.isEmpty else { return frame }
        let clauseAt = clauses(of: frame)
        let siteClauses = (sites.map { (name: $0.base.name, start: $0.span.start) } + elsewhere)
            .sorted { $0.start < $1.start }
            .map { (name: $0.name, clause: clauseAt($0.start), start: $0.start) }
        // "claimed an attack on the Rumeilan base, as well as a separate drone attack on Erbil": in a clause naming
        // several sites, a weapon is the site's it is told against (the next one), else the one told just before it.
        // "targeted the base at al-Tanf and the al-Rukban camp area with drones, and the base at Erbil airport": a weapon
        // told with "with" or "by" closes the targets before it.
        func isInstrumental(_ w: WeaponMention) -> Bool {
            guard let k = frame.tokens.first(where: { text.tokens[$0].start == w.span.start }) else { return false }
            return (max(frame.tokens.lowerBound, k - 3)..<k).contains { ["with", "by", "using"].contains(text.tokens[$0].text) }
        }
        func owner(of w: WeaponMention) -> String? {
            let c = clauseAt(w.span.start)
            let inClause = siteClauses.filter { $0.clause == c }
            if inClause.count > 1 {
                let after = inClause.first { $0.start > w.span.start }
                let before = inClause.last { $0.start < w.span.start }
                return (isInstrumental(w) ? before ?? after : after ?? before)?.name
            }
            return (inClause.first ?? siteClauses.first { $0.clause > c } ?? siteClauses.last)?.name
        }
        var mine: [WeaponMention] = []
        for w in frame.weapons where owner(of: w) == base.name { mine.append(w) }
        // "drones attacked the base at Al-Omar and the base at Shaddadi": a site whose clause names no weapon
        // takes those of the site before it.
        if sharing, mine.isEmpty, let at = siteClauses.firstIndex(where: { $0.name == base.name }), at > 0 {
            let before = siteClauses[at - 1]
            mine = frame.weapons.filter { owner(of: $0) == before.name }
        }
        // "Drones targeted al-Tanf and, separately, Ain al-Asad", "Ain al-Asad and al-Harir were targeted by drones": a
        // site left without any shares the frame's weapons, but not one told after a site and right before another
        // it was aimed at ("an attack on the Rumeilan base, as well as a separate drone attack on Erbil").
        if sharing, mine.isEmpty, siteClauses.contains(where: { $0.name == base.name }) {
            mine = frame.weapons.filter { w in
                // "attacked with drones three bases of the enemy: ..." holds for all that follow.
                // It closes the sites since the weapon told before it ("... with drones, and Erbil airport with rockets").
                if isInstrumental(w) {
                    // ("with drones and rockets" is one list of weapons: only a weapon with a site between counts.)
                    let since = frame.weapons.filter { o in
                        o.span.start < w.span.start && siteClauses.contains { $0.start > o.span.start && $0.start < w.span.start }
                    }.map(\.span.start).max() ?? -1
                    let before = siteClauses.filter { $0.start < w.span.start }
                    return before.isEmpty || before.contains { $0.name == base.name && $0.start > since }
                }
                let siteBefore = siteClauses.contains { $0.start < w.span.start }
                guard siteBefore, let next = siteClauses.first(where: { $0.start > w.span.start }) else { return true }
                return next.name == base.name || next.start - w.span.end > 40
            }
        }
        var f = frame
        if !mine.isEmpty || siteClauses.contains(where: { $0.name == base.name }) { f.weapons = mine }
        return f
    }

    /// The casualties of a frame naming several sites that belong to `base`: those in the clause of a
    /// site go to it ("... caused no injuries, while a rocket attack on the Green Village base wounded two
    /// soldiers"); the others go to the site told just before them when it opens an attack clause of its own ("...,
    /// and a drone also struck Ain al-Asad, where four U.S. service members were hurt"), else to the first site.
    func siteCasualties(_ frame: ArticleFrame, base: Base) -> ArticleFrame {
        let sites = frame.places.sorted { $0.span.start < $1.span.start }
        guard let first = sites.first, Set(sites.map(\.base.name)).count > 1 else { return frame }
        let clauseAt = clauses(of: frame)
        let siteClauses = sites.map { (name: $0.base.name, clause: clauseAt($0.span.start)) }
        var f = frame
        f.casualties = frame.casualties.filter { c in
            let clause = clauseAt(c.span.start)
            let owner = siteClauses.first { $0.clause == clause }?.name
                ?? siteOpeningItsClause(before: c.span.start, sites: sites)?.base.name ?? first.base.name
            return owner == base.name
        }
        return f
    }

    /// The date written in the same clause as `base` in a frame that names several sites and dates.
    func clauseDate(of base: Base, in frames: [ArticleFrame]) -> DateMention? {
        for frame in frames where Set(frame.places.map(\.base.name)).count > 1 && frame.dates.count > 1 {
            guard let site = frame.places.first(where: { $0.base.name == base.name }) else { continue }
            let clauseAt = clauses(of: frame)
            let clause = clauseAt(site.span.start)
            if let date = frame.dates.first(where: { clauseAt($0.span.start) == clause && !$0.isTelling }) { return date }
        }
        return nil
    }

    /// "fired rockets at a US base in eastern Syria and sent two drones toward Erbil airport": a target told
    /// only by its country, other than the site's, is a site of its own for sharing out the weapons.
    private func targetsInOtherCountries(_ frame: ArticleFrame, base: Base?) -> [(name: String, start: Int)] {
        guard let base else { return [] }
        var seen = Set<String>()
        return frame.countries.filter { c in
            !c.isOrigin && c.name != base.country && !frame.places.contains { $0.base.country == c.name }
                && !frame.groups.contains { $0.span.start <= c.span.start && c.span.end <= $0.span.end }
                && seen.insert(c.name).inserted
        }.map { (name: "country:" + $0.name, start: $0.span.start) }
    }
}
