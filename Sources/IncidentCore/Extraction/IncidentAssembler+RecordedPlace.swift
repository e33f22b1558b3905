/// The place recorded for an incident: a gazetteer base, else the site as written, else a town or province
/// flagged as one of several bases, with the country it lies in.
extension IncidentAssembler {
    /// Records where the incident happened and the evidence for it: the base, with its country and position,
    /// when one is known; else the site as written or the area it lies in, with the country the frames name.
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
            } else if let span = spanNamingByKind(base, in: frames) {
                // "A embaixada dos Estados Unidos em Bagdá": the site named by its kind (`+SiteNamedByKind`).
                facts.append(Fact(field: "location", value: base.name, span: span))
                facts.append(Fact(field: "country", value: base.country, span: span))
                incident.confidence["location"] = .inferred
                incident.confidence["country"] = .inferred
            }
            return
        }
        // No known base: the site as written ("the Ain Zalah oil field"), else a town or province that
        // could be several bases (flagged with its candidates, never guessed).
        // The narrowest: "Baghdad's Green Zone" is the Green Zone.
        // "rockets fired from Zummar": the launch site is not where it hit.
        let toldAreas = frames.flatMap(\.areas).filter { !isLaunchSite($0.tokens) }
        let areas = toldAreas.filter { $0.area.bases.count > 1 }
        let ambiguous = areas.first { !$0.area.isRegion } ?? areas.first
        // "Rockets fell inside the Green Zone ... aimed at the American embassy": the one candidate named by its kind.
        let writtenTown = frames.lazy.compactMap(\.writtenTown).first { !self.isLaunchSite($0.tokens) }
        if let ambiguous, frames.allSatisfy({ $0.writtenPlace == nil }), writtenTown == nil,
           let (base, span) = places?.candidate(namedByKindAmong: ambiguous.area.bases, in: frames.map(\.tokens), tokens: text.tokens) {
            placeAt(base, inferredFrom: span, to: &incident, facts: &facts)
            facts.append(Fact(field: "country", value: base.country, span: span))
            return
        }
        // A site named by its own name ("the K-1 military base") beats one told by a town ("a base near Kirkuk").
        let writtenPlaces = frames.compactMap(\.writtenPlace)
        let siteWordFirst = { (w: WrittenPlace) in PlaceMatcher.siteWords.contains(self.text.tokens[w.tokens.lowerBound].stem) }
        if let written = writtenPlaces.first(where: { !siteWordFirst($0) }) ?? writtenPlaces.first {
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
        } else if let town = writtenTown {
            // "the device exploded as the convoy passed near al-Batha district": the town told as where it
            // happened, narrower than any province or capital the story also names.
            recordAsWritten(town.span, to: &incident, facts: &facts)
        } else if let narrow = toldAreas.first(where: { !$0.area.isRegion && !isProvince($0.tokens) }), narrow.area.bases.isEmpty {
            if let named = baseNamedAfter(town: narrow) {
                // "25 rockets struck Camp Taji ... Wednesday's attack on Taji": the town that lends its name to a base
                // the story names is that base.
                placeAt(named, inferredFrom: narrow.span, to: &incident, facts: &facts)
                facts.append(Fact(field: "country", value: named.country, span: narrow.span))
                return
            }
            // "wounding a contractor near Kirkuk": a town that is no base is where it happened, as written.
            recordAsWritten(narrow.span, to: &incident, facts: &facts)
        } else if let ambiguous {
            let name = text.text(ambiguous.span)
            incident.location = name
            incident.locationCandidates = ambiguous.area.bases
            incident.confidence["location"] = .inferred
            facts.append(Fact(field: "location", value: name, span: ambiguous.span))
            facts.append(Fact(field: "location_candidates", value: ambiguous.area.bases.joined(separator: "; "),
                              span: ambiguous.span))
        }
        applyCountry(frames.lazy.flatMap(\.countries).first(where: { !$0.isOrigin }), frames: frames,
                     to: &incident, facts: &facts)
    }

    /// "F-15 jets struck a facility near Maysalun", "two facilities in Syria near Albukamal", "the strike in Babil
    /// province": a US strike that hit no base is placed at the town its clauses name, as written, else at the
    /// province or region they name.
    func applyStruckTown(_ frames: [ArticleFrame], to incident: inout ExtractedIncident, facts: inout [Fact]) {
        let areas = frames.flatMap(\.areas)
        if let town = frames.lazy.compactMap(\.writtenTown).first {
            recordAsWritten(town.span, to: &incident, facts: &facts)
        } else if let area = areas.first(where: { !$0.area.isRegion && !isProvince($0.tokens) }) ?? areas.first {
            recordAsWritten(area.span, to: &incident, facts: &facts)
        } else {
            return
        }
        if incident.country == nil { applyCountry(nil, frames: frames, to: &incident, facts: &facts) }
    }

    /// "At least five rockets were launched from the town of Zummar in Iraq's Nineveh province": the first town an
    /// attack clause tells the weapons came from, with the country of the gazetteer's area when it knows the town.
    func launchSiteTold(in frames: [ArticleFrame]) -> (span: TextSpan, country: String?)? {
        for f in frames where f.role != .strike {
            if let town = f.writtenTown, isLaunchSite(town.tokens) {
                let area = f.areas.first { $0.span.start >= town.span.start && $0.span.end <= town.span.end }
                return (town.span, area?.area.country)
            }
            if let area = f.areas.first(where: { isLaunchSite($0.tokens) && !$0.area.isRegion && !isProvince($0.tokens) }) {
                return (area.span, area.area.country.isEmpty ? nil : area.area.country)
            }
        }
        return nil
    }

    /// The country the attack was launched from, as its clauses tell it ("rockets fired from northern Iraq"): where a
    /// strike on the launch site is when no launch town is told.
    static func launchCountry(of attackFrames: [ArticleFrame]) -> String? {
        attackFrames.lazy.flatMap(\.countries).first(where: \.isOrigin)?.name
    }

    /// "A U.S. aircraft then carried out a strike that destroyed the launcher", "fired at the point of origin": a US
    /// strike told as hitting where the attack was launched from.
    func hitsLaunchSite(_ frames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        return frames.contains { f in
            f.tokens.contains { k in
                // "nahe der Abschussorte", "el punto de lanzamiento"
                ["launcher", "launchers", "launchpad", "launchpads", "abschussorte", "abschussort", "lanzamiento"].contains(tokens[k].text)
                    || (["launch", "launching"].contains(tokens[k].text) && k + 1 < f.tokens.upperBound
                        && ["site", "sites", "point", "points", "position", "positions", "area", "areas"].contains(tokens[k + 1].text))
                    || (tokens[k].text == "origin" && k >= 2 && tokens[k - 1].text == "of" && tokens[k - 2].text == "point")
            }
        }
    }

    /// Records the launch site as the place a US strike hit, with its country.
    func applyLaunchSite(_ launch: (span: TextSpan, country: String?), to incident: inout ExtractedIncident, facts: inout [Fact]) {
        recordAsWritten(launch.span, to: &incident, facts: &facts)
        if let country = launch.country {
            incident.country = country
            incident.confidence["country"] = .inferred
            facts.removeAll { $0.field == "country" }
            facts.append(Fact(field: "country", value: country, span: launch.span))
        }
    }

    /// The incident placed at a gazetteer base, inferred from the words at `span`.
    private func placeAt(_ base: Base, inferredFrom span: TextSpan, to incident: inout ExtractedIncident, facts: inout [Fact]) {
        incident.location = base.name
        incident.country = base.country
        incident.latitude = base.latitude
        incident.longitude = base.longitude
        incident.confidence["location"] = .inferred
        incident.confidence["country"] = .inferred
        facts.append(Fact(field: "location", value: base.name, span: span))
    }

    /// A place recorded as the article writes it, inferred.
    /// The base named after `town` that the story names elsewhere by its site ("Camp Taji", "Stützpunkt Tadschi",
    /// "Balad Air Base"): a town alone stays a town ("rockets hit near Taji" in a story that names no camp).
    private func baseNamedAfter(town: AreaMatch) -> Base? {
        guard let places else { return nil }
        let key = Self.siteKey(text.text(town.span))
        guard key.count >= 4 else { return nil }
        for sentence in sentences {
            for match in places.matches(in: sentence, tokens: text.tokens) where !match.tokens.overlaps(town.tokens) {
                if Self.siteKey(match.base.name).contains(key) || Self.siteKey(text.text(match.span)).contains(key) {
                    return match.base
                }
            }
        }
        return nil
    }

    func recordAsWritten(_ span: TextSpan, to incident: inout ExtractedIncident, facts: inout [Fact]) {
        let name = text.text(span)
        incident.location = name
        incident.confidence["location"] = .inferred
        facts.append(Fact(field: "location", value: name, span: span))
    }

    /// "Diwaniyah province", "Dhi Qar governorate": a town's name told as its province, too wide to be the site.
    func isProvince(_ range: Range<Int>) -> Bool {
        range.upperBound < text.tokens.count && ["province", "governorate"].contains(text.tokens[range.upperBound].text)
    }

    private static let launcherWords: Set<String> = [
        "launcher", "launchers", "launch", "launchpad", "launchpads", "platform", "platforms", "pad", "pads",
    ]

    /// "fired from Zummar", "launched from near Qaim", "rockets fired from areas held by militias west of the
    /// Euphrates, near the town of al-Mayadin": a place told, in the same clause, after where the weapons came from.
    func isLaunchSite(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let targetWords: Set<String> = ["at", "on", "into", "toward", "towards", "targeted", "targeting", "hit", "struck",
                                        "landed", "fell", "exploded", "against"]
        var k = range.lowerBound - 1
        while k >= max(0, range.lowerBound - 25), ![".", ";", ":"].contains(tokens[k].text), !targetWords.contains(tokens[k].text) {
            // "security forces found the launch platform in the al-Wasiti area": where the launcher stood.
            if tokens[k].text == "from" || IncidentAssembler.launcherWords.contains(tokens[k].text) { return true }
            // "tirées ... depuis le village d'al-Bayader", "lanzados desde la localidad de ...": "from" in the other
            // languages (the French one reads as "since").
            if IncidentAssembler.foreignFromWords.contains(text.text(tokens[k].span).lowercased()) { return true }
            k -= 1
        }
        // "von einem Lastwagen in der Ortschaft Al-Bayader abgefeuert,": German puts the firing verb last in its
        // clause, after the place it was fired from.
        var j = range.upperBound
        while j < min(tokens.count, range.upperBound + 8), !tokens[j].isPunct, !targetWords.contains(tokens[j].text) {
            if ["fired", "launched"].contains(tokens[j].text), j + 1 == tokens.count || tokens[j + 1].isPunct { return true }
            j += 1
        }
        return false
    }

    /// "From" in translated copy, as written: "depuis", "desde".
    static let foreignFromWords: Set<String> = ["depuis", "desde"]

    /// The country a clause names (`named`), or failing that, the country of a town or province it names ("a US
    /// drone strike in Baghdad", inferred). True when either gave one.
    @discardableResult
    func applyCountry(_ named: CountryMention?, frames: [ArticleFrame], to incident: inout ExtractedIncident,
                      facts: inout [Fact]) -> Bool {
        if let country = named {
            incident.country = country.name
            facts.append(Fact(field: "country", value: country.name, span: country.span))
        } else if let area = frames.lazy.flatMap(\.areas).first(where: { !$0.area.country.isEmpty }) {
            incident.country = area.area.country
            incident.confidence["country"] = .inferred
            facts.append(Fact(field: "country", value: area.area.country, span: area.span))
        } else {
            return false
        }
        return true
    }
}
