/// A claim of one operation that struck several sites at once, given to each of them.
extension IncidentAssembler {
    /// "Iran fired missiles at Ain al-Asad and at a base in Erbil ... The Revolutionary Guards claimed the operation":
    /// a claim that names no site, of an operation the story told striking several sites together (one clause names
    /// them all), is the claim of each attack at those sites on its day, not only of the one it was told beside.
    func sharingOperationClaims(_ incidents: [ExtractedIncident], frames: [ArticleFrame]) -> [ExtractedIncident] {
        let together = frames.filter { $0.role != .strike && !$0.isBackground && Set($0.places.map(\.base.name)).count >= 2 }
        guard !together.isEmpty else { return incidents }
        var result = incidents
        for (i, claimed) in incidents.enumerated() where claimed.kind == .attack && claimed.claimedBy != nil {
            guard let fact = claimed.facts.first(where: { $0.field == "claimed_by" }),
                  let claimFrame = frames.first(where: { $0.claim?.span == fact.span && $0.places.isEmpty && $0.role != .strike }),
                  claimFrame.claim.map({ !$0.isGeneral && !$0.isNegated }) == true,
                  let site = claimed.location else { continue }
            for j in result.indices where j != i && result[j].kind == .attack && result[j].claimedBy == nil
                && result[j].date.day != nil && result[j].date.day == claimed.date.day {
                guard let other = result[j].location,
                      together.contains(where: { f in f.places.contains { $0.base.name == site } && f.places.contains { $0.base.name == other } })
                else { continue }
                result[j].claimedBy = claimed.claimedBy
                result[j].facts.append(fact)
                result[j].confidence["claimed_by"] = claimed.confidence["claimed_by"]
            }
        }
        return result
    }
}
