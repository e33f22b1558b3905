/// "On Oct. 18, one-way attack drones struck al-Tanf garrison in southern Syria, leaving 20 U.S. service members with
/// minor injuries, and drones also targeted Ain al-Asad, where four more service members were lightly wounded": a
/// sentence that tells two sites of one earlier event, each in a clause of its own with its own count, gives each
/// site its count; only a count told of the sites together ("in drone attacks on al-Tanf and Ain al-Asad", "struck
/// al-Tanf and Ain al-Asad, wounding 21") is their sum and no one site's.
extension IncidentAssembler {
    /// True when the figure `fact` of `incident` follows its own site nearest, and that site opens a clause of its own:
    /// it is the sentence's first site, or an attack word stands between the site told before it and it ("and drones
    /// also targeted Ain al-Asad").
    func isToldInClauseOfItsSite(_ fact: Fact, of incident: ExtractedIncident, among incidents: [ExtractedIncident],
                                 sentence: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard !sentence.isEmpty else { return false }
        let (lower, upper) = (tokens[sentence.lowerBound].start, tokens[sentence.upperBound - 1].end)
        func siteStart(_ i: ExtractedIncident) -> Int? {
            i.facts.first { $0.field == "location" }.map(\.span.start).flatMap { (lower..<upper).contains($0) ? $0 : nil }
        }
        guard let own = siteStart(incident), own < fact.span.start else { return false }
        let others = incidents.filter { $0.kind == .mention && $0.date == incident.date && $0.location != incident.location }
            .compactMap(siteStart)
        if others.contains(where: { own < $0 && $0 < fact.span.start }) { return false }
        guard let previous = others.filter({ $0 < own }).max() else { return true }
        let verbs = Lexicon.attackWords.subtracting(FrameBuilder.tollWords)
        return sentence.contains { k in tokens[k].start > previous && tokens[k].end <= own && verbs.contains(tokens[k].text) }
    }

    /// The site told last before `start` among `sites` (sorted by position), when an attack word stands between the
    /// site before it and it: a site that opens a clause of its own ("and drones also targeted Ain al-Asad").
    func siteOpeningItsClause(before start: Int, sites: [PlaceMatch]) -> PlaceMatch? {
        let tokens = text.tokens
        guard let n = sites.lastIndex(where: { $0.span.start < start }), n > 0 else { return nil }
        let verbs = Lexicon.attackWords.subtracting(FrameBuilder.tollWords)
        let between = sites[n - 1].span.end..<sites[n].span.start
        let opens = tokens.contains { between.contains($0.start) && verbs.contains($0.text) }
        return opens ? sites[n] : nil
    }
}
