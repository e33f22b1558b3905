/// An earlier event told again in a later clause (the same day and site) is one mention, whose toll is the one
/// either clause told.
extension IncidentAssembler {
    /// The mention `told` with the US figures of `again`, a later clause of the same event (same day and site), where
    /// it has none of its own.
    func withTollToldAgain(_ told: ExtractedIncident, from again: ExtractedIncident, facts: [Fact]) -> ExtractedIncident {
        var out = told
        if out.usKilled.isUnknown, !again.usKilled.isUnknown {
            out.usKilled = again.usKilled
            out.facts += facts.filter { $0.field == "us_killed" }
        }
        if out.usInjured.isUnknown, !again.usInjured.isUnknown {
            out.usInjured = again.usInjured
            out.facts += facts.filter { $0.field == "us_injured" }
        }
        return out
    }
}
