/// "Groups ... had carried out more than 150 attacks on US forces from mid-October until early February, when
/// Kataib Hezbollah announced the suspension of its operations after a drone attack in late January killed three
/// US soldiers at a base in Jordan": a sentence that counts attacks can still end by telling one event.
extension FrameBuilder {
    /// The clause after the last "after" of a counting sentence, when it tells an attack of its own: a weapon, or an
    /// attack word and US dead ("after the deaths of three soldiers in Jordan in late January"); US forces or a site
    /// the gazetteer knows ("the pace fell sharply after the deadly drone strike on Tower 22 in January", "after a
    /// one-way drone slammed into Tower 22"); and a date of its own (not the start of a counted period), or else a
    /// weapon, US dead and the country they died in.
    static func eventAfterCount(_ range: Range<Int>, tokens: [Token], published: CalendarDay?, places: PlaceMatcher) -> Range<Int>? {
        guard let after = range.last(where: { tokens[$0].text == "after" }), after + 1 < range.upperBound else { return nil }
        let clause = (after + 1)..<range.upperBound
        let usDead = CasualtyFinder.find(in: clause, tokens: tokens, defaultParty: .us)
            .contains(where: \.countsUSDead)
        let weapon = !WeaponFinder.find(in: clause, tokens: tokens).weapons.isEmpty
        guard weapon || usDead, weapon || clause.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }),
              clause.contains(where: { Lexicon.isUS(tokens[$0]) }) || !places.matches(in: clause, tokens: tokens).isEmpty,
              DateFinder.find(in: clause, tokens: tokens, published: published).contains(where: { !$0.isSince })
                // "... when the campaign largely stopped after the US retaliated for a drone strike that killed three US
                // soldiers in Jordan": undated, a weapon, US dead and the country placing them still tell one event.
                || (weapon && usDead && clause.contains { Lexicon.isCountryName(tokens[$0]) })
        else { return nil }
        return clause
    }
}

extension FrameBuilder {
    /// "45 service members have suffered minor injuries, most of them traumatic brain injuries from drone attacks at
    /// al-Tanf and Ain al-Asad in the first days of the campaign", "more than 60 attacks, including rocket attacks on
    /// Conoco and Green Village": a counting sentence that names the attacks it is made of, at sites, tells those
    /// earlier events. The clause after the "from" or "including" that opens them, when it names an attack (an attack
    /// word or a weapon) and a site the gazetteer knows, and counts none of them
    /// per site ("including 15 attacks on the base in Al-Omar oil field").
    static func attacksNamedInCount(_ range: Range<Int>, tokens: [Token], places: PlaceMatcher) -> Range<Int>? {
        for k in range where ["from", "including"].contains(tokens[k].text) && k + 1 < range.upperBound {
            let clause = (k + 1)..<range.upperBound
            let sites = places.matches(in: clause, tokens: tokens)
            guard let first = sites.first else { continue }
            // The attack is named before its first site: "drone attacks at al-Tanf", "rocket attacks on Conoco".
            let named = (k + 1)..<first.tokens.lowerBound
            guard named.contains(where: { ["attack", "attacks"].contains(tokens[$0].text) })
                    || !WeaponFinder.find(in: named, tokens: tokens).weapons.isEmpty else { continue }
            // "including 15 attacks on the base in Al-Omar oil field, 8 attacks on ... Conoco": counts per site are
            // runs of attacks, not events.
            guard !clause.contains(where: { NumberReader.number(at: $0, in: tokens, limit: clause.upperBound) != nil }) else { return nil }
            return clause
        }
        return nil
    }
}
