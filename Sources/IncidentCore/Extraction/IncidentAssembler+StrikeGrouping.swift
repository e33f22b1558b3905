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

/// A reply told right after the attack it answers.
extension IncidentAssembler {
    private static let quickReplyOpeners: [[String]] = [
        ["within", "minutes"], ["within", "hours"], ["minutes", "later"], ["moments", "later"], ["hours", "later"],
        ["shortly", "after"], ["soon", "after"], ["shortly", "afterwards"], ["shortly", "afterward"],
    ]

    /// "... including one on Tuesday at Ain al-Asad ... That attack wounded eight US personnel. Within minutes, a US
    /// AC-130 gunship struck the vehicle used to launch the missiles": an undated strike opening with how soon it
    /// followed is on the day of the attack told just before it (within two sentences), not the story's strike.
    func datingQuickReplies(_ strikeFrames: [ArticleFrame], told frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        return strikeFrames.map { strike in
            guard strike.dates.isEmpty else { return strike }
            // "An AC-130 gunship struck back at the militants' vehicle shortly after Tuesday's attack": the attack
            // told after "shortly after" in the same sentence dates the reply.
            let sentence = sentences[strike.sentence]
            if let after = sentence.first(where: { k in
                tokens[k].text == "after" && k > sentence.lowerBound
                    && IncidentAssembler.sameEpisodeWords.contains(tokens[k - 1].text)
            }), let answered = frames.first(where: { f in
                f.role != .strike && f.sentence == strike.sentence && f.tokens.lowerBound >= after
                    && f.dates.first?.precision == .day
            }), let day = answered.dates.first {
                var dated = strike
                dated.dates = [day]
                return dated
            }
            if let day = dayOfTheAttackAnswered(strike, told: frames) {
                var dated = strike
                dated.dates = [day]
                return dated
            }
            let opening = strike.tokens.prefix(4).map { tokens[$0].text }
            guard IncidentAssembler.quickReplyOpeners.contains(where: { p in opening.starts(with: p) }),
                  let attack = frames.last(where: { f in
                      f.role == .attack && f.sentence < strike.sentence && f.sentence >= strike.sentence - 2
                          && f.dates.first?.precision == .day
                  }), let day = attack.dates.first else { return strike }
            var dated = strike
            dated.dates = [day]
            return dated
        }
    }
}

/// Strikes told one after another, each with its own target.
extension IncidentAssembler {
    private static let sequenceOpeners: [[String]] = [
        ["minutes", "later"], ["moments", "later"], ["hours", "later"], ["then"], ["subsequently"],
    ]

    /// "The first hit a training facility near Albukamal ... Minutes later, the jets struck a safe house near
    /// Mayadin": a clause of a strike that opens with what came next and names a target of its own, other than the
    /// target told before it, is a strike of its own (the guide: told one after another with their own targets).
    func splittingSequencedTargets(_ groups: [[ArticleFrame]]) -> [[ArticleFrame]] {
        let tokens = text.tokens
        func target(_ frames: ArraySlice<ArticleFrame>) -> String? {
            StrikeDetailFinder.target(in: frames.map(\.tokens), tokens: tokens, nounsCapitalised: false,
                                      bases: frames.flatMap(\.places).map(\.tokens)).map { text.text(tokens: $0) }
        }
        return groups.flatMap { group -> [[ArticleFrame]] in
            guard let split = group.indices.dropFirst().first(where: { i in
                let opening = group[i].tokens.prefix(3).filter { !tokens[$0].isPunct }.map { tokens[$0].text }
                guard IncidentAssembler.sequenceOpeners.contains(where: { opening.starts(with: $0) }),
                      let own = target(group[i...i]), let before = target(group[..<i]) else { return false }
                return own != before
            }) else { return [group] }
            // "Minutes later": the strike that came next is on the day of the one before, unless it tells its own.
            var later = Array(group[split...])
            if later.allSatisfy(\.dates.isEmpty), let day = group[..<split].lazy.compactMap(\.dates.first).first {
                later[0].dates = [day]
            }
            return [Array(group[..<split]), later]
        }
    }
}

/// A briefing that tells the days in turn: the reply told in a day's paragraph is of that day.
extension IncidentAssembler {
    /// "On Tuesday ... coalition forces conducted a pre-emptive strike near Mayadin. [¶] And then this morning, Green
    /// Village came under indirect fire ... Coalition forces responded with artillery fire at the point of origin": an
    /// undated reply ("responded", "retaliated", "returned fire") told after an attack of a day in its own paragraph,
    /// within three sentences, answers that attack, on its day; it is not the strike of an earlier day told before it
    /// (only then is the reply dated here).
    func dayOfTheAttackAnswered(_ strike: ArticleFrame, told frames: [ArticleFrame]) -> DateMention? {
        let tokens = text.tokens
        guard strike.dates.isEmpty, strike.tokens.contains(where: { k in
            ["responded", "retaliated", "answered"].contains(tokens[k].text)
                || (tokens[k].text == "returned" && k + 1 < tokens.count && tokens[k + 1].text == "fire")
        }), sentences.indices.contains(strike.sentence) else { return nil }
        let opening = text.paragraphStart(of: sentences[strike.sentence].lowerBound)
        guard let attack = frames.last(where: { f in
            f.role == .attack && f.sentence < strike.sentence && f.sentence >= strike.sentence - 4
                && f.tokens.lowerBound >= opening && !f.isBackground
        }), let day = attack.dates.first, day.precision == .day, !day.isTelling, day.day != nil,
              // Only against a strike of another day told before the attack ("The strikes were carried out early
              // Wednesday" told after the reply dates the reply itself).
              frames.contains(where: { f in
                  f.role == .strike && f.sentence < attack.sentence && f.dates.first.map { $0.day != nil && $0.day != day.day } == true
              }) else { return nil }
        return day
    }
}
