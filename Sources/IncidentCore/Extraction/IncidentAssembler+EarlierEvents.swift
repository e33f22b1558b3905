/// The one step that decides which attack clauses of a story tell an EARLIER event than the story's own
/// attack: recalled in passing, so each is a `mention` and never more of the story's attack. The rules that
/// each decided it their own way (counted back, the same site days before, an earlier week, another site on an
/// earlier day) are asked here, in one place, and what they recall also decides which US strikes were only told
/// with an earlier event.
extension IncidentAssembler {
    /// Moves the attack clauses that tell earlier events from `attackFrames` to `mentionFrames`, in order: a
    /// follow-up story's one earlier event is its own (the reverse), a strike story's list of dated attacks, the
    /// clauses `earlierEvents` recalls (and the undated strikes told with them), the attacks a strike story says
    /// its strikes answer (with their claims), and "That attack ..." right after a mention. Returns the clauses
    /// recalled or answered, whose weekdays their mentions keep.
    func separateEarlierEvents(attackFrames: inout [ArticleFrame], mentionFrames: inout [ArticleFrame],
                               strikeFrames: inout [ArticleFrame], toldFrames: [ArticleFrame]) -> [ArticleFrame] {
        // A response told right after an earlier event, with no day of its own, was that event's (`respondsToMentionBefore`).
        strikeFrames.removeAll { respondsToMentionBefore($0, mentionFrames: mentionFrames, attackFrames: attackFrames) }
        // A story counting the years since an earlier event recalls every attack it tells, its echoes dated as the
        // attacks they tell again (`+YearsSince`).
        if let back = lookingBack(attackFrames: attackFrames, mentionFrames: mentionFrames) {
            mentionFrames = back.mentions
            attackFrames = []
            strikeFrames.removeAll { !strikeTellsRecentDay($0) }
            return back.recalled
        }
        // A story about something else (policy, troop movements) recalls every attack it tells (`+StoryNews`).
        if tellsNoAttackOfItsOwn(attackFrames: attackFrames, mentionFrames: mentionFrames) {
            let recalled = attackFrames
            mentionFrames = (mentionFrames + attackFrames).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            attackFrames = []
            return recalled
        }
        let followUp = roundup == nil && !leadTellsNewsOfItsOwn(mentionFrames: mentionFrames)
            && !openingDatesNewsOfItsOwn(toldFrames: toldFrames, mentionFrames: mentionFrames)
            && IncidentAssembler.isFollowUp(attackFrames: attackFrames, mentionFrames: mentionFrames, strikeFrames: strikeFrames,
                                            published: published)
        if followUp {
            attackFrames += mentionFrames
            mentionFrames = []
        }
        // Moves the clauses told as earlier to the mentions and returns them; a roundup's attacks of the period it
        // counts are each its news (`+Roundup`) and stay.
        // A document's attacks of its own days are its news (`+DocumentNews`), unless a strike answered them.
        let document = isDocumentOfItsOwn() && !documentReportsStrike(strikeFrames: strikeFrames)
        @discardableResult
        func move(_ told: [ArticleFrame], alsoDropping dropped: [ArticleFrame] = [], answered: Bool = false) -> [ArticleFrame] {
            let earlier = told.filter { !isRoundupEntry($0) && (answered || !document || !isDocumentNews($0)) }
            guard !earlier.isEmpty else { return [] }
            attackFrames.removeAll { f in (earlier + dropped).contains { $0.tokens == f.tokens } }
            mentionFrames = (mentionFrames + earlier).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            return earlier
        }
        move(IncidentAssembler.listedEarlierAttacks(attackFrames: attackFrames, mentionFrames: mentionFrames,
                                                    strikeFrames: strikeFrames, published: published))
        // "... in retaliation for a drone attack on Monday at the al-Tanf garrison. The Islamic Resistance in Iraq claimed the
        // attack on al-Tanf.": the undated claim after it is the earlier attack's, as for an answered attack.
        let beforeLead = IncidentAssembler.attacksBeforeLeadStrike(attackFrames: attackFrames, strikeFrames: strikeFrames,
                                                                   lead: leadSentence(),
                                                                   headlineTellsAttack: headlineTellsAttack(),
                                                                   published: published)
        let beforeStrike = move(beforeLead.map { IncidentAssembler.withLaterClaim($0, toldFrames: toldFrames) },
                                alsoDropping: beforeLead.compactMap { IncidentAssembler.claimOfAnswered($0, toldFrames: toldFrames) })
        var recalled = move(earlierEvents(attackFrames: attackFrames) + attacksNamedInCounts(attackFrames: attackFrames))
        // "Mercredi, 14 roquettes s'étaient abattues sur ... Aïn al-Assad ... Le même jour, ... des drones ont visé le
        // champ pétrolier d'Al-Omar": the same day as an earlier event is earlier too (`+SameDayAsMention`).
        recalled += move(attackFrames.filter { sameDayAsMentionBefore($0, mentionFrames: mentionFrames) })
        strikeFrames.removeAll { IncidentAssembler.toldWithEarlierEvent($0, earlier: recalled) }
        // The attack a US strike story says its strikes answer: a mention (convention (b) of issue 9).
        let answered = IncidentAssembler.answeredAttacks(attackFrames: attackFrames, strikeFrames: strikeFrames,
                                                         toldFrames: toldFrames, sentences: sentences, tokens: text.tokens)
        // "Nach dem tödlichen Raketenangriff auf einen Stützpunkt bei Kirkuk schlagen die USA zurück ... Zuletzt waren am
        // Freitagabend mehr als 30 Raketen auf ... K1 ... niedergegangen": the answered attack the strike's sentence
        // opened with is the one told later with its day, not one more.
        let strikeSentences = Set(strikeFrames.map(\.sentence))
        let toldInStrike = answered.isEmpty ? [] : attackFrames.filter {
            IncidentAssembler.opensWithRecall($0, strikeSentences: strikeSentences, tokens: text.tokens)
        }
        let answeredMoved = move(answered, alsoDropping: answered.compactMap { IncidentAssembler.claimOfAnswered($0, toldFrames: toldFrames) } + toldInStrike,
                                 answered: true)
        // "... including one on Tuesday at Ain al-Asad airbase. That attack wounded eight US personnel": more of the mention: its
        // figures, its weapons when it names none, and its claim when it has none.
        // A clause that tells more of mention `m`: its figures, its weapons when it names none, its claim when it has
        // none ("That attack was claimed by the Islamic Resistance in Iraq, an umbrella ... that has vowed to keep up
        // its operations against American forces": the claim is the mention's too).
        func join(_ clause: ArticleFrame, to m: Int) {
            attackFrames.removeAll { $0.tokens == clause.tokens }
            mentionFrames[m].casualties += clause.casualties
            if mentionFrames[m].weapons.isEmpty { mentionFrames[m].weapons = clause.weapons }
            if mentionFrames[m].claim == nil, let claim = clause.claim {
                mentionFrames[m].claim = claim
                mentionFrames[m].claimGroup = clause.claimGroup
                mentionFrames[m].writtenClaimant = clause.writtenClaimant
            }
        }
        for (continuation, m) in IncidentAssembler.mentionContinuations(clauses: attackFrames, mentionFrames: mentionFrames,
                                                                         tokens: text.tokens) {
            join(continuation, to: m)
        }
        // "... the drone that hit Tower 22 had arrived ...", told after the Jan. 28 attack there: that attack (`+EchoOfMention`).
        // (A follow-up's attack is told again as its own news.)
        for (echo, m) in followUp ? [] : echoesOfMentions(attackFrames: attackFrames, mentionFrames: mentionFrames) {
            join(echo, to: m)
        }
        // "... hit the city of Erbil. A foreign civilian contractor was killed, and one US service member was among
        // several people wounded.": the sentences after a mention that name no site or day tell more of it.
        for (aftermath, m) in IncidentAssembler.mentionAftermath(clauses: attackFrames, mentionFrames: mentionFrames,
                                                                 storyFrames: attackFrames, tokens: text.tokens) {
            // "Three US service members have been treated for minor injuries": a toll up to now is the story's.
            if aftermath.casualties.contains(where: { $0.party == .us }), tellsPerfect(aftermath.tokens) { continue }
            join(aftermath, to: m)
        }
        return beforeStrike + recalled + answeredMoved
    }

    /// The story's own attack: the first attack clause that names a site (or is the lead, `isLeadWithoutSite`) and a
    /// day of its own, with the
    /// earliest day it tells ("In a statement released early on Wednesday, the group said its fighters struck
    /// the base ... at around 11:30 pm on Tuesday": the attack began on Tuesday).
    /// A lead that only dates the telling ("A security source said on Wednesday that five rockets fell inside
    /// Ain al-Assad") gives that day: what later sentences date before it is earlier.
    static func storyAttack(_ attackFrames: [ArticleFrame]) -> (frame: ArticleFrame, day: CalendarDay)? {
        guard let own = attackFrames.indices.first(where: { i in
            let f = attackFrames[i]
            return (!f.places.isEmpty || f.writtenPlace != nil || isLeadWithoutSite(f)
                    || isDatedBeforeAnySite(f, toldBefore: attackFrames[..<i])) && f.dates.first?.precision == .day
        }).map({ attackFrames[$0] }) else { return nil }
        let days = own.dates.filter { $0.precision == .day && !$0.isTelling }.compactMap(\.day)
        let told = own.dates.filter { $0.precision == .day }.compactMap(\.day)
        guard let day = (days.isEmpty ? told : days).min(by: { $0.ordinal < $1.ordinal }) else { return nil }
        return (own, day)
    }

    /// "Rockets slammed into an Iraqi air base north of Baghdad on Saturday": the headline or lead tells the
    /// story's attack, on a day of its own, even where it names no site the gazetteer knows; a claim told on a
    /// day ("claimed on Friday two drone attacks") dates the telling, not the attack.
    static func isLeadWithoutSite(_ f: ArticleFrame) -> Bool {
        f.sentence <= 1 && f.claim == nil && f.dates.first.map { !$0.isTelling } == true
    }

    /// "Rockets hit Baghdad's Green Zone near US embassy ... The rockets landed on Monday evening ... Last Monday, a
    /// barrage of rockets hit the city of Erbil": the first attack clause told with a day of its own, before any clause
    /// named a site, is the story's attack though its own site is one the gazetteer does not know; the sites told
    /// after it on other days are earlier events, not its place.
    static func isDatedBeforeAnySite(_ f: ArticleFrame, toldBefore: ArraySlice<ArticleFrame>) -> Bool {
        f.claim == nil && f.dates.first.map { !$0.isTelling } == true
            && toldBefore.allSatisfy { $0.places.isEmpty && $0.writtenPlace == nil }
    }

    /// Attack clauses that tell earlier events, each once, with the date it is told at (a counted-back day,
    /// "two days after", gets its own date). Tracker entries and list lines are each their own news.
    func earlierEvents(attackFrames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        // "a similar device" first: its copy carries the story's weapon.
        let found = IncidentAssembler.similarEarlierAttacks(attackFrames: attackFrames, tokens: tokens)
            + IncidentAssembler.countedBackAttacks(attackFrames: attackFrames, tokens: tokens, sentences: sentences, published: published)
            + IncidentAssembler.recalledEarlierAttacks(attackFrames: attackFrames, sentences: sentences, tokens: tokens)
            + IncidentAssembler.sameSiteEarlierAttacks(attackFrames: attackFrames, tokens: tokens)
            + IncidentAssembler.earlierWeekAttacks(attackFrames: attackFrames)
            + IncidentAssembler.attacksDatedWeeksBefore(attackFrames: attackFrames, sentences: sentences, tokens: tokens)
            + IncidentAssembler.otherSiteEarlierDay(attackFrames: attackFrames, sentences: sentences, tokens: tokens)
            + IncidentAssembler.answeredAtOtherSite(attackFrames: attackFrames, tokens: tokens)
            + IncidentAssembler.undatedRecalledDeadlyAttacks(attackFrames: attackFrames, sentences: sentences, tokens: tokens)
        // Two rules may recall the same clause: keep it once, as the first rule told it.
        var seen = Set<Int>()
        return found.filter { seen.insert($0.tokens.lowerBound).inserted }
    }

    /// "A drone struck Rumalyn on Friday ... On Monday, a rocket attack on Al Asad Air Base injured five", "Days
    /// earlier, on Christmas Day, a drone attack on the base at Erbil airport wounded three": a later sentence
    /// telling an attack at another site on a day before the story's is an earlier event, with or without a
    /// word that ties it to the story ("after", "in response to"). A day of telling counts too ("On Wednesday, the
    /// Pentagon said ... Drones struck al-Tanf"): what was told before the story's day happened before it. A later
    /// sentence that opens a list line or a tracker entry is an entry of its own.
    static func otherSiteEarlierDay(attackFrames: [ArticleFrame], sentences: [Range<Int>],
                                    tokens: [Token]) -> [ArticleFrame] {
        guard let (own, ownDay) = storyAttack(attackFrames) else { return [] }
        // A lead that names no site ("drone attacks on two US bases ... overnight") may have been dated by a word
        // that spans two days: only a day further back is surely another attack.
        // Both written as whole days ("fired rockets ... on Tuesday" / "On Monday, a one-way attack drone slammed into
        // Erbil Air Base"), one day apart is already two days (`daysApart`), as for the same site.
        // A lead that counts attacks since a day ("Insgesamt habe es seit Sonntag vier Angriffe gegeben") tells them all
        // as news: there the two days are still asked.
        let sinceWords: Set<String> = ["since", "seit", "depuis", "desde", "dal", "dalla"]
        let countsSinceADay = own.tokens.contains { k in
            sinceWords.contains(tokens[k].text)
                && (k + 1..<min(own.tokens.upperBound, k + 3)).contains { Lexicon.weekdays[tokens[$0].stem] != nil }
        }
        let leadNamesNoSite = own.places.isEmpty && own.writtenPlace == nil
        // "On Wednesday, the Pentagon said US forces had been targeted by drones at two bases earlier in the week.
        // Drones struck al-Tanf ... and the Ain al-Asad air base": a clause naming sites but no day takes the day
        // the sentence right before it was told on, when that one names no site.
        func toldOn(_ date: DateMention) -> Bool {
            (date.tokens.upperBound..<min(tokens.count, date.tokens.upperBound + 5)).contains { Lexicon.reportingVerbs.contains(tokens[$0].text) }
        }
        func dated(_ f: ArticleFrame) -> ArticleFrame {
            guard f.dates.isEmpty, let before = attackFrames.last(where: { b in
                b.sentence == f.sentence - 1 && b.places.isEmpty && b.writtenPlace == nil
                    // The day of the telling may already be set aside (`FrameBuilder.datesTheSpeakerAfterIt`), leaving
                    // the week.
                    && b.dates.contains { ($0.precision == .day && toldOn($0)) || ($0.precision == .week && !$0.isTelling && $0.day != nil) }
            }) else { return f }
            let earliest = before.dates.filter({ $0.precision == .day && $0.day != nil }).min(by: { $0.day!.ordinal < $1.day!.ordinal })
            // "On Wednesday, the Pentagon said US forces had been targeted by drones at two bases earlier in the week":
            // the week the sentence gives the attacks, not the day it was told.
            let period = before.dates.first { $0.precision == .week && !$0.isTelling && $0.day != nil }
            guard let day = period ?? earliest else { return f }
            var copy = f
            copy.dates = [day]
            return copy
        }
        return attackFrames.map(dated).filter { f in
            // "These attacks follow a strike by a one-way drone ... on a coalition base near Hasakah ... on March 23":
            // a town as written is another site as a known one is (`writtenOtherSite`).
            guard f.sentence > own.sentence, f.entryStart == nil, !f.places.isEmpty || writtenOtherSite(f, own: own, tokens: tokens),
                  !FrameBuilder.isListItem(sentences[f.sentence], tokens: tokens),
                  let date = f.dates.first, date.precision == .day || date.precision == .week, let day = date.day,
                  day.ordinal <= ownDay.ordinal - (!leadNamesNoSite ? 1
                      : countsSinceADay ? sameSiteDaysApart : IncidentAssembler.daysApart(date, own.dates.first))
            else { return false }
            return storySites(toldBefore: f, own: own, ownDay: ownDay, attackFrames: attackFrames)
                .isDisjoint(with: f.places.map(\.base.name))
        }
    }

    /// "The U.S. had struck Kataib Hezbollah facilities on Friday in response to the Tower 22 attack": an attack at
    /// another site that a strike answers, told with no day of its own after the story's attack, is the earlier
    /// event the strike came for, not more news of the story.
    static func answeredAtOtherSite(attackFrames: [ArticleFrame], tokens: [Token]) -> [ArticleFrame] {
        guard let (own, ownDay) = storyAttack(attackFrames) else { return [] }
        return attackFrames.filter { f in
            guard f.sentence > own.sentence, f.dates.isEmpty, !f.places.isEmpty, f.entryStart == nil else { return false }
            // The clause opens right after "in response to", "retaliated for", ...
            let start = f.tokens.lowerBound
            let answers = ResponseFinder.answerPhrases.contains { p in
                start >= p.count && ResponseFinder.answerPhrase(at: start - p.count, in: 0..<start, tokens: tokens) == p.count
            } || (start >= 2 && tokens[start - 1].text == "for" && tokens[start - 2].text == "retaliated")
            return answers && storySites(toldBefore: f, own: own, ownDay: ownDay, attackFrames: attackFrames)
                .isDisjoint(with: f.places.map(\.base.name))
        }
    }

    /// The sites the story's attack (`own`, on `ownDay`) was told at up to the clause `f`: by `own` and by the
    /// clauses after it, undated or on the story's day.
    static func storySites(toldBefore f: ArticleFrame, own: ArticleFrame, ownDay: CalendarDay,
                           attackFrames: [ArticleFrame]) -> Set<String> {
        Set(attackFrames.filter { s in
            s.tokens.upperBound <= f.tokens.lowerBound && s.sentence >= own.sentence
                && (s.dates.isEmpty || s.dates.first?.day == ownDay)
        }.flatMap(\.places).map(\.base.name) + own.places.map(\.base.name))
    }

    /// "Days earlier, a drone attack on the base at Erbil airport wounded three, prompting US retaliatory
    /// strikes": a US strike told with no day of its own in the sentence of an earlier event belongs to that
    /// event's past, not the story's news.
    static func toldWithEarlierEvent(_ strike: ArticleFrame, earlier: [ArticleFrame]) -> Bool {
        strike.dates.isEmpty && earlier.contains { $0.sentence == strike.sentence }
    }
}

extension IncidentAssembler {
    /// "The deadliest came in March, when rockets fired at Camp Taji killed two American service members and a
    /// British soldier. The United States responded with airstrikes on Kataib Hezbollah weapons depots.": a US
    /// response with no day of its own, told in the sentence right after an earlier event recalled with a month or a
    /// day a week or more before publication, answered that event; an earlier US strike told in passing is no
    /// incident. A sentence that also tells the story's attack, or a strike with a day of its own, is left alone.
    func respondsToMentionBefore(_ strike: ArticleFrame, mentionFrames: [ArticleFrame], attackFrames: [ArticleFrame]) -> Bool {
        guard strike.dates.isEmpty, strike.sentence > 0,
              !attackFrames.contains(where: { $0.sentence == strike.sentence }) else { return false }
        let tokens = text.tokens
        let responds = strike.tokens.contains { k in
            ["responded", "retaliated", "answered", "replied"].contains(tokens[k].text)
        }
        guard responds else { return false }
        return mentionFrames.contains { m in
            guard m.sentence == strike.sentence - 1, !attackFrames.contains(where: { $0.sentence == m.sentence }),
                  let date = m.dates.first, let day = date.day else { return false }
            if date.precision == .month { return true }
            guard let published else { return false }
            return date.precision == .day && day.ordinal <= published.ordinal - 7
        }
    }

    /// "Ten rockets were launched at Green Village on Friday ... On Thursday, a drone struck a maintenance facility at a
    /// coalition base near Hasakah": a clause naming no known site but a place as written (a town, "a base near
    /// Hasakah") names another site than the story's when the story's own attack names none of its words, so an
    /// attack there on an earlier day is an earlier event, as one at another known site is.
    static func writtenOtherSite(_ f: ArticleFrame, own: ArticleFrame, tokens: [Token]) -> Bool {
        guard f.places.isEmpty, let written = f.writtenPlace ?? f.writtenTown else { return false }
        func words(_ place: WrittenPlace?) -> Set<String> {
            Set((place?.tokens ?? 0..<0).map { tokens[$0].text }.filter { $0.count > 3 && !Lexicon.siteReferenceNouns.contains($0) })
        }
        let name = words(written)
        return !name.isEmpty && name.isDisjoint(with: words(own.writtenPlace).union(words(own.writtenTown)))
    }
}
