/// "..., a day after militants fired rockets at the base at the Conoco gas field ... The rocket attack on Monday caused
/// no casualties or damage": one earlier event reached twice, by the clause that dates it from the strike and by the
/// sentence that tells it again, is one mention.
extension IncidentAssembler {
    /// The incidents with each mention that repeats an earlier mention's day and site merged into it: the first keeps
    /// its fields and takes the weapons, figures and claim it lacked from the repeat.
    func mergingTwinMentions(_ incidents: [ExtractedIncident]) -> [ExtractedIncident] {
        var result: [ExtractedIncident] = []
        for incident in incidents {
            guard incident.kind == .mention, incident.location != nil, incident.date.precision == .day,
                  let first = result.firstIndex(where: {
                      $0.kind == .mention && $0.location == incident.location && $0.date == incident.date
                  }) else {
                result.append(incident)
                continue
            }
            var kept = result[first]
            kept.weapons.formUnion(incident.weapons)
            if kept.usKilled.isUnknown { kept.usKilled = incident.usKilled }
            if kept.usInjured.isUnknown { kept.usInjured = incident.usInjured }
            kept.claimedBy = kept.claimedBy ?? incident.claimedBy
            let held = Set(kept.facts.map(\.field))
            kept.facts += incident.facts.filter { !held.contains($0.field) }
            result[first] = kept
        }
        return result
    }
}
