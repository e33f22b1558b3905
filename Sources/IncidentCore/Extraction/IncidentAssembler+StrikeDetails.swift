extension IncidentAssembler {
    /// A US strike's weapons ("F-15 jets struck" → air strike, "artillery shells" → artillery) and the place
    /// it hit as written ("near Ayyash", "in the Seven Villages area"). Every base of the gazetteer hosts US
    /// forces, so a written target beats a base named in the strike's clauses ("US forces at the field
    /// responded with artillery ... near Hatla").
    func applyStrikeDetails(_ frames: [ArticleFrame], to incident: inout ExtractedIncident, facts: inout [Fact]) {
        let ranges = frames.map(\.tokens)
        for w in StrikeDetailFinder.weapons(in: ranges, tokens: text.tokens) where !incident.weapons.contains(w.weapon) {
            incident.weapons.insert(w.weapon)
            facts.append(Fact(field: "weapon", value: w.weapon.rawValue, span: w.span))
        }
        // German capitalises every noun: the original words (the tokens are read in English) tell.
        let original = ranges.map { " " + text.text(tokens: $0).lowercased() + " " }.joined()
        let german = [" der ", " die ", " das ", " und ", " dem ", " den ", " im ", " nach ", " sind ", " wurde ", " mit ", " auf "].filter { original.contains($0) }.count >= 2
        guard let target = StrikeDetailFinder.target(in: ranges, tokens: text.tokens, nounsCapitalised: german,
                                                        bases: frames.flatMap(\.places).map(\.tokens)) else { return }
        let written = text.text(tokens: target)
        incident.location = written
        incident.latitude = nil
        incident.longitude = nil
        facts.removeAll { $0.field == "location" }
        facts.append(Fact(field: "location", value: written, span: text.span(target)))
    }
}

extension IncidentAssembler {
    /// "ein Trainingslager nahe der Stadt Albukamal an der Grenze zum Irak", "near the border with Iraq": the country a
    /// border is shared with is across it, not where the strike fell.
    func isAcrossBorder(_ country: CountryMention) -> Bool {
        let tokens = text.tokens
        guard let k = text.tokenIndex(startingAt: country.span) else { return false }
        return (max(0, k - 3)..<k).contains { ["border", "borders", "grenze", "frontiere", "frontera", "confine", "fronteira"].contains(tokens[$0].text) }
    }
}
