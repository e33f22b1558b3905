/// "Tribal fighters ... attacked SDF posts near Conoco field": an attack told as hitting a partner force's own post
/// is a partner incident, whatever site nearby the article names and whoever it says was hurt, unless it gives a
/// US casualty as such. Its place is where the post is ("SDF points in the village of Khasham"), when the clause says.
extension IncidentAssembler {
    /// Makes `incident` a partner incident when a sentence of the attack's own clauses (`frames`) tells a partner force's
    /// post hit and no US casualty is told as American: figures only assumed to be US ("two others were wounded",
    /// after "a fighter of the SDF was martyred") are then the partner's, no US figure.
    func applyPartnerPost(frames: [ArticleFrame], to incident: inout ExtractedIncident, facts: inout [Fact]) {
        let tokens = text.tokens
        guard incident.kind == .attack || incident.kind == .partner,
              // The clauses' whole sentences: "... were wounded when militias and the Damascus government shelled
              // SDF military points in the village of Khasham" may tell the post in a clause of its own.
              case let posts = Set(frames.map(\.sentence)).sorted().compactMap({ PartnerPostFinder.find(in: sentences[$0], tokens: tokens) }),
              let post = posts.first(where: { $0.place != nil }) ?? posts.first
        else { return }
        for field in ["us_killed", "us_injured"] {
            let figure = field == "us_killed" ? incident.usKilled : incident.usInjured
            let hurt = (figure.count ?? 0) > 0 || (figure.count == nil && figure.qualifier != nil)
            if hurt, incident.confidence[field] != .inferred { return }
        }
        for field in ["us_killed", "us_injured"] {
            let figure = field == "us_killed" ? incident.usKilled : incident.usInjured
            guard (figure.count ?? 0) > 0 || (figure.count == nil && figure.qualifier != nil) else { continue }
            if field == "us_killed" { incident.usKilled = .unknown } else { incident.usInjured = .unknown }
            incident.confidence[field] = nil
            facts.removeAll { $0.field == field }
        }
        incident.kind = .partner
        // "shelled SDF military points in the village of Khasham" (3 km from Conoco): the place the partner was hit.
        // "The armed drone hit the checkpoint at the entrance of the town of Dhiban, ... 6 kilometers from the al-Omar oil
        // field": failing a place after the post, the town its clauses tell it happened in, not the US base near it.
        // Not a base the gazetteer knows ("near al-Shaddadi") nor a town a compass word locates it from ("south of the
        // town of al-Shaddadi"): those say where the post is not.
        let town = frames.lazy.compactMap { $0.writtenTown?.tokens }.first { t in
            let around = max(0, t.lowerBound - 5)..<t.lowerBound
            let located = around.contains { PlaceMatcher.locatorWords.contains(tokens[$0].text) || tokens[$0].text == "near" }
            return !located && !isLaunchSite(t) && !(places?.matches(in: t, tokens: tokens).contains { $0.confidence == .explicit } ?? false)
        }
        if let place = post.place ?? town {
            let span = text.span(place)
            let name = text.text(span)
            incident.location = name
            incident.latitude = nil
            incident.longitude = nil
            incident.locationCandidates = []
            incident.confidence["location"] = nil
            facts.removeAll { $0.field == "location" || $0.field == "location_candidates" }
            facts.append(Fact(field: "location", value: name, span: span))
        }
    }
}
