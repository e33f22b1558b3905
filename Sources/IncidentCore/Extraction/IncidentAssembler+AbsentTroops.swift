/// "A coalition official said no coalition personnel were in the convoy": a sentence of its own, with no attack word,
/// that tells the toll of the attack just told by saying the troops were not there. It goes to the last attack told
/// before it that has no US figure of its own; "either incident", "both attacks" make it the last two.
extension IncidentAssembler {
    /// Gives the zeros of troops said to have been absent or untouched to the attacks they were told after.
    func applyingAbsentTroops(_ incidents: inout [ExtractedIncident]) {
        let tokens = text.tokens
        for range in sentences where !range.isEmpty {
            guard let zero = CasualtyFinder.absentTroops(in: range, tokens: tokens).first else { continue }
            let start = tokens[range.lowerBound].start
            let toldBefore = incidents.indices.filter { i in
                // A partner incident near a US site is told with the US toll too ("The source said Coalition personnel
                // were not affected" after an SDF checkpoint hit near the coalition base): the guide gives it as told.
                [.attack, .partner].contains(incidents[i].kind) && firstTold(incidents[i]) < start
            }.sorted { firstTold(incidents[$0]) < firstTold(incidents[$1]) }
            let pair = range.contains { ["either", "both", "neither"].contains(tokens[$0].text) }
            for i in toldBefore.suffix(pair ? 2 : 1) where incidents[i].usKilled.isUnknown && incidents[i].usInjured.isUnknown {
                Self.givingInferredZero(from: zero.span, to: &incidents[i])
            }
        }
    }

    /// Where the article first tells an incident: the earliest evidence of any of its fields.
    private func firstTold(_ incident: ExtractedIncident) -> Int {
        incident.facts.filter { $0.field != "us_injured" && $0.field != "us_killed" }.map(\.span.start).min() ?? Int.max
    }
}
