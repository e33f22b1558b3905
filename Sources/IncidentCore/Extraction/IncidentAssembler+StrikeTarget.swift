/// Where a strike struck, as against where the forces that struck are.
extension IncidentAssembler {
    /// "US occupation forces stationed in Koniko fired artillery shells at the villages of Mazloum": a base named as
    /// where the striking forces are ("stationed in", "based at", "deployed at") is theirs, not the strike's target.
    func isStrikersBase(_ place: PlaceMatch) -> Bool {
        let tokens = text.tokens
        let k = place.tokens.lowerBound
        return (max(0, k - 3)..<k).contains { j in
            ["stationed", "based", "deployed", "garrisoned"].contains(tokens[j].text)
                && j + 1 < tokens.count && ["in", "at", "near", "inside"].contains(tokens[j + 1].text)
        }
    }
}
