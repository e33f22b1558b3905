/// A story that counts the years since an earlier event looks back at it: "One year after Ain al-Asad", "A year after
/// Tower 22, Georgia families still ask ...", "Fünf Jahre nach Soleimani", "A year ago this week, on Oct. 17, 2023".
/// It has no attack of its own (the guide), so every attack it tells is a mention; and the clauses that tell the
/// recalled attacks again without a day (its echoes: "the operation at Ain al-Asad was only a slap") are those attacks,
/// dated as they are, not attacks of the publication week.
extension IncidentAssembler {
    /// Nouns of a year, in the languages the corpus reads (tokens are folded; foreign ones are not translated).
    static let yearNouns: Set<String> = [
        "year", "years", "jahr", "jahre", "jahren", "an", "ans", "annee", "annees", "anno", "anni", "ano", "anos",
    ]
    /// Words that count the years back from now: "a year after", "five years since", "a year ago", "a year on",
    /// "one year has passed since"; "nach", "seit", "depuis", "desde" are read in English already.
    static let yearsBackWords: Set<String> = [
        "after", "since", "ago", "on", "later", "passed", "apres", "dopo", "fa", "despues", "depois", "atras",
    ]
    /// Words that count one year: "a year", "one year", "un an", "ein Jahr", "um ano".
    static let oneWords: Set<String> = ["a", "one", "un", "une", "ein", "einem", "um", "uno", "una"]

    /// The years a phrase in `range` counts back ("A year after", "Fünf Jahre nach", "deux ans après") and where it
    /// is; nil when it counts none ("One year, 200 attacks" counts nothing back: its lead does).
    func yearsCounted(in range: Range<Int>) -> (years: Int, tokens: Range<Int>)? {
        let tokens = text.tokens
        for k in range where k > range.lowerBound && IncidentAssembler.yearNouns.contains(tokens[k].text) {
            let count = IncidentAssembler.oneWords.contains(tokens[k - 1].text) ? 1
                : NumberReader.number(at: k - 1, in: tokens, limit: k).map(\.value)
            guard let years = count, (1...30).contains(years) else { continue }
            // "Faz hoje cinco anos que o Irão lançou", "Hace un año que": the years an idiom counts since, up to "que".
            if k + 1 < range.upperBound, tokens[k + 1].text == "que",
               (max(range.lowerBound, k - 4)..<(k - 1)).contains(where: { ["faz", "fazem", "hace", "hacen"].contains(tokens[$0].text) }) {
                return (years, (k - 1)..<(k + 2))
            }
            // "A year to the day after", "One year has passed since": the counting word within four words.
            let after = (k + 1)..<min(range.upperBound, k + 5)
            guard let back = after.first(where: { IncidentAssembler.yearsBackWords.contains(tokens[$0].text) }),
                  !after.prefix(while: { $0 < back }).contains(where: { tokens[$0].isPunct }) else { continue }
            return (years, (k - 1)..<(back + 1))
        }
        return nil
    }

    /// The years the headline or the lead counts back, with the sentence that counts them.
    func storyCountsYears() -> (years: Int, sentence: Int)? {
        guard let lead = leadSentence() else { return nil }
        for s in 0...lead where s < sentences.count {
            if let counted = yearsCounted(in: sentences[s]) { return (counted.years, s) }
        }
        return nil
    }

    /// In a story counting the years since an earlier event, and telling no attack of its own, all its attack clauses
    /// re-dated as recalled attacks (`mentions`, in text order) and those of them that were its attack clauses
    /// (`recalled`); nil for any other story.
    ///
    /// - A day written without a year that falls in the month before publication ("Just eight days before Tower 22, on
    ///   Jan. 20", "On Oct. 18, one-way attack drones struck al-Tanf") is in the year the story counts back to: the
    ///   story tells nothing of its last weeks.
    /// - The story tells an attack of its own when a clause still has a recent day (not one of telling, not one right
    ///   next to the count of years: "On Tuesday, a year to the day after they were killed, the unit will gather"):
    ///   "Deux drones ... ont été abattus lundi", two years after Soleimani, is news.
    /// - An echo (a clause with no day of its own, or only the day it was told) at a site some dated clause tells is
    ///   that attack: its figures, weapons and claim join it. At another site it takes the day the years count back to
    ///   when the headline or lead tells it (the event the story names), else the last date written with its year
    ///   before it in its paragraph ("Ende Januar 2024. Eine Drohne traf den ... Stützpunkt Tower 22").
    func lookingBack(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame])
        -> (mentions: [ArticleFrame], recalled: [ArticleFrame])? {
        guard let published, !isDocumentOfItsOwn(), !(attackFrames + mentionFrames).isEmpty, let counted = storyCountsYears()
        else { return nil }
        let anniversary = IncidentAssembler.day(published, yearsBefore: counted.years)
        let tokens = text.tokens
        func writesYear(_ d: DateMention) -> Bool {
            d.tokens.contains { tokens[$0].kind == .number && (tokens[$0].value ?? 0) >= 1900 }
        }
        func recent(_ d: DateMention, days: Int = FrameBuilder.recentDays) -> Bool {
            guard let day = d.day, d.precision == .day || d.precision == .week else { return false }
            let age = published.ordinal - day.ordinal
            return age >= -1 && age <= days
        }
        // A written day in the month before publication, with no year: the year counted back to.
        func shifted(_ f: ArticleFrame) -> ArticleFrame {
            var copy = f
            for i in copy.dates.indices {
                let d = copy.dates[i]
                guard !d.isRelative, !d.isTelling, d.precision == .day, recent(d, days: 31), !writesYear(d), let day = d.day
                else { continue }
                copy.dates[i].day = IncidentAssembler.day(day, yearsBefore: counted.years)
            }
            return copy
        }
        let told = attackFrames.map(shifted)
        // "On Tuesday, a year to the day after they were killed": a day told right next to a count of years dates the
        // remembrance.
        func datesRemembrance(_ d: DateMention, in f: ArticleFrame) -> Bool {
            guard let phrase = yearsCounted(in: sentences[f.sentence])?.tokens else { return false }
            return (0...2).contains(phrase.lowerBound - d.tokens.upperBound) || (0...2).contains(d.tokens.lowerBound - phrase.upperBound)
        }
        // "Its parties sit in government today, while its armed wings resumed the attacks on US troops": a recent day in
        // a clause that tells no site, weapon or toll of an attack dates something else, not news of the story's own.
        func tellsAnAttack(_ f: ArticleFrame) -> Bool {
            !f.places.isEmpty || f.writtenPlace != nil || f.writtenTown != nil || !f.weapons.isEmpty
                || f.casualties.contains { $0.party == .us }
        }
        // "Un año después del ataque a la Torre 22, las familias de los soldados muertos en el ataque ... reclamaron este
        // martes": a recent day in a clause at no site but the one the years are counted from (the event remembered)
        // is a day of the remembrance.
        // Only the sites told after the count ("a year after the attack on Tower 22"), not news told before it ("Drones
        // downed near Baghdad airport, two years after Soleimani's killing").
        let countSentence = sentences[counted.sentence]
        let afterCount = (yearsCounted(in: countSentence)?.tokens.upperBound ?? countSentence.upperBound)..<countSentence.upperBound
        let remembered = Set((places?.matches(in: afterCount, tokens: tokens) ?? []).map(\.base.name))
        func atRememberedSite(_ f: ArticleFrame) -> Bool {
            !f.places.isEmpty && f.places.allSatisfy { remembered.contains($0.base.name) }
        }
        let news = told.contains { f in
            tellsAnAttack(f) && !atRememberedSite(f) && f.dates.contains { !$0.isTelling && recent($0) && !datesRemembrance($0, in: f) }
        }
        guard !news else { return nil }
        // Every clause, in text order; the echoes are re-dated or joined in turn. A clause at the remembered site keeps no
        // day of the remembrance: it is an echo of the event.
        var all = (mentionFrames.map(shifted) + told).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for i in all.indices where atRememberedSite(all[i]) {
            all[i].dates.removeAll { !$0.isTelling && recent($0) }
        }
        // "Faz hoje quatro anos que o Irão disparou mísseis balísticos contra duas bases": a clause dated only by the
        // remembrance tells the event remembered, on the day the years count back to.
        for i in all.indices where !all[i].dates.isEmpty && all[i].dates.allSatisfy({ recent($0) && datesRemembrance($0, in: all[i]) }) {
            let phrase = yearsCounted(in: sentences[all[i].sentence])?.tokens ?? all[i].dates[0].tokens
            all[i].dates = [DateMention(day: anniversary, precision: .day, uncertain: true, isRelative: false,
                                        tokens: phrase, span: text.span(phrase))]
        }
        func ownDate(_ f: ArticleFrame) -> Bool { f.dates.contains { !$0.isTelling && $0.day != nil } }
        func sites(_ f: ArticleFrame) -> Set<String> { Set(f.places.map(\.base.name)) }
        var joined = Set<Int>()
        func join(_ e: Int, to m: Int) {
            all[m].casualties += all[e].casualties
            if all[m].weapons.isEmpty { all[m].weapons = all[e].weapons }
            if all[m].claim == nil, let claim = all[e].claim {
                all[m].claim = claim
                all[m].claimGroup = all[e].claimGroup
                all[m].writtenClaimant = all[e].writtenClaimant
            }
            joined.insert(e)
        }
        for e in all.indices where !ownDate(all[e]) && !sites(all[e]).isEmpty {
            if let m = all.indices.first(where: { m in
                m != e && !joined.contains(m) && ownDate(all[m]) && !sites(all[m]).isDisjoint(with: sites(all[e]))
            }) {
                join(e, to: m)
                continue
            }
            let echo = all[e]
            if echo.sentence <= counted.sentence || echo.sentence <= (leadSentence() ?? 0) {
                let phrase = yearsCounted(in: sentences[counted.sentence])?.tokens ?? sentences[counted.sentence]
                all[e].dates = [DateMention(day: anniversary, precision: .day, uncertain: true, isRelative: false,
                                            tokens: phrase, span: text.span(phrase))]
            } else if let written = DateFinder.find(in: text.paragraphStart(of: echo.tokens.lowerBound)..<echo.tokens.lowerBound,
                                                    tokens: tokens, published: published)
                .last(where: { !$0.isRelative && $0.day != nil && writesYear($0) }) {
                all[e].dates = [written]
            }
        }
        // "Os militares em Ain al-Assad tinham sido avisados ... Semanas depois, o Pentágono admitiu que 110 militares
        // tinham sido diagnosticados": a toll with no site or day of its own is the event at the one site its
        // paragraph named before it ("More than 20 U.S. troops were hurt across the two bases" is no one site's).
        for e in all.indices where !joined.contains(e) && !ownDate(all[e]) && sites(all[e]).isEmpty
            && all[e].writtenPlace == nil && all[e].casualties.contains(where: { $0.party == .us })
            && !all[e].tokens.contains(where: { ["across", "both", "bases", "sites"].contains(tokens[$0].text) }) {
            let start = text.paragraphStart(of: all[e].tokens.lowerBound)
            let named = Set((places?.matches(in: start..<all[e].tokens.lowerBound, tokens: tokens) ?? []).map(\.base.name))
            guard named.count == 1, let site = named.first,
                  let m = all.indices.first(where: { m in m != e && !joined.contains(m) && ownDate(all[m]) && sites(all[m]).contains(site) })
            else { continue }
            join(e, to: m)
        }
        all = all.indices.filter { !joined.contains($0) }.map { all[$0] }
        let recalled = all.filter { f in told.contains { $0.tokens == f.tokens } }
        return (all, recalled)
    }

    /// The same day `years` years before (Feb 29 falls on Feb 28).
    static func day(_ day: CalendarDay, yearsBefore years: Int) -> CalendarDay {
        let year = day.year - years
        return CalendarDay(year: year, month: day.month, day: min(day.day, CalendarDay.daysIn(month: day.month, year: year))) ?? day
    }
}
