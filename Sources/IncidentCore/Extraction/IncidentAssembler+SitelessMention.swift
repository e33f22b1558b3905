/// "... the first wave of retaliation for a deadly drone attack on U.S. troops in Jordan last weekend" and, later,
/// "the Jan. 28 drone strike on a small logistics base known as Tower 22 in northeastern Jordan": an earlier event
/// recalled once without its site and once with it is one event, not two.
extension IncidentAssembler {
    /// The incidents with each siteless mention folded into the one mention of the same country that names a site
    /// and is told later: within a day either side of the siteless one's inferred day ("last weekend"), or in its week
    /// or month ("late last month"). Weapons must not disagree.
    func foldingSitelessMentions(_ incidents: [ExtractedIncident]) -> [ExtractedIncident] {
        var result = incidents
        var folded = Set<Int>()
        for m in result.indices where result[m].kind == .mention && result[m].location == nil {
            let loose = result[m]
            guard let country = loose.country, let day = loose.date.day else { continue }
            let candidates = result.indices.filter { s in
                let sited = result[s]
                guard s != m, sited.kind == .mention, sited.location != nil, sited.country == country,
                      let other = sited.date.day, sited.date.precision == .day else { return false }
                let agrees = loose.weapons.isEmpty || sited.weapons.isEmpty || loose.weapons.isSubset(of: sited.weapons)
                guard agrees else { return false }
                // Recalled loosely first, then told with its site and day: "another site" told after a sited
                // attack is another event.
                guard let looseStart = loose.facts.map(\.span.start).min(),
                      let sitedStart = sited.facts.first(where: { $0.field == "location" })?.span.start,
                      looseStart < sitedStart else { return false }
                switch loose.date.precision {
                case .day: return abs(other.ordinal - day.ordinal) <= (loose.dateUncertain ? 1 : 0)
                // A week or a month holds other events: only one told with its weapon and toll is surely this one.
                case .week, .month:
                    // And only in a story with no attack of its own (a strike story recalling the attack it answers).
                    let told = !loose.weapons.isEmpty && (!loose.usKilled.isUnknown || !loose.usInjured.isUnknown)
                        && !incidents.contains { $0.kind == .attack }
                    return told && (loose.date.precision == .week ? abs(other.ordinal - day.ordinal) <= 6
                                                                 : other.year == day.year && other.month == day.month)
                case .unknown: return false
                }
            }
            // Of several, a site the text names outright beats one inferred from a place nearby.
            let named = candidates.filter { (result[$0].confidence["location"] ?? .explicit) == .explicit }
            // "o Irão disparou mísseis balísticos contra duas bases ... no Iraque", then each base told with its day: a
            // loose mention of the very day of several sited ones is their sum, and none of them alone.
            if named.count > 1, loose.date.precision == .day, Set(named.compactMap { result[$0].date.day }).count == 1 {
                folded.insert(m)
                continue
            }
            guard let s = candidates.count == 1 ? candidates.first : (named.count == 1 ? named.first : nil) else { continue }
            var sited = result[s]
            sited.weapons.formUnion(loose.weapons)
            if sited.usKilled.isUnknown, !loose.usKilled.isUnknown { sited.usKilled = loose.usKilled }
            if sited.usInjured.isUnknown, !loose.usInjured.isUnknown { sited.usInjured = loose.usInjured }
            sited.claimedBy = sited.claimedBy ?? loose.claimedBy
            let filled = Set(["us_killed", "us_injured", "claimed_by"].filter { f in
                !sited.facts.contains { $0.field == f } && loose.facts.contains { $0.field == f }
            })
            sited.facts += loose.facts.filter { filled.contains($0.field) }
            result[s] = sited
            folded.insert(m)
        }
        // "The Islamic Resistance in Iraq has claimed most of the attacks, including those on Oct. 18": a claim of a
        // day's earlier attacks, told with nothing else of them, is the claim of each attack of that day told at its site.
        for m in result.indices where !folded.contains(m) && result[m].kind == .mention && result[m].location == nil {
            let claim = result[m]
            guard let group = claim.claimedBy, claim.date.precision == .day, let day = claim.date.day,
                  claim.weapons.isEmpty, claim.usKilled.isUnknown, claim.usInjured.isUnknown,
                  let fact = claim.facts.first(where: { $0.field == "claimed_by" }) else { continue }
            let sameDay = result.indices.filter { s in
                !folded.contains(s) && result[s].kind == .mention && result[s].location != nil && result[s].date.precision == .day
                    && result[s].date.day == day
            }
            guard !sameDay.isEmpty else { continue }
            for s in sameDay where result[s].claimedBy == nil {
                result[s].claimedBy = group
                result[s].facts.append(fact)
            }
            folded.insert(m)
        }
        return result.indices.filter { !folded.contains($0) }.map { result[$0] }
    }
}
