/// Where an attack happened: the weapons each site of a several-site article gets, and the place
/// recorded for an incident (a gazetteer base, else as written, else flagged as one of several bases).
extension IncidentAssembler {
    /// A frame naming several sites gives each site the weapons of its own clause ("a drone was shot down
    /// near Harir, rockets were fired at Conoco, and two drones targeted Rumalyn"); a weapon in a clause
    /// without a site goes to the next site; a site left without any keeps all the frame's weapons
    /// ("Drones targeted al-Tanf and, separately, Ain al-Asad").
    func siteWeapons(_ frame: ArticleFrame, base: Base?) -> ArticleFrame {
        let sites = frame.places.sorted { $0.span.start < $1.span.start }
        guard let base, Set(sites.map(\.base.name)).count > 1 else { return frame }
        let tokens = text.tokens
        // Clause number of every token of the frame.
        var clauseOf: [Int: Int] = [:]
        var clause = 0
        for k in frame.tokens {
            let w = tokens[k].text
            if [",", ";", "and", "separately", "while", "whereas"].contains(w) { clause += 1 }
            clauseOf[tokens[k].start] = clause
        }
        func clauseAt(_ position: Int) -> Int {
            let k = frame.tokens.last { tokens[$0].start <= position } ?? frame.tokens.lowerBound
            return clauseOf[tokens[k].start] ?? 0
        }
        let siteClauses = sites.map { (name: $0.base.name, clause: clauseAt($0.span.start)) }
        var mine: [WeaponMention] = []
        for w in frame.weapons {
            let c = clauseAt(w.span.start)
            let owner = siteClauses.first { $0.clause == c } ?? siteClauses.first { $0.clause > c } ?? siteClauses.last
            if owner?.name == base.name { mine.append(w) }
        }
        var f = frame
        if !mine.isEmpty { f.weapons = mine }
        return f
    }

    func applyPlace(base: Base?, frames: [ArticleFrame], to incident: inout ExtractedIncident,
                            facts: inout [Fact]) {
        if let base {
            incident.location = base.name
            incident.country = base.country
            incident.latitude = base.latitude
            incident.longitude = base.longitude
            if let match = frames.lazy.flatMap(\.places).first(where: { $0.base.name == base.name }) {
                facts.append(Fact(field: "location", value: base.name, span: match.span))
                facts.append(Fact(field: "country", value: base.country, span: match.span))
                if match.confidence != .explicit {
                    incident.confidence["location"] = match.confidence
                    incident.confidence["country"] = match.confidence
                }
            }
            return
        }
        // No known base: the site as written ("the Ain Zalah oil field"), else a town or province that
        // could be several bases (flagged with its candidates, never guessed).
        // The narrowest: "Baghdad's Green Zone" is the Green Zone.
        let areas = frames.flatMap(\.areas).filter { $0.area.bases.count > 1 }
        let ambiguous = areas.first { !$0.area.isRegion } ?? areas.first
        if let written = frames.lazy.compactMap(\.writtenPlace).first {
            let name = text.text(written.span)
            incident.location = name
            incident.confidence["location"] = .inferred
            facts.append(Fact(field: "location", value: name, span: written.span))
            // "a coalition base near Hasakah": written, and still one of several bases.
            if let ambiguous, ambiguous.span.start >= written.span.start, ambiguous.span.end <= written.span.end {
                incident.locationCandidates = ambiguous.area.bases
                facts.append(Fact(field: "location_candidates", value: ambiguous.area.bases.joined(separator: "; "),
                                  span: ambiguous.span))
            }
        } else if let ambiguous {
            let name = text.text(ambiguous.span)
            incident.location = name
            incident.locationCandidates = ambiguous.area.bases
            incident.confidence["location"] = .inferred
            facts.append(Fact(field: "location", value: name, span: ambiguous.span))
            facts.append(Fact(field: "location_candidates", value: ambiguous.area.bases.joined(separator: "; "),
                              span: ambiguous.span))
        }
        if let country = frames.lazy.flatMap(\.countries).first(where: { !$0.isOrigin }) {
            incident.country = country.name
            facts.append(Fact(field: "country", value: country.name, span: country.span))
        } else if let area = frames.lazy.flatMap(\.areas).first(where: { !$0.area.country.isEmpty }) {
            incident.country = area.area.country
            incident.confidence["country"] = .inferred
            facts.append(Fact(field: "country", value: area.area.country, span: area.span))
        }
    }
}
