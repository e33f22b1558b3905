/// Where an attack happened: the weapons each site of a several-site article gets, and the place
/// recorded for an incident (a gazetteer base, else as written, else flagged as one of several bases).
extension IncidentAssembler {
    /// A frame naming several sites gives each site the weapons of its own clause ("a drone was shot down
    /// near Harir, rockets were fired at Conoco, and two drones targeted Rumalyn"); a weapon in a clause
    /// without a site goes to the next site; a site left without any keeps all the frame's weapons
    /// ("Drones targeted al-Tanf and, separately, Ain al-Asad").
    func siteWeapons(_ frame: ArticleFrame, base: Base?) -> ArticleFrame {
        let sites = frame.places.sorted { $0.span.start < $1.span.start }
        let elsewhere = targetsInOtherCountries(frame, base: base)
        guard let base, Set(sites.map(\.base.name)).count > 1 || !elsewhere.isEmpty else { return frame }
        let clauseAt = clauses(of: frame)
        let siteClauses = (sites.map { (name: $0.base.name, start: $0.span.start) } + elsewhere)
            .sorted { $0.start < $1.start }
            .map { (name: $0.name, clause: clauseAt($0.start)) }
        var mine: [WeaponMention] = []
        for w in frame.weapons {
            let c = clauseAt(w.span.start)
            let owner = siteClauses.first { $0.clause == c } ?? siteClauses.first { $0.clause > c } ?? siteClauses.last
            if owner?.name == base.name { mine.append(w) }
        }
        // "drones attacked the base at Al-Omar and the base at Shaddadi": a site whose clause names no weapon
        // takes those of the site before it.
        if mine.isEmpty, let at = siteClauses.firstIndex(where: { $0.name == base.name }), at > 0 {
            let before = siteClauses[at - 1]
            mine = frame.weapons.filter { w in
                let c = clauseAt(w.span.start)
                let owner = siteClauses.first { $0.clause == c } ?? siteClauses.first { $0.clause > c } ?? siteClauses.last
                return owner?.name == before.name
            }
        }
        var f = frame
        if !mine.isEmpty { f.weapons = mine }
        return f
    }

    /// "... coalition forces at Erbil Air Base observed a one-way UAV approaching the base. The UAV was engaged by
    /// air defenses. Two U.S. service members sustained minor injuries": a clause without a site continues the site
    /// of the sentence before it, or of the one before that when the sentence between told no attack.
    func continuesSite(told: Int, frame: ArticleFrame, frames: [ArticleFrame]) -> Bool {
        let gap = frame.sentence - told
        guard gap == 1 || gap == 2 else { return false }
        return !frames.contains { $0.sentence > told && $0.sentence < frame.sentence }
    }

    /// "fired rockets at a US base in eastern Syria and sent two drones toward Erbil airport": a target told
    /// only by its country, other than the site's, is a site of its own for sharing out the weapons.
    private func targetsInOtherCountries(_ frame: ArticleFrame, base: Base?) -> [(name: String, start: Int)] {
        guard let base else { return [] }
        var seen = Set<String>()
        return frame.countries.filter { c in
            !c.isOrigin && c.name != base.country && !frame.places.contains { $0.base.country == c.name }
                && !frame.groups.contains { $0.span.start <= c.span.start && c.span.end <= $0.span.end }
                && seen.insert(c.name).inserted
        }.map { (name: "country:" + $0.name, start: $0.span.start) }
    }

    /// Words that open another clause, in the languages of the corpus: "and", "while", "sowie" ("Drohnenangriff auf
    /// Schaddadi sowie einen Raketenangriff auf die Mission Support Site Euphrates"), "mentre", "tandis", "mientras".
    static let clauseJoiners: Set<String> = [
        ",", ";", "and", "separately", "while", "whereas", "und", "sowie", "wahrend", "et", "tandis", "e", "ed",
        "mentre", "y", "mientras", "enquanto",
        // "The mortar attack on Shaddadi came hours after a drone attack on al-Tanf": the event after "after" is
        // another one, with its own weapons.
        "after",
    ]
    /// The words for "and", which may also join two weapons ("drones and rockets", "Drohnen und Raketen").
    static let andWords: Set<String> = ["and", "und", "et", "e", "ed", "y"]
    /// Joiners written in two words.
    static let twoWordJoiners: Set<[String]> = [["ainsi", "que"], ["as", "well"], ["cosi", "come"], ["assim", "como"]]

    /// The clause number of a text position within a frame (clauses end at ",", ";", "and", "while").
    func clauses(of frame: ArticleFrame) -> (Int) -> Int {
        let tokens = text.tokens
        var clauseOf: [Int: Int] = [:]
        var clause = 0
        // "attacked by a one-way attack drone and rockets": an "and" between two weapons joins a list, not clauses.
        let weaponEnds = Set(frame.weapons.map(\.span.end))
        let weaponStarts = frame.weapons.map(\.span.start)
        func joinsWeapons(_ k: Int) -> Bool {
            guard k > frame.tokens.lowerBound, weaponEnds.contains(tokens[k - 1].end) else { return false }
            let reach = tokens[min(k + 3, frame.tokens.upperBound - 1)].end
            return weaponStarts.contains { $0 > tokens[k].start && $0 < reach }
        }
        for k in frame.tokens {
            let w = tokens[k].text
            if IncidentAssembler.clauseJoiners.contains(w), !IncidentAssembler.andWords.contains(w) || !joinsWeapons(k) {
                clause += 1
            }
            // "ainsi que", "as well as": one joiner written in several words.
            if k > frame.tokens.lowerBound, IncidentAssembler.twoWordJoiners.contains([tokens[k - 1].text, w]) { clause += 1 }
            clauseOf[tokens[k].start] = clause
        }
        return { position in
            let k = frame.tokens.last { tokens[$0].start <= position } ?? frame.tokens.lowerBound
            return clauseOf[tokens[k].start] ?? 0
        }
    }

    /// The date written in the same clause as `base` in a frame that names several sites and dates.
    func clauseDate(of base: Base, in frames: [ArticleFrame]) -> DateMention? {
        for frame in frames where Set(frame.places.map(\.base.name)).count > 1 && frame.dates.count > 1 {
            guard let site = frame.places.first(where: { $0.base.name == base.name }) else { continue }
            let clauseAt = clauses(of: frame)
            let clause = clauseAt(site.span.start)
            if let date = frame.dates.first(where: { clauseAt($0.span.start) == clause && !$0.isTelling }) { return date }
        }
        return nil
    }

    /// The casualties of a frame naming several sites that belong to `base`: those in the clause of a
    /// site go to it ("... caused no injuries, while a rocket attack on the Green Village base wounded two
    /// soldiers"); the others go to the first site, as before.
    func siteCasualties(_ frame: ArticleFrame, base: Base) -> ArticleFrame {
        let sites = frame.places.sorted { $0.span.start < $1.span.start }
        guard let first = sites.first, Set(sites.map(\.base.name)).count > 1 else { return frame }
        let clauseAt = clauses(of: frame)
        let siteClauses = sites.map { (name: $0.base.name, clause: clauseAt($0.span.start)) }
        var f = frame
        f.casualties = frame.casualties.filter { c in
            let clause = clauseAt(c.span.start)
            let owner = siteClauses.first { $0.clause == clause }?.name ?? first.base.name
            return owner == base.name
        }
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
        // "Rockets fell inside the Green Zone ... aimed at the American embassy": the one candidate named by its kind.
        if let ambiguous, frames.allSatisfy({ $0.writtenPlace == nil }),
           let (base, span) = places?.candidate(namedByKindAmong: ambiguous.area.bases, in: frames.map(\.tokens), tokens: text.tokens) {
            incident.location = base.name
            incident.country = base.country
            incident.latitude = base.latitude
            incident.longitude = base.longitude
            incident.confidence["location"] = .inferred
            incident.confidence["country"] = .inferred
            facts.append(Fact(field: "location", value: base.name, span: span))
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

extension IncidentAssembler {
    /// "a drone attack had killed three US service members at a base in northeastern Jordan": a clause naming no
    /// site but a country belongs to the one site the story's attacks name in that country, not to a site in
    /// another country it would otherwise join.
    func siteOfNamedCountry(_ frame: ArticleFrame, target: Base?, attackFrames: [ArticleFrame]) -> Base? {
        // "the Islamic Resistance in Iraq": a country inside a group's name names no target.
        let groupSpans = (frame.groups + [frame.claimGroup].compactMap { $0 }).map(\.span)
        let named = Set(frame.countries.filter { c in
            !c.isOrigin && !groupSpans.contains { $0.start <= c.span.start && c.span.end <= $0.end }
        }.map(\.name))
        guard !named.isEmpty, let target, !named.contains(target.country) else { return target }
        let inCountry = attackFrames.flatMap(\.places).map(\.base).filter { named.contains($0.country) }
        return Set(inCountry.map(\.name)).count == 1 ? inCountry[0] : target
    }
}
