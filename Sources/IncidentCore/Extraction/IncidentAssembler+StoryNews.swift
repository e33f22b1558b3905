/// What a news story is about is told by its headline and its lead. A story whose headline and lead tell no
/// attack ("US, Iraq Agree to Wind Down Anti-ISIS Coalition Mission by 2026"; "A convoy of the coalition
/// arrived on Monday at Qasrak base") reports policy, diplomacy or troop movements: the attacks its body
/// tells are background, recalled to explain the news, so each is a `mention`, however recent.
extension IncidentAssembler {
    /// Words of a headline that tell an attack (with the other languages' common ones).
    private static let headlineAttackWords: Set<String> = Lexicon.attackWords.union([
        "rocket", "rockets", "drone", "drones", "missile", "missiles", "mortar", "mortars", "ied", "bomb",
        "blast", "blasts", "explosion", "explosions", "katyusha", "katyushas", "uav", "uavs", "projectile",
        "projectiles", "casualty", "shot", "kills", "kill", "wounds", "injures", "hurts", "targets", "ambush",
        "ataque", "ataques", "ataca", "attaque", "attaques", "attacco", "attacchi", "angriff", "angriffe",
        "rakete", "raketen", "roquette", "roquettes", "foguete", "foguetes", "cohete", "cohetes", "razzo", "razzi",
        "dron", "droni", "drohne", "drohnen", "missili", "misiles", "misseis", "feridos", "heridos", "blesses",
        "feriti", "verletzte", "muertos", "mortos", "morti", "tues", "frappe", "frappes",
    ])

    /// Headlines that name a kind of document rather than tell news: statements, briefings, transcripts,
    /// trackers. Their first lines are no lead.
    private static let documentWords: Set<String> = Lexicon.statementDocumentNouns.union([
        "briefing", "transcript", "update", "post", "release", "spokesman", "brief", "readout",
    ])

    /// Words of a headline that give the reason for what comes before them: "US strikes ... after drone attack",
    /// "... over drone attacks", "... in retaliation for deadly attack", "... following rocket fire".
    private static let headlineReasonWords: Set<String> = ["after", "over", "following", "for", "amid"]

    /// True when the headline tells an attack on its own, not only a strike: "Rockets hit base housing US troops",
    /// "Drone attack wounds three; US strikes back", not "U.S. strikes Iran-linked weapons facility in eastern Syria".
    /// A headline that opens with a strike and gives an attack as its reason ("US strikes Kataib Hezbollah sites
    /// after missile attack on Al-Asad", "US strikes militias over drone attacks") is about the strike: the attack
    /// told after "after", "over", "following" or "for" is why it came, not news of its own.
    func headlineTellsAttack() -> Bool {
        let strikeWords: Set<String> = ["strike", "strikes", "struck", "hit", "hits", "targets", "targeted", "bombing", "bombed", "bombs",
                                        "pound", "pounds", "raid", "raids", "retaliate", "retaliates"]
        let headline = title.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split { !$0.isLetter }.map(String.init)
        // "US airstrike on PMF site in Babil kills four": the striker opens the headline, which tells its strike.
        if IncidentAssembler.headlineOpensWithUSStrike(headline) { return false }
        let told = IncidentAssembler.headlineToldBeforeReason(headline, strikeWords: strikeWords)
        return told.contains { IncidentAssembler.headlineAttackWords.contains($0) && !strikeWords.contains($0) }
    }

    /// The words of a headline up to the first reason word that follows a strike word, or all of them.
    static func headlineToldBeforeReason(_ headline: [String], strikeWords: Set<String>) -> ArraySlice<String> {
        guard let strike = headline.firstIndex(where: { strikeWords.contains($0) }),
              let reason = headline[(strike + 1)...].firstIndex(where: { headlineReasonWords.contains($0) })
        else { return headline[...] }
        return headline[..<reason]
    }

    /// True when the article is news copy whose headline and lead tell no attack: every attack it tells is
    /// recalled. Statements, briefings, trackers and lists are not read this way.
    func tellsNoAttackOfItsOwn(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame]) -> Bool {
        // A lead that counts a recent run of attacks ("Since mid-July, bases hosting US forces have been targeted at
        // least five times") tells that run as the story's news (`+SeriesLead`), whatever the headline says.
        guard !isDocumentOfItsOwn(), !(attackFrames + mentionFrames).isEmpty, seriesLeadDays() == nil else { return false }
        let headline = title.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split { !$0.isLetter }.map(String.init)
        if headline.contains(where: { IncidentAssembler.headlineAttackWords.contains($0) || IncidentAssembler.documentWords.contains($0) }) {
            return false
        }
        let tokens = text.tokens
        let all = attackFrames + mentionFrames
        if all.contains(where: { f in f.entryStart != nil || FrameBuilder.isListItem(sentences[f.sentence], tokens: tokens) }) {
            return false
        }
        guard let lead = leadSentence() else { return false }
        if opensAsStatement(before: lead) { return false }
        if all.contains(where: { $0.sentence == lead }) { return false }
        return !sentences[lead].contains { IncidentAssembler.headlineAttackWords.contains(tokens[$0].text) }
    }
}

extension IncidentAssembler {
    /// "In the name of God, the Most Gracious ...", "Statement No. (14)", "Statement issued by Ashab al-Kahf": a claim
    /// statement opens with its formulas and its heading, not a lead; what it tells is its own news. True when a
    /// line up to the lead opens with a document's name or the article opens with the invocation.
    func opensAsStatement(before lead: Int) -> Bool {
        let tokens = text.tokens
        if StatementClaimant.opensWithInvocation(sentences: sentences, tokens: tokens) { return true }
        return sentences[...min(lead, sentences.count - 1)].contains { s in
            !s.isEmpty && (tokens[s.lowerBound].newlineBefore || s.lowerBound == 0)
                && Lexicon.statementDocumentNouns.contains(tokens[s.lowerBound].text)
        }
    }
}
