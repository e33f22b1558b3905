/// Attacks a US-strike story lists as what the strike answered: earlier events, not the story's own.
extension IncidentAssembler {
    /// "The strikes were a response to recent attacks. Those attacks included the July 1 drone attack on
    /// al-Tanf ... Rockets also struck Ain al-Asad on July 2": when a story led by a US strike dates
    /// attacks to two or more different calendar days before it, those attacks are earlier events told
    /// in passing. One dated attack ("the first response to the drone attack on Jan. 28") stays the
    /// story's attack.
    static func listedEarlierAttacks(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame],
                                     strikeFrames: [ArticleFrame], published: CalendarDay?) -> [ArticleFrame] {
        guard let leadStrike = strikeFrames.map(\.sentence).min() else { return [] }
        let leadAttack = attackFrames.map(\.sentence).min() ?? Int.max
        guard leadStrike <= leadAttack else { return [] }
        guard let limit = strikeFrames.lazy.compactMap({ $0.dates.first?.day }).first ?? published else { return [] }
        func calendarDay(_ frame: ArticleFrame) -> CalendarDay? {
            guard let date = frame.dates.first, date.precision == .day, !date.isRelative,
                  let day = date.day, day.ordinal < limit.ordinal else { return nil }
            return day
        }
        let listed = attackFrames.filter { calendarDay($0) != nil }
        let days = Set((listed + mentionFrames).compactMap(calendarDay).map(\.ordinal))
        return days.count >= 2 ? listed : []
    }
}

extension IncidentAssembler {
    /// "U.S. fighter jets struck a weapons storage facility in eastern Syria ... The latest attack came on Tuesday,
    /// when a one-way drone targeted troops at a base near Shaddadi": in a story whose lead tells a US strike and
    /// no attack, an attack the body tells on a day before the strike is background to the strike, a mention.
    /// A headline that tells an attack as well ("US strikes ... after drone attack") keeps the attack the story's.
    /// A strike told with no day of its own happened by the day of publication ("U.S. forces have conducted precision
    /// defensive strikes ... including the December 27 attack on K1 Base" in a statement of December 29).
    static func attacksBeforeLeadStrike(attackFrames: [ArticleFrame], strikeFrames: [ArticleFrame],
                                        lead: Int?, headlineTellsAttack: Bool, published: CalendarDay?) -> [ArticleFrame] {
        guard !headlineTellsAttack, let lead, let leadStrike = strikeFrames.map(\.sentence).min(), leadStrike <= lead,
              !attackFrames.contains(where: { $0.sentence <= lead }),
              let strikeDay = strikeFrames.lazy.compactMap({ $0.dates.first?.day }).max() ?? published else { return [] }
        let strikesUndated = !strikeFrames.contains { $0.dates.first?.day != nil }
        return attackFrames.filter { f in
            // "It follows a rocket attack last week on the Ain al-Asad base": a week before the strike is earlier too,
            // told of a site ("the prime minister, who visited Cairo last week, has told the factions" tells none).
            let hasSite = !f.places.isEmpty || f.writtenPlace != nil
            // Strikes dated only by publication: a clause with no site ("Ryder said the strikes were conducted on Friday
            // and were a response to recent attacks") may be the one that dates them.
            guard hasSite || !strikesUndated else { return false }
            guard let date = f.dates.first, date.precision == .day || (date.precision == .week && hasSite),
                  let day = date.day else { return false }
            return day.ordinal < strikeDay.ordinal
        }
    }
}

extension IncidentAssembler {
    /// Words right before "after" that make the strike part of the attack's own episode: "struck a team of militants
    /// shortly after they fired rockets at Erbil Air Base" is the reply the attack story tells, not a strike story.
    static let sameEpisodeWords: Set<String> = ["shortly", "minutes", "moments", "soon", "immediately", "just"]

    /// "U.S. forces struck nine targets in Syria on Monday in response to a rocket attack on American troops at
    /// Patrol Base Shaddadi earlier in the day", "The United States carried out air strikes late on Thursday ..., in
    /// retaliation for a rocket attack that killed two American service members", "struck two facilities ... early
    /// Wednesday, a day after the group fired ballistic missiles at an air base": a lead whose main clause tells a US
    /// strike and whose attack is told after "in response to", "in retaliation for" or "after" reports the strike;
    /// the attack is what it answers. Returns the strike's day when the lead is such a lead. A reply told "shortly
    /// after" or "minutes after" the attack, and a headline that tells the attack first, keep the attack the story's
    /// news. A strike told with no day of its own is dated by the day of publication.
    func dayOfStrikeAnsweringLeadAttack(frames: [ArticleFrame]) -> CalendarDay? {
        let attackFrames = frames.filter { $0.role == .attack }
        let strikeFrames = frames.filter { $0.role == .strike && !$0.isBackground }
        guard !headlineTellsAttack(), let lead = leadSentence(),
              let strike = strikeFrames.first(where: { $0.sentence == lead }),
              let answered = attackFrames.first(where: { $0.sentence == lead }),
              strike.tokens.lowerBound < answered.tokens.lowerBound else { return nil }
        // "Rockets hit Ain al-Asad air base on Thursday. Militias had largely halted attacks since February, after
        // Washington carried out strikes in response to ...": an attack told before the lead (its sentence too short to
        // be one) is the story's news; only the headline may tell the attack before the lead.
        guard !attackFrames.contains(where: { $0.sentence < lead && !isHeadlineSentence($0.sentence) }) else { return nil }
        let tokens = text.tokens
        let between = strike.tokens.lowerBound..<answered.tokens.lowerBound
        let answers = between.contains { k in
            if ResponseFinder.answerPhrase(at: k, in: between.lowerBound..<answered.tokens.lowerBound + 1, tokens: tokens) != nil { return true }
            return tokens[k].text == "after" && !(k > 0 && IncidentAssembler.sameEpisodeWords.contains(tokens[k - 1].text))
        }
        guard answers else { return nil }
        // A strike whose day is told in no clause of its own happened by the day of publication.
        return strikeFrames.lazy.compactMap { s in s.dates.first { $0.precision == .day }?.day }.first ?? published
    }

    /// The incidents with the story's attacks made mentions when the lead tells a US strike and the attack it answers
    /// (`dayOfStrikeAnsweringLeadAttack`): each attack told on or before the strike's day, or with no day, was
    /// assembled as one event per site from all its clauses, and is now told as what the strike answered.
    func recallingAttacksAnsweredInLead(_ incidents: [ExtractedIncident], frames: [ArticleFrame]) -> [ExtractedIncident] {
        guard let strikeDay = dayOfStrikeAnsweringLeadAttack(frames: frames) else { return incidents }
        return incidents.map { incident in
            // An attack dated only by default (the day of publication) was told with no day of its own.
            let toldDay = incident.confidence["date"] == .default ? nil : incident.date.day
            guard incident.kind == .attack, (toldDay.map { $0.ordinal <= strikeDay.ordinal } ?? true) else { return incident }
            var recalled = incident
            recalled.kind = .mention
            return recalled
        }
    }
}
