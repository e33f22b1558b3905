/// A US strike on the place an attack was launched from: "A U.S. aircraft engaged the launch site", "counter-battery
/// fire at the rocket launching positions", "destroyed the launcher".
extension IncidentAssembler {
    private static let launchWords: Set<String> = [
        "launch", "launcher", "launchers", "launching", "abschussorte", "abschussort", "lanzamiento",
    ]

    /// True when the strike's clauses say it hit where the attack was launched from.
    func hitsLaunchSite(_ frames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        return frames.contains { f in f.tokens.contains { IncidentAssembler.launchWords.contains(tokens[$0].text) } }
    }

    /// The country the attack was launched from, as its clauses tell it ("rockets fired from northern Iraq").
    static func launchCountry(of attackFrames: [ArticleFrame]) -> String? {
        attackFrames.lazy.flatMap(\.countries).first(where: \.isOrigin)?.name
    }

    /// True for a day told only as when someone spoke ("a U.S. defense official said Monday"): when an event was
    /// reported, not when it happened.
    func isDayOfReport(_ d: DateMention) -> Bool {
        d.tokens.lowerBound > 0 && Lexicon.reportingVerbs.contains(text.tokens[d.tokens.lowerBound - 1].text)
    }
}

/// The strike a headline names is the strike the story tells.
extension IncidentAssembler {
    /// "Iraq condemns overnight air strikes near al-Qaim" above "Air strikes late on Friday hit ...": a headline's
    /// strike, dated a day or less from the first strike of the body and not placed in another country, is that
    /// strike; the body's clauses come first, so its day wins.
    func joiningHeadlineStrike(_ groups: [[ArticleFrame]]) -> [[ArticleFrame]] {
        guard !title.isEmpty, groups.count > 1, groups[0].allSatisfy({ $0.sentence == 0 }) else { return groups }
        let headline = groups[0], body = groups[1]
        let country = { (g: [ArticleFrame]) in g.lazy.flatMap(\.countries).first(where: { !$0.isOrigin })?.name }
        if let a = country(headline), let b = country(body), a != b { return groups }
        if let a = headline.lazy.compactMap({ $0.dates.first?.day }).first,
           let b = body.lazy.compactMap({ $0.dates.first?.day }).first, abs(a.ordinal - b.ordinal) > 1 {
            return groups
        }
        return [body + headline] + groups.dropFirst(2)
    }
}
