/// What only the whole article tells about the US figures of its incidents, once they are assembled: a zero said of
/// all its attacks together ("None of the attacks caused any U.S. casualties"), wherever it stands, and a "no
/// casualties" that a count of people injured contradicts, troops only evaluated for injuries, and a zero
/// told after an earlier event at several sites.
extension IncidentAssembler {
    /// The incidents with their US figures settled by the whole article.
    func settlingTolls(_ incidents: [ExtractedIncident], frames: [ArticleFrame]) -> [ExtractedIncident] {
        var settled = incidents.map { withoutEvaluation(revisingSupersededZero($0, frames: frames)) }
        settled = settled.map { withoutCountOfSeveralSites($0, among: settled) }
        applyingZeroOfAllAttacks(&settled, frames: frames)
        sharingLaterZeroOfEarlierEvent(&settled)
        applyingAbsentTroops(&settled)
        return settled
    }

    /// "Iran answered on Jan. 8 with ballistic missiles fired at the Ain al-Asad air base and at a coalition facility at
    /// Erbil airport. The Pentagon said that attack caused no American casualties.": a zero told after an earlier event
    /// at several sites, in a sentence of its own, is the zero of the event, so of each of its sites, not only of the
    /// site named last. Counts above zero are not shared out (a figure for two bases goes to neither).
    func sharingLaterZeroOfEarlierEvent(_ incidents: inout [ExtractedIncident]) {
        let tokens = text.tokens
        func sentence(of span: TextSpan) -> Int? {
            sentences.firstIndex { r in r.contains { tokens[$0].start == span.start } }
        }
        let mentions = incidents.indices.filter { incidents[$0].kind == .mention }
        for i in mentions {
            let told = incidents[i]
            guard told.usInjured == Figure(count: 0), told.usKilled == Figure(count: 0) || told.usKilled.isUnknown,
                  let zero = told.facts.first(where: { $0.field == "us_injured" }),
                  let place = told.facts.first(where: { $0.field == "location" }),
                  let placeSentence = sentence(of: place.span), let zeroSentence = sentence(of: zero.span),
                  zeroSentence > placeSentence else { continue }
            for j in mentions where j != i && incidents[j].date == told.date && incidents[j].summary == told.summary
                && incidents[j].usInjured.isUnknown && incidents[j].usKilled.isUnknown {
                incidents[j].usInjured = told.usInjured
                incidents[j].usKilled = told.usKilled
                incidents[j].facts += told.facts.filter { $0.field == "us_injured" || $0.field == "us_killed" }
                incidents[j].confidence["us_injured"] = .inferred
                if !told.usKilled.isUnknown { incidents[j].confidence["us_killed"] = .inferred }
            }
        }
    }

    /// "Two dozen U.S. service members suffered minor injuries ..., sharply raising a figure it had first put at 'no
    /// casualties'": an incident cannot have had no casualties and people injured. Where it counts people injured, a
    /// "no casualties" it also holds is an account the count revised, or another event's ("Neither caused casualties"
    /// after two other attacks), and says nothing of deaths; unless the article says in words of its own that nobody
    /// was killed.
    func revisingSupersededZero(_ incident: ExtractedIncident, frames: [ArticleFrame]) -> ExtractedIncident {
        let injured = incident.usInjured
        guard incident.usKilled == Figure(count: 0),
              (injured.count ?? 0) > 0 || injured.qualifier == .several || injured.qualifier == .dozens,
              let fact = incident.facts.first(where: { $0.field == "us_killed" }),
              frames.contains(where: { f in f.casualties.contains { $0.span == fact.span && $0.both && $0.party == .us } }),
              // "He had said that 'no U.S. personnel' were killed": deaths told apart still say nobody died.
              !frames.contains(where: { f in f.casualties.contains { $0.party == .us && $0.killed && $0.figure.count == 0 } })
        else { return incident }
        var revised = incident
        revised.usKilled = .unknown
        revised.facts.removeAll { $0.field == "us_killed" }
        revised.confidence["us_killed"] = nil
        return revised
    }

    /// "Several US personnel are being evaluated for traumatic brain injuries": troops evaluated are not counted as
    /// injured unless the text says they were diagnosed or hurt (the guide), whether the evaluation is under way (the
    /// story's own attack) or long over (an earlier event recalled). An evaluation with no count is no figure, and it
    /// leaves the injured open even where an earlier source had said "no casualties": the later statement reopens it.
    func withoutEvaluation(_ incident: ExtractedIncident) -> ExtractedIncident {
        guard incident.usInjured.qualifier == .possible, incident.usInjured.count == nil,
              let fact = incident.facts.first(where: { $0.field == "us_injured" }) else { return incident }
        let tokens = text.tokens
        guard let first = tokens.firstIndex(where: { $0.end > fact.span.start }) else { return incident }
        // "the number of people being checked for possible concussions": the evaluation word stands just before.
        let evaluated = tokens[max(0, first - 6)...].prefix { $0.start < fact.span.end }.contains {
            CasualtyFinder.evaluationWords.contains($0.text)
        }
        guard evaluated else { return incident }
        var open = incident
        open.usInjured = .unknown
        open.facts.removeAll { $0.field == "us_injured" }
        open.confidence["us_injured"] = nil
        return open
    }

    /// "21 U.S. personnel suffered minor injuries in drone attacks on al-Tanf and Ain al-Asad on Oct. 18": a count told
    /// of an earlier event at several sites at once is their sum, not the first site's, as it is for the story's own
    /// attacks; a zero, or "several" at each site, still holds for each.
    func withoutCountOfSeveralSites(_ incident: ExtractedIncident, among incidents: [ExtractedIncident]) -> ExtractedIncident {
        guard incident.kind == .mention, let location = incident.location else { return incident }
        var apart = incident
        for field in ["us_injured", "us_killed"] {
            let figure = field == "us_injured" ? incident.usInjured : incident.usKilled
            // "'a number of' personnel at each of the two sites": an uncounted figure is no sum, it holds for each.
            guard (figure.count ?? 0) > 0,
                  let fact = incident.facts.first(where: { $0.field == field }),
                  let s = sentences.firstIndex(where: { r in
                      !r.isEmpty && text.tokens[r.lowerBound].start <= fact.span.start && fact.span.start < text.tokens[r.upperBound - 1].end
                  }), basesBySentence.indices.contains(s) else { continue }
            let others = Set(basesBySentence[s].map(\.name)).subtracting([location])
            guard !others.isEmpty, basesBySentence[s].contains(where: { $0.name == location }),
                  incidents.contains(where: { $0.kind == .mention && $0.date == incident.date && others.contains($0.location ?? "") }),
                  !isToldInClauseOfItsSite(fact, of: incident, among: incidents, sentence: sentences[s])
            else { continue }
            if field == "us_injured" { apart.usInjured = .unknown } else { apart.usKilled = .unknown }
            apart.facts.removeAll { $0.field == field }
            apart.confidence[field] = nil
        }
        return apart
    }

    /// "None of the attacks caused any U.S. casualties ... He gave the following details: - On Friday, a drone
    /// targeted Ain al-Asad ...": a zero told of the story's attacks together holds for each attack with no figure
    /// of its own, told before or after it, unless the attack's own sentences leave its toll open ("There were no
    /// immediate reports of casualties").
    func applyingZeroOfAllAttacks(_ incidents: inout [ExtractedIncident], frames: [ArticleFrame]) {
        let attacks = incidents.indices.filter { incidents[$0].kind == .attack }
        guard attacks.count > 1, let zero = frames.first(where: { isZeroOfAllAttacks($0, frames: frames) }),
              let mention = zero.casualties.first(where: { $0.party == .us && $0.figure.count == 0 })
        else { return }
        let gathered = attacksGathered(by: zero, among: attacks.map { incidents[$0] }).map { attacks[$0] }
        for i in gathered where incidents[i].usKilled.isUnknown && incidents[i].usInjured.isUnknown
            && !leavesTollOpen(incidents[i]) {
            Self.givingInferredZero(from: mention.span, to: &incidents[i])
        }
    }

    /// Settles an attack's US killed and injured at zero, inferred from the zero told at `span`.
    static func givingInferredZero(from span: TextSpan, to incident: inout ExtractedIncident) {
        incident.usInjured = Figure(count: 0)
        incident.usKilled = Figure(count: 0)
        incident.facts.append(Fact(field: "us_injured", value: "0", span: span))
        incident.facts.append(Fact(field: "us_killed", value: "0", span: span))
        incident.confidence["us_injured"] = .inferred
        incident.confidence["us_killed"] = .inferred
    }

    /// A clause of the story (not a strike, not inside a tracker entry) naming no site and no day but the telling's, whose US figures
    /// are all zeros told of the attacks together ("None of the attacks", "in those attacks", "either attack"), and
    /// which follows the story's own news rather than an earlier event recalled.
    private func isZeroOfAllAttacks(_ frame: ArticleFrame, frames: [ArticleFrame]) -> Bool {
        let us = frame.casualties.filter { $0.party == .us }
        // "..., a defense official said Monday": the day of the telling is no day of an event.
        let namesEvent = !frame.places.isEmpty || frame.writtenPlace != nil || frame.dates.contains { !$0.isTelling }
        guard frame.role != .strike, frame.entryStart == nil, !namesEvent, !us.isEmpty,
              us.allSatisfy({ $0.figure.count == 0 && $0.figure.qualifier == nil }),
              speaksOfAllAttacks(frame.tokens) || followsCountOfStoryAttacks(frame), !tellsZeroOfNoAttack(frame),
              !tellsTallyOfAttacks(frame)
        else { return false }
        let toldBefore = frames.last { $0.tokens.upperBound <= frame.tokens.lowerBound && $0.namesPlaceOrDay }
        return !(toldBefore?.isBackground ?? false)
    }

    /// Words that gather the attacks told: "none of the attacks", "the attacks", "those two attacks", "both
    /// attacks"; a single attack only with "either", "neither" or "each".
    private func speaksOfAllAttacks(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let gathering: Set<String> = ["none", "any", "all", "both", "either", "neither", "each", "the", "these", "those"]
        return range.contains { k in
            let word = tokens[k].text
            let plural = ["attacks", "barrages", "operations"].contains(word)
            guard plural || word == "attack" else { return false }
            let before = (max(range.lowerBound, k - 3)..<k).map { tokens[$0].text }
            return plural ? before.contains(where: gathering.contains)
                : before.contains { ["either", "neither", "each"].contains($0) }
        }
    }

    /// True when the sentence that places the incident, or the one after it, says its toll is not known yet ("There
    /// were no immediate reports of casualties", "It was unclear whether anyone was hurt").
    private func leavesTollOpen(_ incident: ExtractedIncident) -> Bool {
        let tokens = text.tokens
        guard let place = incident.facts.first(where: { $0.field == "location" }),
              let s = sentences.firstIndex(where: { r in r.contains { tokens[$0].start == place.span.start } })
        else { return false }
        let tollWords: Set<String> = ["casualties", "injuries", "injured", "hurt", "wounded", "killed", "victims"]
        return [s, s + 1].filter { $0 < sentences.count }.contains { n in
            let range = sentences[n]
            guard range.contains(where: { tollWords.contains(tokens[$0].text) }) else { return false }
            return range.contains { k in
                let word = tokens[k].text
                if ["unclear", "unknown"].contains(word) { return true }
                guard word == "no" else { return false }
                return (k + 1..<min(range.upperBound, k + 3)).contains {
                    ["reports", "report", "word", "information", "details"].contains(tokens[$0].text)
                }
            }
        }
    }
}
