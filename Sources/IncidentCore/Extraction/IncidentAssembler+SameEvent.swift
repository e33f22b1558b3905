/// "U.S. troops were hurt in last week's rocket attack on a base in eastern Syria ... six service members were
/// injured at Mission Support Site Euphrates in the Feb. 1 attack": an earlier event told on the day of the
/// story's own attack, at its site (or at the site it left unnamed in the same country), is that attack.
extension IncidentAssembler {
    /// The incidents with each such mention folded into its attack: the mention's site where the attack had none,
    /// its day, its weapons, and its figures (told later, so the latest the article gives).
    func foldingSameEventMentions(_ incidents: [ExtractedIncident]) -> [ExtractedIncident] {
        var result = incidents
        var folded = Set<Int>()
        for m in result.indices where result[m].kind == .mention && result[m].date.precision == .day {
            let mention = result[m]
            guard let day = mention.date.day else { continue }
            let sameEvent = result.indices.filter { a in
                result[a].kind == .attack && result[a].date.day == day
                    && (result[a].location == nil ? result[a].country == mention.country && mention.location != nil
                                                  : result[a].location == mention.location)
            }
            guard sameEvent.count == 1, let a = sameEvent.first else { continue }
            var attack = result[a]
            if attack.location == nil {
                attack.location = mention.location
                attack.latitude = mention.latitude
                attack.longitude = mention.longitude
                attack.locationCandidates = mention.locationCandidates
            }
            attack.date = mention.date
            attack.weapons.formUnion(mention.weapons)
            if !mention.usKilled.isUnknown { attack.usKilled = mention.usKilled }
            // A revised injury count leaves the zero killed told with the first account ("caused 'no injuries'").
            if !mention.usInjured.isUnknown { attack.usInjured = mention.usInjured }
            attack.claimedBy = attack.claimedBy ?? mention.claimedBy
            let replaced = Set(["location", "date", "us_killed", "us_injured"].filter { f in
                mention.facts.contains { $0.field == f }
            })
            attack.facts = attack.facts.filter { !replaced.contains($0.field) } + mention.facts
            for field in replaced { attack.confidence[field] = mention.confidence[field] }
            attack.dateUncertain = mention.dateUncertain
            result[a] = attack
            folded.insert(m)
        }
        return result.indices.filter { !folded.contains($0) }.map { result[$0] }
    }
}
