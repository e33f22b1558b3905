/// A sentence that reports an attack often puts the day in the clause of whoever reports it and the attack in the
/// clause that follows "that": "On Sunday, the Islamic Resistance in Iraq said in a statement on its Telegram channel
/// that it had attacked the base of Kharab al-Jir", "The Pentagon on Wednesday pushed back on a militia's claim that
/// it had scored a direct hit", "El Ejército ha confirmado este jueves que su base de Al Tanf fue objeto el miércoles
/// de un ataque". The day of that first clause is the day of the telling, however far it stands from the verb.
extension FrameBuilder {
    /// Words that open the clause a verb of saying or a claim reports.
    static let complementizers: Set<String> = ["that", "que", "qu", "che", "dass"]

    /// Words of saying, besides the reporting verbs, whose content a "that" clause gives ("denied that", "the claim
    /// that", "a statement that").
    static let sayingWords: Set<String> = ["denied", "claimed", "insisted", "claim", "claims", "statement", "announcement",
                                           "report", "reports"]

    /// True when `date` stands in a clause of saying that tells no attack (no weapon, no attack word) and that hands the
    /// attack to a clause opened by "that" ("que", "che", "dass") after it.
    static func datesTheReportingClause(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        guard date.precision == .day,
              let c = (date.tokens.upperBound..<range.upperBound).first(where: { complementizers.contains(tokens[$0].text) })
        else { return false }
        let reporting = range.lowerBound..<c
        let reported = (c + 1)..<range.upperBound
        // "said ... that", "a claim that", not "approved a resolution that": the clause reports.
        guard reporting.contains(where: { Lexicon.reportingVerbs.contains(tokens[$0].text) || sayingWords.contains(tokens[$0].text) }),
              WeaponFinder.find(in: reporting, tokens: tokens).weapons.isEmpty,
              !reporting.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) && !date.tokens.contains($0) })
        else { return false }
        return !WeaponFinder.find(in: reported, tokens: tokens).weapons.isEmpty
            || reported.contains { Lexicon.attackWords.contains(tokens[$0].text) }
    }

    /// "Early on Tuesday, Marotto said eight contractors and one US service member had been injured", "On Monday, the
    /// Pentagon said ...": a day that opens the sentence and is set off by a comma before a short subject and its verb of
    /// saying dates the saying. Read only when it is the clause's one date (`FrameBuilder.frame`): alone, the day stays
    /// the clause's, but the attack's own clauses told before it date the attack first.
    static func datesTheSpeakerAfterIt(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        let lead: Set<String> = ["early", "late", "on", "earlier", "later", "by", "the", "this", "\"", "-"]
        guard date.precision == .day, date.tokens.lowerBound >= range.lowerBound,
              (range.lowerBound..<date.tokens.lowerBound).allSatisfy({ lead.contains(tokens[$0].text) }) else { return false }
        var k = date.tokens.upperBound
        while k < range.upperBound, ["morning", "afternoon", "evening", "night"].contains(tokens[k].text) { k += 1 }
        guard k < range.upperBound, tokens[k].text == "," else { return false }
        for j in (k + 1)..<min(range.upperBound, k + 8) {
            let w = tokens[j].text
            if Lexicon.reportingVerbs.contains(w) { return j > k + 1 }
            if [",", ";", ":", "("].contains(w) || Lexicon.attackWords.contains(w) { return false }
            if !WeaponFinder.find(in: j..<(j + 1), tokens: tokens).weapons.isEmpty { return false }
        }
        return false
    }
}
