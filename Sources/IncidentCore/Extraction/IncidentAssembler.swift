/// Turns an article's frames into incidents: the attacks it reports (one per site), the US strike
/// that answered them, and earlier events mentioned in passing.
struct IncidentAssembler {
    let text: ScannedText
    let sentences: [Range<Int>]
    let published: CalendarDay?
    let title: String
    /// The publication date was taken from the dateline: relative days resolved against it are inferred.
    var publishedFromDateline = false
    /// The bases each sentence names, whether or not it tells an event ("At-Tanf Garrison sits within ...").
    var basesBySentence: [[Base]] = []
    /// The group whose claim statement this article is.
    var statementClaimant: GroupMatch?
    /// Outcome and US confirmation told in sentences that are not about a US strike ("A US defense
    /// official said the drone was intercepted"): they hold for the article's attacks.
    private var articleOutcome: OutcomeFinder.Found?
    private var articleConfirmation: TextSpan?
    /// The one kind of missile the article names ("ballistic missiles ... the missiles hit Erbil").
    var articleMissile: WeaponMention?
    /// A claim of every attack the article tells ("claimed both attacks", "claimed responsibility for both").
    private var claimOfAll: ArticleFrame?
    /// Clauses naming no site that count the weapons fired (`+WeaponsToldBefore`).
    private(set) var weaponLeads: [ArticleFrame] = []
    /// Claims told in background with a day of their own (`+ClaimOfTheDay`).
    private(set) var datedClaims: [ArticleFrame] = []
    /// Claims of the story's day that name several sites (`+ClaimOfNamedSites`).
    private(set) var siteClaims: [(frame: ArticleFrame, sites: Set<String>)] = []
    /// The gazetteer matcher, to tell which of an area's bases the article names by its kind ("the US embassy").
    var places: PlaceMatcher?
    /// The days a roundup's lead counts attacks over (`+Roundup`); nil for other stories.
    private(set) var roundup: ClosedRange<Int>?
    /// The town the story's attack was launched from ("rockets were launched from the town of Zummar"), with its country.
    private(set) var launchSite: (span: TextSpan, country: String?)?

    init(text: ScannedText, sentences: [Range<Int>], published: CalendarDay?, title: String) {
        self.text = text
        self.sentences = sentences
        self.published = published
        self.title = title
    }

    /// Collects the frames of one attack (one site).
    private struct AttackDraft {
        var base: Base?
        var frames: [ArticleFrame] = []
        /// Frames whose casualties belong to this site (a frame naming two sites counts for the first).
        var casualtyFrames: [ArticleFrame] = []
        /// The day of the list line or tracker entry that told it ("- January 6: ... a second drone attack
        /// on US forces at Shaddadi"): the same site on another day is another attack.
        var entryDay: DateMention?
        /// The site as written when the gazetteer knows none ("al-yusufiyah"): a second written site is a second attack.
        var written: String?
        /// The calendar day the site's clauses wrote out (`+SiteOnAnotherDay`): another day at the site is another attack.
        var writtenDay: CalendarDay?
    }

    mutating func assemble(_ frames: [ArticleFrame]) -> [ExtractedIncident] {
        // "Second: ... our mujahideen targeted another convoy of the occupation": a statement's operation lines (`+NumberedOperations`).
        let frames = promotingNumberedOperations(frames)
        let strikeSentences = Set(frames.filter { $0.role == .strike }.map(\.sentence))
        let storySentences = sentences.indices.filter { !strikeSentences.contains($0) }.map { sentences[$0] }
        let outcomes = storySentences.flatMap { OutcomeFinder.find(in: $0, tokens: text.tokens) }
        if let strongest = AttackOutcome.strongest(outcomes.map(\.outcome)) {
            articleOutcome = outcomes.first { $0.outcome == strongest }
        }
        let tokens = text.tokens
        articleConfirmation = storySentences.lazy.compactMap { ConfirmationFinder.find(in: $0, tokens: tokens) }.first
        let missiles = frames.filter { $0.role != .strike }.flatMap(\.weapons)
            .filter { $0.weapon == .ballisticMissile || $0.weapon == .cruiseMissile }
        if Set(missiles.map(\.weapon)).count == 1 { articleMissile = missiles.first }
        weaponLeads = frames.filter { $0.role != .strike && $0.places.isEmpty && !$0.isBackground && countsWeapons($0) }
        claimOfAll = frames.first { f in
            f.role != .strike && f.places.isEmpty && f.claim != nil && f.claimGroup != nil
                && (f.tokens.contains { ["both", "all", "either"].contains(tokens[$0].text) }
                    // "claimed two drone attacks on US positions in Syria", then the two told one by one.
                    || f.claim.map { c in c.tokens.contains { k in (NumberReader.number(at: k, in: tokens, limit: c.tokens.upperBound)?.0 ?? 0) >= 2 } } ?? false)
        }
        roundup = roundupDays() ?? seriesLeadDays() ?? titlePeriodDays() ?? countedSpanDays(frames) ?? consecutiveDaysOfTheLead()
        datedClaims = claimsDatedToAttacks(frames)
        siteClaims = claimsNamingSites(frames)
        launchSite = launchSiteTold(in: frames)
        var incidents = assembleFrames(frames)
        // One recalled event told several times is one mention (`+SameEvent`, `+SitelessMention`, `+TwinMentions`).
        incidents = mergingTwinMentions(foldingSitelessMentions(foldingSameEventMentions(incidents)))
        incidents = settlingTolls(incidents, frames: frames)
        return sharingOperationClaims(incidents, frames: frames)
    }

    private func assembleFrames(_ frames: [ArticleFrame]) -> [ExtractedIncident] {
        var attackFrames = frames.filter {
            $0.role == .attack && (!$0.isBackground || isRoundupEntry($0)) && !isRunOfAttacksOnSeveralSites($0)
                && !countsAttacksSince($0, in: frames) && !isHabitOfAttacks($0) && !isOutsideTheatre($0)
                && !claimsAttackToldBefore($0, frames: frames, recalledOnly: true)
                && !tellsOnlyARunOfAttacks($0)
        }.map(withoutTallyTargets)
        var mentionFrames = frames.filter { $0.role == .attack && $0.isBackground && !isRoundupEntry($0) && !isOutsideTheatre($0)
            && !claimsAttackToldBefore($0, frames: frames) }
        var strikeFrames = frames.filter {
            $0.role == .strike && !$0.isBackground && !isRecalledUndatedStrike($0) && !pointsBackAtRecalledStrikes($0, frames: frames)
        }
        // A story that looks back (`+YearsSince`) recalls its strikes too (`+StrikesLookedBack`).
        let looksBack = lookingBack(attackFrames: attackFrames, mentionFrames: mentionFrames) != nil
        // Which attack clauses tell earlier events (mentions), in one step (`+EarlierEvents`).
        let recalled = separateEarlierEvents(attackFrames: &attackFrames, mentionFrames: &mentionFrames,
                                             strikeFrames: &strikeFrames, toldFrames: frames.filter { $0.role != .strike })
        // "The United States will not stand for attacks on our forces": talk of attacks in a strike story (`+BareAttackTalk`).
        if leavesOnlyAttackTalk(attackFrames: attackFrames, mentionFrames: mentionFrames, strikeFrames: strikeFrames) {
            attackFrames = []
        }
        // "... the July 1 drone attack on al-Tanf. A group calling itself Ashab al-Kahf claimed that attack.":
        // a claim that belongs to an earlier event is no aside of the story's own attack.
        // "A little-known group ... claimed responsibility for that attack": a claim whose only attack is the one it
        // claims tells no attack of its own, and may be a recalled attack's claim too.
        let allAsides = frames.filter { $0.role == .orphan || isClaimOfToldAttack($0) }
        var asides = frames.filter { a in
            a.role == .orphan && !a.isBackground
                && !mentionFrames.contains { $0.claim == nil && laterClaim(of: $0, asides: [a], told: mentionFrames) != nil }
        }
        // "... a day after a drone attack targeted the airport in Erbil. No one was hurt in that attack": an aside
        // that points back at the mention told just before it gives that mention its figures.
        for (aside, m) in IncidentAssembler.mentionContinuations(clauses: asides, mentionFrames: mentionFrames,
                                                                 tokens: text.tokens) where !aside.casualties.isEmpty {
            asides.removeAll { $0.tokens == aside.tokens }
            mentionFrames[m].casualties += aside.casualties
        }
        // "... and another fell close to the US embassy. Neither caused injuries.": a zero told right after earlier
        // events is theirs, every one of them, not the story's (`+ZeroOfToldEvents`).
        // "... missiles at Ain al-Asad in January 2020. No one was killed, but more than 100 were later diagnosed with
        // traumatic brain injuries": the toll told right after one earlier event is its (`+ZeroOfToldEvents`).
        // A story about something else recalls even its toll-only clauses as mentions: those are candidates too.
        let tollCandidates = asides + (attackFrames + mentionFrames).filter { !$0.namesPlaceOrEventDay }
        for (toll, m) in tollsOfToldMention(candidates: tollCandidates, attackFrames: attackFrames, mentionFrames: mentionFrames) {
            // Every figure of the clause is the earlier event's: "... and an Iraqi soldier was wounded" too.
            mentionFrames[m].casualties += toll.casualties
            strippingUSFigures(of: toll, from: &asides, &attackFrames, &mentionFrames, othersToo: true)
        }
        var mentionZeros: [Int: [CasualtyMention]] = [:]
        for (zero, told) in zerosOfToldMentions(candidates: asides + (attackFrames + mentionFrames).filter(\.places.isEmpty),
                                                attackFrames: attackFrames, mentionFrames: mentionFrames) {
            let zeros = zero.casualties.filter { $0.party == .us }
            for m in told { mentionZeros[mentionFrames[m].tokens.lowerBound, default: []] += zeros }
            strippingUSFigures(of: zero, from: &asides, &attackFrames, &mentionFrames)
        }

        var drafts: [AttackDraft] = []
        func draftIndex(for base: Base?, entryDay: DateMention? = nil, written: String? = nil) -> Int {
            if let i = drafts.firstIndex(where: { d in
                d.base?.name == base?.name && (entryDay == nil || d.entryDay == nil || d.entryDay?.day == entryDay?.day)
                    && (written == nil || d.written == written)
            }) {
                if drafts[i].entryDay == nil { drafts[i].entryDay = entryDay }
                return i
            }
            drafts.append(AttackDraft(base: base, entryDay: entryDay, written: written))
            return drafts.count - 1
        }
        let primaryBase = attackFrames.lazy.compactMap { $0.places.first?.base }.first
        // "November 17 — Ayn al-Asad ... November 21 — Ayn al-Asad": a tracker's entries on other days at the
        // same base are other attacks.
        let entryDays = trackerEntryDays(attackFrames)
        let kindNamed = sitesNamedByKind(attackFrames)
        // "U.S. forces at Al Asad Air Base engaged drones. Four U.S. personnel sustained minor injuries.": a
        // clause without a site continues the site told in the sentence before it.
        var lastBase: (base: Base, sentence: Int)?
        var lastBaseDraft: Int?
        var countedSentences: Set<Int> = []
        var entryBase: (base: Base, entry: Int)?
        var lastWritten: (draft: Int, sentence: Int)?
        for frame in attackFrames {
            var bases: [Base] = []
            for p in frame.places where !bases.contains(where: { $0.name == p.base.name }) { bases.append(p.base) }
            if bases.count == 1, let entry = frame.entryStart { entryBase = (bases[0], entry) }
            if bases.isEmpty {
                // "November 10 — al-Tanf Garrison. Two drones. No U.S. casualties. Claimed by the IRI.": every
                // sentence of a tracker entry tells the entry's site.
                let inEntry = entryBase.flatMap { e in frame.entryStart == e.entry ? e.base : nil }
                // "Third: ... our mujahideen blew up a logistic convoy": a statement's operation line continues no site
                // of another line (`+NumberedOperations`).
                let ownLine = opensNumberedOperation(frame) && lastBase.map { $0.sentence != frame.sentence } ?? true
                let continued = ownLine ? nil : inEntry ?? siteOfParagraphHeading(frame, frames: frames) ?? lastBase.flatMap { continuesSite(told: $0.sentence, frame: frame, frames: attackFrames) ? $0.base : nil }
                // "A embaixada dos Estados Unidos em Bagdá foi alvo": a site named by its kind (`+SiteNamedByKind`).
                let byKind = siteNamedByKind(frame, joining: continued ?? primaryBase, kindNamed: kindNamed)
                let target = ownLine ? nil : siteOfNamedCountry(frame, target: byKind?.base ?? continued ?? primaryBase,
                                                                attackFrames: attackFrames)
                let entryDay = inEntry != nil ? frame.entryStart.flatMap { entryDays[$0] } : nil
                // "drones targeted two separate bases housing U.S. forces in northeastern Syria": one attack per base
                // counted, none of them a site named (`+CountedSites`).
                if let count = unnamedSitesCounted(frame, attackFrames: attackFrames) {
                    countedSentences.insert(frame.sentence)
                    for n in 0..<count {
                        let i = draftIndex(for: nil, written: "#\(frame.sentence)-\(n)")
                        drafts[i].frames.append(frame)
                        drafts[i].casualtyFrames.append(frame)
                    }
                    continue
                }
                // "First: ... a convoy near al-Yusufiyah ... Second: ... another convoy near al-Diwaniyah": an attack at a
                // place only written, other than the site it would join, is an attack of its own (`+WrittenSite`).
                let i: Int
                if let written = writtenSite(of: frame, joining: target, drafts: drafts.map { ($0.base, $0.written, $0.frames) }) {
                    if let unkeyed = written.joins {
                        i = unkeyed
                        drafts[i].written = written.key
                    } else {
                        i = draftIndex(for: nil, entryDay: entryDay, written: written.key)
                    }
                    lastWritten = (i, frame.sentence)
                } else if !ownLine, inEntry == nil,
                          let w = continuedWrittenSite(lastWritten, lastBase: lastBase?.sentence, frame: frame, frames: attackFrames) {
                    i = w
                } else if ownLine {
                    i = draftIndex(for: nil, written: "#line-\(frame.sentence)")
                } else if let told = lastBase, let draft = lastBaseDraft, continued?.name == told.base.name,
                          target?.name == told.base.name, drafts[draft].base?.name == told.base.name {
                    // "Explosions were heard at al-Tanf on Friday ... A US defence official said nobody was hurt": the
                    // site's attack of the day just told, not its first attack of another day (`+SiteOnAnotherDay`).
                    i = draft
                } else {
                    i = draftIndex(for: target, entryDay: entryDay)
                }
                var frame = frame
                if let match = byKind?.match, target?.name == match.base.name { frame.places = [match] }
                drafts[i].frames.append(frame)
                // "... near US embassy. At least two rockets have struck Baghdad's Green Zone ... The rockets landed on
                // Monday evening ... Sirens could be heard from the embassy": each clause goes on with the site named by
                // its kind.
                if let site = target, byKind?.base.name == site.name || (continued?.name == site.name && kindNamed.values.contains { $0.name == site.name }) {
                    lastBase = (site, frame.sentence)
                    lastBaseDraft = i
                }
                var figures = frame
                figures.casualties = usCasualtiesForAnySite(frame)
                drafts[i].casualtyFrames.append(figures)
            } else {
                if bases.count == 1 { lastBase = (bases[0], frame.sentence) } else { lastBase = nil }
                let entryDay = listEntryDay(frame) ?? frame.entryStart.flatMap { entryDays[$0] }
                for base in bases {
                    var i = draftIndex(for: base, entryDay: entryDay)
                    // "On May 4, a rocket ... Ain al-Asad. ... On May 8, a small UAS struck a hangar at Ain al-Asad": a
                    // site's own clause with another calendar day opens another attack there (`+SiteOnAnotherDay`).
                    if bases.count == 1, entryDay == nil, let day = writtenDay(of: frame) {
                        if let same = drafts.firstIndex(where: { $0.base?.name == base.name && $0.writtenDay == day }) {
                            i = same
                        } else if drafts[i].writtenDay == nil {
                            drafts[i].writtenDay = day
                        } else {
                            drafts.append(AttackDraft(base: base, writtenDay: day))
                            i = drafts.count - 1
                        }
                    }
                    drafts[i].frames.append(frame)
                    drafts[i].casualtyFrames.append(bases.count > 1 ? siteCasualties(frame, base: base) : frame)
                    lastBaseDraft = bases.count == 1 ? i : nil
                }
            }
        }

        // A headline naming no site tells the lead's attack, not the first base named (`+HeadlineOfTheLead`).
        if let move = headlineOfTheLead(drafts: drafts.map(\.frames), attackFrames: attackFrames) {
            for i in move.others {
                drafts[i].frames.removeAll { $0.tokens == move.headline.tokens }
                drafts[i].casualtyFrames.removeAll { $0.tokens == move.headline.tokens }
            }
            drafts[move.lead].frames.insert(move.headline, at: 0)
            var figures = move.headline
            figures.casualties = usCasualtiesForAnySite(move.headline)
            drafts[move.lead].casualtyFrames.insert(figures, at: 0)
            drafts.removeAll { $0.frames.isEmpty }
        }

        // "... an explosive device had damaged a truck on the Diwaniyah road and that nobody was hurt": an aside naming
        // the town of one attack placed only by its town tells more of it (`+NumberedOperations`).
        let towns = drafts.map { d in d.base == nil ? Set(d.frames.flatMap(placeKeys)) : [] }
        for aside in asides {
            guard let i = attackOfItsTown(aside, towns: towns) ?? draftPointedAtByClaim(aside, drafts: drafts.map(\.frames))
            else { continue }
            drafts[i].frames.append(aside)
            drafts[i].casualtyFrames.append(aside)
            asides.removeAll { $0.tokens == aside.tokens }
        }

        // "21 troops were hurt when drones struck two bases. Twenty were hurt at al-Tanf and one at Ain
        // al-Asad": a figure told for several bases at once is their sum, not the first site's.
        if drafts.count > 1 {
            let acrossBases = Set(aboutSeveralSites(attackFrames).map(\.sentence))
            for i in drafts.indices {
                for c in drafts[i].casualtyFrames.indices where acrossBases.contains(drafts[i].casualtyFrames[c].sentence) {
                    drafts[i].casualtyFrames[c].casualties.removeAll { $0.party == .us && ($0.figure.count ?? 0) > 0 }
                }
            }
        }

        // "None of the attacks caused injuries", "No injuries at either base": a zero told without a site
        // holds for every site of the article that has no figure of its own.
        let zeroFrames = (attackFrames.filter(\.places.isEmpty) + asides).filter { !tellsZeroOfNoAttack($0) }.compactMap { frame -> ArticleFrame? in
            var f = frame
            f.casualties = frame.casualties.filter { $0.party == .us && $0.figure.count == 0 }
            return f.casualties.isEmpty ? nil : f
        }
        // "Earlier on Friday, drones targeted Ain al-Asad and al-Harir. \"There were no injuries\" in those two attacks, the
        // official said, adding that air defenses engaged the drones at Harir": a zero told before its clause names a
        // site holds for every site of the sentence before (`+ZeroOfToldEvents`).
        let zeroOfSitesBefore = zerosOfSitesToldBefore(attackFrames)
        for i in drafts.indices {
            let own = drafts[i].casualtyFrames.flatMap(\.casualties).contains { $0.party == .us }
            if !own, let z = zeroOfSitesBefore.first(where: { z in drafts[i].frames.contains { z.sentences.contains($0.sentence) && !$0.places.isEmpty } }) {
                drafts[i].casualtyFrames.append(z.frame)
                continue
            }
            // A zero told before a site is named ("There were no injuries. In a separate incident, a drone
            // targeted Rumalyn") is about the sites before it, not this one.
            let firstSentence = drafts[i].frames.map(\.sentence).min() ?? 0
            if !own {
                drafts[i].casualtyFrames += zeroFrames.filter {
                    ($0.sentence >= firstSentence || $0.sentence == 0) && zeroReaches($0, siteFrames: drafts[i].frames)
                }
            }
        }

        // "when drones struck two bases on Wednesday": the weapon and day hold for each of them.
        if drafts.count > 1 {
            for i in drafts.indices.dropFirst() {
                for var f in aboutSeveralSites(attackFrames) where !drafts[i].frames.contains(where: { $0.sentence == f.sentence })
                    && !countedSentences.contains(f.sentence) {
                    f.casualties.removeAll { $0.party == .us && ($0.figure.count ?? 0) > 0 }
                    drafts[i].frames.append(f)
                }
            }
        }

        // "Last Monday, a barrage of rockets hit the city of Erbil ... The state department said it was outraged by the
        // Erbil attack": a later site's clauses with no day of their own point back at the earlier event (`+SiteNamedByKind`).
        drafts = drafts.enumerated().filter { n, d in
            n == 0 || !(d.base.map { pointsBackAtMention(d.frames, base: $0, mentionFrames: mentionFrames) } ?? false)
        }.map(\.element)

        let primaryDate = attackFrames.lazy.compactMap(\.dates.first).first
            ?? asides.lazy.compactMap(\.dates.first).first
        let strikeDate = strikeFrames.lazy.compactMap(\.dates.first).first
        let attribution = attributionFacts(frames: attackFrames + strikeFrames + asides, attackFrames: attackFrames)

        let storyAsides = asidesOfStoryDay(asides, storyDay: primaryDate, told: frames)
        var incidents: [ExtractedIncident] = []
        for (n, draft) in drafts.enumerated() {
            let isPrimary = n == 0
            let extra = isPrimary ? storyAsides : []
            guard var incident = attack(draft, primaryDate: dayOfTheParagraph(before: draft.frames, told: attackFrames) ?? primaryDate,
                                        asides: extra, openingDay: dayToldJustBefore(draft.frames, asides: asides),
                                        militiaToStrike: !strikeFrames.isEmpty, attribution: attribution,
                                        soleSite: drafts.count == 1) else { continue }
            if isPrimary, let strike = strikeFrames.first,
               strikeDate?.day == nil || incident.date.day == nil || strikeDate!.day! >= incident.date.day! {
                let clause = text.span(strike.tokens)
                let response = SummaryText.trimmed(text.text(clause))
                incident.usResponse = response
                incident.facts.append(Fact(field: "us_response", value: response, span: clause))
            }
            incidents.append(incident)
        }
        // One US strike per day and country: "strikes in Syria on Sunday ... on Tuesday, strikes in Iraq".
        let attack = incidents.first
        var groups = splittingSequencedTargets(joiningHeadlineStrike(
            strikeGroups(datingQuickReplies(strikeFrames, told: frames), attackDay: attack?.date.day)))
        // "toll from US airstrikes rises to 25 on Monday": a count of the strikes' dead is no strike (`+CountedStrikes`).
        groups = foldingCountedStrikes(groups)
        // "Ryder said the strikes were conducted on Friday and were a response to recent attacks": a clause
        // read for the attacks, naming no site, that dates "the strikes" dates an undated strike.
        if groups.count == 1, groups[0].allSatisfy(\.dates.isEmpty),
           let told = frames.first(where: { f in
               f.role == .attack && f.places.isEmpty && f.dates.first?.precision == .day
                   && f.tokens.contains { k in text.tokens[k].text == "strikes" && k > f.tokens.lowerBound && text.tokens[k - 1].text == "the" }
           }) {
            groups[0][0].dates = [told.dates[0]]
        }
        for (n, group) in groups.enumerated() {
            // "At least five rockets were launched late on Sunday ... toward a U.S. base at Rumalyn. ... A US aircraft
            // destroyed a second launcher": an undated strike answers the story's attack told last before it.
            // Not the day someone spoke of it ("a U.S. defense official said Monday").
            let nearDate = attackFrames.last { f in
                f.sentence <= group[0].sentence && f.dates.first.map { $0.precision == .day && !$0.isTelling } ?? false
            }?.dates.first
            let told = strike(group, asides: n == 0 ? asides : [], attack: attack, nearDate: nearDate,
                              launchedFrom: IncidentAssembler.launchCountry(of: attackFrames))
            let byTown = strikesByTownCountry(told, group: group)
            Self.addingStrikes(byTown.count == 1 ? byTown + strikesInOtherCountries(told, group: group) : byTown, to: &incidents)
        }
        // "It comes after a U.S. strike on Sept. 1 near al-Qaim": an earlier US strike told with its own
        // calendar day is a US strike of its own.
        let earlierStrikes = frames.filter { f in
            f.role == .strike && f.isBackground
                && f.dates.first.map { ($0.precision == .day && !$0.isRelative) || isDatedRunOfStrikes(f) } ?? false
                && !(looksBack && !strikeTellsRecentDay(f)) && !isLongPast(f)
        }
        for var group in strikeGroups(earlierStrikes) {
            // "The rocket attack came a week after U.S. forces struck a site near Musayyib ... That strike, on July
            // 30, killed ...": a day told of the strike just recalled dates it, and that clause tells where it hit.
            if pointsBackAtStrikes(group[0]),
               let recalled = frames.last(where: { $0.role == .strike && $0.sentence == group[0].sentence - 1 && isRecalledUndatedStrike($0) }) {
                var dated = recalled
                dated.dates = group[0].dates
                group.insert(dated, at: 0)
            }
            let strike = strike(group, asides: [], attack: nil)
            guard strike.country != nil,
                  !incidents.contains(where: { $0.kind == .usStrike && $0.date == strike.date && $0.country == strike.country })
            else { continue }
            let byTown = strikesByTownCountry(strike, group: group)
            Self.addingStrikes(byTown.count == 1 ? byTown + strikesInOtherCountries(strike, group: group) : byTown, to: &incidents)
        }
        // The story's own site, when its attack was told at one ("the same base" of an earlier event).
        let storySites = Set(attackFrames.flatMap { $0.places.map(\.base.name) })
        let storySite = storySites.count == 1 ? attackFrames.lazy.compactMap { $0.places.first?.base }.first : nil
        incidents += mentions(mentionFrames, asides: allAsides, recalled: recalled, laterZeros: mentionZeros,
                              siteBefore: { siteToldBefore($0, frames: frames, storySite: storySite) })
        givingFigures(of: asides.filter { a in !storyAsides.contains { $0.tokens == a.tokens } }, toMentionsIn: &incidents)
        incidents = recallingAttacksAnsweredInLead(incidents, frames: frames)
        // "Long-range B-1 bombers ... dropped more than 125 precision munitions": the strikes' aircraft (`+AircraftOfStrikes`).
        incidents = givingAircraftOfStrikes(incidents, frames: frames)
        // "In Iraq, the strikes hit ... near al-Qaim. In Syria, the two targets were near Boukamal" (`+StrikeTownByCountry`).
        incidents = placingStrikesByCountrySentences(incidents)
        return withoutStrikesRecalled(incidents)
    }

    /// Frames naming no site that speak of several ("drones struck two bases", "attacks on US forces").
    func aboutSeveralSites(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        return frames.filter { f in
            f.places.isEmpty && f.tokens.contains { ["bases", "sites", "attacks"].contains(tokens[$0].text) }
        }
    }

    // MARK: Attacks

    private func attack(_ draft: AttackDraft, primaryDate: DateMention?, asides: [ArticleFrame], openingDay: DateMention?,
                        militiaToStrike: Bool, attribution: (String?, [Fact]), soleSite: Bool) -> ExtractedIncident? {
        var facts: [Fact] = []
        var incident = ExtractedIncident(kind: .attack, date: .unknown)
        // "last week's drone attack ... The attack took place on October 18": the day beats the week.
        // "The Army on Tuesday identified the soldiers ... They died in the attack early Sunday": the
        // attack's day beats the day of the telling.
        // "Iran Update, January 7, 2024 — Attacks on US forces" above "- January 5: ... at Harir": a clause about
        // attacks at several sites dates none of them when the site's own clauses give a date.
        let several = Set(aboutSeveralSites(draft.frames).map(\.sentence))
        let ownDates = draft.frames.filter { !several.contains($0.sentence) }.compactMap(\.dates.first)
        var frameDates = ownDates.isEmpty ? draft.frames.compactMap(\.dates.first) : ownDates
        if frameDates.first?.isTelling == true, let i = frameDates.firstIndex(where: { !$0.isTelling && $0.precision == .day }) {
            frameDates.insert(frameDates.remove(at: i), at: 0)
        } else if frameDates.first?.isTelling == true, let own = openingDay {
            // "At least 14 rockets were fired at around 9:30 pm on Monday. Three struck Erbil International Airport ...
            // Early on Tuesday, Marotto said ...": the day of the sentence that opened the attack beats the telling's.
            frameDates.insert(own, at: 0)
        } else if frameDates.first?.isTelling == true, let shared = draft.frames.lazy.filter({ several.contains($0.sentence) })
                    .compactMap({ $0.dates.first { !$0.isTelling && $0.precision == .day } }).first {
            // "L'Iran a tiré dans la nuit de mardi à mercredi ... sur deux bases ... Mercredi, dans une allocution, il a
            // assuré": the day the clause about both sites gives beats the day of a telling (round 21, av03).
            frameDates.insert(shared, at: 0)
        } else if frameDates.first?.isTelling == true, let told = draft.frames.first(where: { !$0.dates.isEmpty })?.sentence,
                  let own = asides.first(where: { (told + 1...told + 2).contains($0.sentence) && !$0.isBackground })?
                      .dates.first(where: { !$0.isTelling && $0.precision == .day }) {
            // "... named the soldiers. They died in the attack late Wednesday": the next sentences, which
            // name no site, can still give the attack's own day.
            frameDates.insert(own, at: 0)
        }
        // "Iran launched missiles at U.S. forces on Tuesday ... The missiles were fired at around 6 p.m. ET and struck
        // Ain al-Asad": the day a clock time moved to the target beats the day told from Washington, a day apart.
        if let first = frameDates.first, !first.shifted, let day = first.day,
           let i = frameDates.firstIndex(where: { d in d.shifted && d.day.map { abs($0.ordinal - day.ordinal) == 1 } == true }) {
            frameDates.insert(frameDates.remove(at: i), at: 0)
        }
        let coarse = frameDates.first.map { $0.precision == .week || $0.precision == .month } ?? false
        var dateMention = (coarse ? frameDates.first { $0.precision == .day } : nil)
            ?? frameDates.first ?? primaryDate
        if let named = namedDay(over: dateMention, frames: draft.frames) { dateMention = named }
        // "a drone at al-Tanf on Sunday, and on Monday two rockets at Ain al-Asad": in a sentence naming
        // several sites, the date of the site's own clause.
        if let base = draft.base, let own = clauseDate(of: base, in: draft.frames) { dateMention = own }
        // A list line's own day beats a date told above the list ("Iran Update, January 7, 2024 — Attacks ...").
        if let entryDay = draft.entryDay { dateMention = entryDay }
        applyDate(dateMention, to: &incident, facts: &facts)
        // "An IED struck a convoy in Dhi Qar ... The source said the device exploded as the convoy passed near al-Batha
        // district": a site-less attack's own aside can tell the town it happened in.
        let townAsides = draft.base == nil ? asides.filter { $0.writtenTown != nil && !$0.isBackground } : []
        applyPlace(base: draft.base, frames: draft.frames + townAsides, to: &incident, facts: &facts)
        // "Drone and rocket attacks hit two US sites" (a headline without a site): its weapons only when the
        // site's own clauses name none.
        // "It was the first time a drone was used against Ain al-Asad, which has been hit by rockets many times": a
        // clause telling a run of attacks at the site lends no weapon to this one (`+RunOfAttacksWeapons`).
        // "... confirmed a drone attack on Harir and said there was no record of an attack on Tal Baydar": a site whose
        // own sentence names its weapon takes none shared out by a sentence about several sites (`+OwnSentenceWeapons`).
        let sharing = !toldWithOwnWeapon(draft.base, frames: draft.frames)
        let placed = withoutWeaponsOfRuns(draft.frames.filter { !$0.places.isEmpty }.map { siteWeapons($0, base: draft.base, sharing: sharing) })
        // "Rockets fall near Rmeilan base, drone brought down over Tal Alo": the site's clauses name a weapon of its own
        // only when one is left once the other events they tell are set aside (`+OtherEventWeapons`).
        let ownWeapons = trimmingWeaponsOfOtherEvents(placed).contains { !$0.weapons.isEmpty }
        // "Rockets targeted the US Embassy ... Three mortar shells and two Katyusha rockets were fired": with one
        // site in the article, a later clause naming none tells more of the same attack.
        let firstPlaced = placed.map(\.sentence).min() ?? 0
        let told = soleSite ? draft.frames.filter { f in
            f.places.isEmpty && f.sentence > firstPlaced && aboutSeveralSites([f]).isEmpty && countsWeapons(f)
        } : []
        // "Then a roadside bomb struck a convoy ... near Diwaniyah": a site only written takes the weapons of the clauses
        // that wrote it, not those of the lead that counted every attack (`+KnownTownSite`).
        let writtenOwn = draft.base == nil ? draft.frames.filter { f in
            draft.written != nil && siteWritten(in: f).map { Self.siteKey(text.text($0.span)) } == draft.written && !f.weapons.isEmpty
        } : []
        // "..., a day after two armed drones were shot down": no weapon of another event a clause tells (`+OtherEventWeapons`).
        let weaponFrames = ownWeapons ? placed + told : !writtenOwn.isEmpty ? writtenOwn : draft.frames.map { siteWeapons($0, base: draft.base) }
        applyWeapons(withoutWeaponsOfOtherEvents(ofItsDay(weaponFrames, incident)), to: &incident, facts: &facts)
        // "At least 14 rockets were fired on Monday. Three struck Erbil International Airport": the count told just
        // before the sentence naming the site (`+WeaponsToldBefore`).
        if incident.weapons.isEmpty {
            applyWeapons(weaponsToldBefore(draft.frames.filter { !$0.places.isEmpty }), to: &incident, facts: &facts)
        }
        // "... and the missiles hit Erbil airport": a bare "missiles" is the kind the article named before.
        if incident.weapons.isEmpty, let missile = articleMissile,
           let bare = draft.frames.lazy.compactMap(\.unqualifiedMissile).first {
            incident.weapons.insert(missile.weapon)
            facts.append(Fact(field: "weapon", value: missile.weapon.rawValue, span: bare))
            incident.confidence["weapons"] = .inferred
        }
        readingGermanRocketsAsTheMissiles(&incident, facts: &facts)

        let casualties = draft.casualtyFrames.flatMap(\.casualties)
        let usFigures = withoutPartnersCountedAgain(casualties + asides.flatMap(usCasualtiesForAnySite),
                                                    partners: casualties + asides.flatMap(\.casualties))
        applyUSFigures(usFigures, to: &incident, facts: &facts)
        var others = casualties.filter { $0.party != .us && (!militiaToStrike || $0.party != .militia) }
        others += asides.flatMap(\.casualties).filter {
            $0.party != .us && $0.party != nil && (!militiaToStrike || $0.party != .militia)
        }
        applyOthers(others, to: &incident, facts: &facts)

        // Claims: from the attack's own clauses, or an aside that claims without naming US forces.
        var claimants: [String] = []
        for f in draft.frames + asides {
            // "A group calling itself Tashkil al-Waritheen claimed responsibility": recorded as written.
            if let claim = f.claim, f.claimGroup == nil, let written = f.writtenClaimant, !claimants.contains(written.name) {
                claimants.append(written.name)
                facts.append(Fact(field: "claimed_by", value: written.name, span: TextSpan(start: min(written.span.start, claim.span.start),
                                                                                 end: max(written.span.end, claim.span.end))))
                continue
            }
            guard let claim = f.claim, let group = f.claimGroup, GroupMatcher.isActor(group.group),
                  !claimNamesOtherDays(f, than: incident.date.day),
                  !claimsEventOfSentenceBefore(f, than: incident.date.day) else { continue }
            if !claimants.contains(group.group.name) {
                claimants.append(group.group.name)
                facts.append(Fact(field: "claimed_by", value: group.group.name, span: claim.span))
            }
        }
        if claimants.isEmpty, let f = claimOfAll, claimOfAllCovers(f, draft.frames, site: draft.base),
           let claim = f.claim, let group = f.claimGroup, GroupMatcher.isActor(group.group) {
            claimants.append(group.group.name)
            facts.append(Fact(field: "claimed_by", value: group.group.name, span: claim.span))
        }
        if claimants.isEmpty, let (name, span) = claimNamingSite(draft.base, on: incident.date.day) {
            claimants.append(name)
            facts.append(Fact(field: "claimed_by", value: name, span: span))
        }
        if claimants.isEmpty, incident.date.precision == .day, let (name, span) = claimOfTheDay(incident.date.day) {
            claimants.append(name)
            facts.append(Fact(field: "claimed_by", value: name, span: span))
        }
        if claimants.isEmpty, let group = statementClaimant {
            claimants.append(group.group.name)
            facts.append(Fact(field: "claimed_by", value: group.group.name, span: group.span))
            incident.confidence["claimed_by"] = .inferred
        }
        incident.claimedBy = claimants.isEmpty ? nil : claimants.joined(separator: "; ")
        let (attributed, attributionFacts) = attribution
        if let attributed {
            let names = attributed.components(separatedBy: "; ").filter { !claimants.contains($0) }
            incident.attributedTo = names.isEmpty ? nil : names.joined(separator: "; ")
            facts += attributionFacts.filter { !claimants.contains($0.value) }
        }

        applyOutcome(draft.frames + asides, to: &incident, facts: &facts)
        if incident.outcome == nil, let found = articleOutcome {
            incident.outcome = found.outcome
            facts.append(Fact(field: "outcome", value: found.outcome.rawValue, span: found.span))
        }
        if let confirmed = (draft.frames + asides).lazy.compactMap(\.confirmation).first ?? articleConfirmation {
            incident.confirmation = .confirmed
            facts.append(Fact(field: "confirmation", value: Confirmation.confirmed.rawValue, span: confirmed))
        } else if incident.claimedBy != nil {
            // Only the claim reports it: nothing from US officials in the article.
            incident.confirmation = .claimed
            incident.confidence["confirmation"] = .inferred
        }
        // "rockets were fired at the U.S. Embassy ... An Iraqi policeman guarding an entrance was wounded": a
        // site that is American alone (the embassy) makes an attack on the US, whoever was hurt.
        if isPartnerOnly(incident), draft.base?.kind != "embassy" { incident.kind = .partner }
        if draft.base?.kind != "embassy" { applyPartnerPost(frames: draft.frames + asides, to: &incident, facts: &facts) }

        // "Most caused no injuries": a zero told with no site, weapon, claim or day of its own is about a
        // run of attacks, not one.
        let someoneHurt = (incident.usKilled.count ?? 0) > 0 || (incident.usInjured.count ?? 0) > 0
            || (!incident.usInjured.isUnknown && incident.usInjured.count == nil)
        let zeroOnly = (incident.usKilled.count != nil || incident.usInjured.count != nil) && !someoneHurt
        let hasEvidence = draft.base != nil || !incident.weapons.isEmpty || someoneHurt || incident.claimedBy != nil
            || (zeroOnly && draft.frames.contains { !$0.dates.isEmpty })
        guard hasEvidence else { return nil }
        let lead = draft.frames.first { !$0.places.isEmpty || !$0.dates.isEmpty || !$0.casualties.isEmpty }
            ?? draft.frames.first
        incident.summary = lead.map { summary(of: $0) } ?? SummaryText.trimmed(title)
        incident.facts = facts
        return incident
    }

    private func attributionFacts(frames: [ArticleFrame], attackFrames: [ArticleFrame]) -> (String?, [Fact]) {
        var names: [String] = []
        var facts: [Fact] = []
        for f in frames {
            for g in f.groups where GroupMatcher.isActor(g.group) && !names.contains(g.group.name) {
                if let cg = f.claimGroup, cg.tokens == g.tokens { continue }
                names.append(g.group.name)
                facts.append(Fact(field: "attributed_to", value: g.group.name, span: g.span))
            }
        }
        if let d = attackFrames.lazy.compactMap(\.descriptor).first ?? frames.lazy.compactMap(\.descriptor).first {
            names.append(AttributionFinder.canonical)
            facts.append(Fact(field: "attributed_to", value: AttributionFinder.canonical, span: d))
        }
        return (names.isEmpty ? nil : names.joined(separator: "; "), facts)
    }

    // MARK: US strike

    /// Strike frames split where one names a day or a country other than the strike before it, or
    /// strikes with other arms ("jets struck ..." then "US forces answered with artillery"); frames naming
    /// neither continue the strike before them, or the earlier strike of the same arms and day.
    /// `attackDay` is the day of the attack the strikes answer: an undated response told first ("U.S. forces
    /// responded with Apache helicopters") is not the strike dated to another day after it ("... after U.S.
    /// forces conducted airstrikes on August 23", "Then early Wednesday, F-15E jets struck").
    private func strikeGroups(_ frames: [ArticleFrame], attackDay: CalendarDay? = nil) -> [[ArticleFrame]] {
        var groups: [[ArticleFrame]] = []
        var keys: [(day: CalendarDay?, country: String?, arms: Set<Weapon>)] = []
        for frame in frames {
            // "U.S. airstrikes ... killed at least 25 fighters, militia officials said Monday. The Pentagon said Sunday's
            // strikes targeted five facilities": the day of the telling does not date the strikes apart.
            let day = frame.dates.first { !$0.isTelling }?.day
            let country = frame.places.first?.base.country ?? frame.countries.first?.name
                ?? frame.areas.first { !$0.area.country.isEmpty }?.area.country
            let arms = Set(StrikeDetailFinder.weapons(in: [frame.tokens], tokens: text.tokens).map(\.weapon))
            let fits = { (key: (day: CalendarDay?, country: String?, arms: Set<Weapon>)) in
                !(day != nil && key.day != nil && day != key.day)
                    && !(country != nil && key.country != nil && country != key.country)
                    && !(arms.count == 1 && key.arms.count == 1 && arms != key.arms)
            }
            let sameArmsEarlier = arms.count == 1
                ? keys.indices.dropLast().last { keys[$0].arms == arms && (day == nil || keys[$0].day == nil || keys[$0].day == day) } : nil
            let undatedBefore = keys.last.map { $0.day == nil } ?? false
            let opensAnother = day != nil && opensAnotherStrike(frame)
            let anotherStrike = undatedBefore && opensAnother
            // A headline ("US strikes militia targets after drone attack") names the same strikes the story dates.
            // "The strikes were carried out early Wednesday": a clause that points back at the strikes dates them.
            let afterUndatedResponse = day != nil && undatedBefore && attackDay != nil && day != attackDay
                && groups.last?.contains { $0.sentence > 0 } == true
                && (day!.ordinal < attackDay!.ordinal || !pointsBackAtStrikes(frame))
            let startsNew = anotherStrike || afterUndatedResponse
            // "U.S. fighter jets struck a facility ... on Wednesday, Austin said. Two F-15 jets hit the facility ... at
            // about 4:30 a.m. Thursday Syria time": the next sentence's clock at the target gives the same strike
            // its local day, a day after the day told from Washington.
            if !startsNew, let last = keys.indices.last, let day, let told = keys[last].day, day == told.adding(days: 1),
               groups[last].last.map({ frame.sentence == $0.sentence + 1 }) == true,
               LocalTimeFinder.find(in: frame.tokens, tokens: text.tokens) != nil,
               !(country != nil && keys[last].country != nil && country != keys[last].country) {
                groups[last].append(frame)
                keys[last].day = day
                continue
            }
            if !startsNew, let last = keys.indices.last, fits(keys[last]) {
                groups[last].append(frame)
                keys[last] = (keys[last].day ?? day, keys[last].country ?? country, keys[last].arms.isEmpty ? arms : keys[last].arms)
            } else if !opensAnother, let earlier = sameArmsEarlier {
                groups[earlier].append(frame)
                keys[earlier].day = keys[earlier].day ?? day
            } else {
                groups.append([frame])
                keys.append((day, country, arms))
            }
        }
        return groups
    }

    /// "the strikes", "these raids", "the airstrike": a strike told before.
    private func pointsBackAtStrikes(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        return frame.tokens.contains { k in
            ["the", "these", "those", "this", "that"].contains(tokens[k].text)
                && (k + 1..<min(frame.tokens.upperBound, k + 3)).contains {
                    ["strike", "strikes", "airstrike", "airstrikes", "raid", "raids"].contains(tokens[$0].text)
                }
        }
    }

    private func strike(_ frames: [ArticleFrame], asides: [ArticleFrame], attack: ExtractedIncident?,
                        nearDate: DateMention? = nil, launchedFrom: String? = nil) -> ExtractedIncident {
        var facts: [Fact] = []
        var incident = ExtractedIncident(kind: .usStrike, date: .unknown)
        // "A U.S. aircraft engaged the launch site": the reply to the story's attack, on its day and in the country
        // it was launched from, unless its own clause tells otherwise.
        let atLaunchSite = hitsLaunchSite(frames) && attack != nil
        // A clause with a clock and its zone ("4:30 a.m. Thursday Syria time") gives the day at the target.
        let clocked = frames.first { !$0.dates.isEmpty && LocalTimeFinder.find(in: $0.tokens, tokens: text.tokens) != nil }
        if let own = clocked?.dates.first ?? frames.lazy.compactMap({ $0.dates.first { !$0.isTelling } }).first
            ?? frames.lazy.compactMap(\.dates.first).first {
            applyDate(own, to: &incident, facts: &facts)
        } else if let nearDate, let day = nearDate.day {
            incident.date = IncidentDate(day: day, precision: .day)
            incident.dateUncertain = true
        } else if let attack, attack.date.day != nil {
            incident.date = attack.date
            incident.dateUncertain = true
        } else if let published {
            incident.date = IncidentDate(day: published, precision: .week)
            incident.dateUncertain = true
        }
        if let place = frames.lazy.flatMap(\.places).first(where: { !isStrikersBase($0) }) {
            incident.location = place.base.name
            incident.country = place.base.country
            incident.latitude = place.base.latitude
            incident.longitude = place.base.longitude
            facts.append(Fact(field: "location", value: place.base.name, span: place.span))
        } else if !applyCountry(frames.lazy.flatMap(\.countries).first { !isAcrossBorder($0) }, frames: frames, to: &incident, facts: &facts) {
            // "struck a site near Musayyib, south of Baghdad": the country of a town or province told.
            incident.country = frames.lazy.flatMap(\.areas).first { !$0.area.country.isEmpty }?.area.country
                ?? (atLaunchSite ? launchedFrom : nil) ?? attack?.country
        }
        applyStrikeDetails(frames, to: &incident, facts: &facts)
        if incident.location == nil { applyStruckTown(frames, to: &incident, facts: &facts) }
        // The story's launch site places only a strike that answers the story's attack.
        if incident.location == nil, attack != nil, let launch = launchSite, hitsLaunchSite(frames) {
            applyLaunchSite(launch, to: &incident, facts: &facts)
        }
        let casualties = frames.flatMap(\.casualties).filter { $0.party != .us }
            + asides.flatMap(\.casualties).filter { $0.party == .militia }
        applyOthers(casualties, to: &incident, facts: &facts)
        incident.summary = summary(of: frames[0])
        incident.facts = facts
        return incident
    }

    // MARK: Mentions

    private func mentions(_ frames: [ArticleFrame], asides: [ArticleFrame], recalled: [ArticleFrame],
                          laterZeros: [Int: [CasualtyMention]] = [:],
                          siteBefore: (ArticleFrame) -> Base? = { _ in nil }) -> [ExtractedIncident] {
        var result: [ExtractedIncident] = []
        // "Harir has been hit several times since mid-October": a run of attacks, not one earlier event.
        for frame in frames where !(tellsRunOfAttacks(frame) || isHabitOfAttacks(frame)) || namesOneOfTheRun(frame) {
            // "Attacks on U.S. Forces, January 14-20, 2024": the first day of a span of days is the period
            // a tracker covers, not an event.
            // A recalled attack ("after a drone attack on Sunday on the Rumalyn base") keeps its weekday.
            let isRecalled = recalled.contains { $0.tokens == frame.tokens }
            // The zero of the sentence after it ("Neither caused injuries"), for each of its sites.
            let toldZeros = laterZeros[frame.tokens.lowerBound] ?? []
            let toldDates = frame.dates.filter { d in
                (d.precision == .month || ((!d.isRelative || isRecalled || d.isAnchored || frame.isExampleOfRun) && d.day != nil)) && !startsSpanOfDays(d)
            }
            // "Last month, ballistic missiles struck Ain al-Asad on Jan. 20": a day of the month told narrows it.
            let backgroundDates = toldDates.filter { d in
                d.precision != .month || !toldDates.contains { o in
                    o.precision == .day && o.day?.year == d.day?.year && o.day?.month == d.day?.month
                }
            }
            // "in response to the Tower 22 attack": an earlier event told with no time at all is still one, undated,
            // when it names its site and tells an attack ("the attack", a weapon or a toll), not only a place
            // ("one of its most frequent targets").
            // "after a drone strike killed three U.S. soldiers in Jordan": US dead and a country place it well enough.
            let usDead = frame.casualties.contains(where: \.countsUSDead)
            let undated = frame.dates.isEmpty && isRecalled
                && (!frame.places.isEmpty || frame.writtenPlace != nil || (usDead && !frame.countries.isEmpty))
                && (!frame.weapons.isEmpty || frame.casualties.contains { ($0.figure.count ?? 0) > 0 }
                    || frame.tokens.contains { FrameBuilder.eventNouns.contains(text.tokens[$0].text) })
            for (n, date) in (undated ? [nil] : backgroundDates.map { Optional($0) }).enumerated() {
                let dated = backgroundDates.count > 1 ? clause(of: frame, dates: backgroundDates, at: n) : frame
                // "missiles on Wednesday at Ain al-Asad air base and at Erbil air base": one mention per site.
                var bases: [Base] = []
                for p in dated.places where !bases.contains(where: { $0.name == p.base.name }) { bases.append(p.base) }
                for base in bases.isEmpty ? [siteBefore(dated)] : bases.map({ Optional($0) }) {
                    let frame = base.map { bases.count > 1 ? siteCasualties(siteWeapons(dated, base: $0), base: $0) : dated } ?? dated
                    var facts: [Fact] = []
                    var incident = ExtractedIncident(kind: .mention, date: .unknown)
                    applyDate(date, to: &incident, facts: &facts)
                    applyPlace(base: base, frames: [frame], to: &incident, facts: &facts)
                    applyWeapons(withoutWeaponsOfOtherEvents([frame]), to: &incident, facts: &facts)
                    // "Missiles were also fired at the American base in Erbil": a bare "missiles" of an earlier event is
                    // the one kind the article named too, as for the story's own attack.
                    if incident.weapons.isEmpty, let missile = articleMissile, let bare = frame.unqualifiedMissile {
                        incident.weapons.insert(missile.weapon)
                        facts.append(Fact(field: "weapon", value: missile.weapon.rawValue, span: bare))
                        incident.confidence["weapons"] = .inferred
                    }
                    let ownUS = frame.casualties.contains { $0.party == .us }
                    applyUSFigures(frame.casualties + (ownUS ? [] : toldZeros), to: &incident, facts: &facts)
                    applyOthers(frame.casualties.filter { $0.party != .us }, to: &incident, facts: &facts)
                    if let claim = frame.claim, let group = frame.claimGroup, GroupMatcher.isActor(group.group) {
                        incident.claimedBy = group.group.name
                        facts.append(Fact(field: "claimed_by", value: group.group.name, span: claim.span))
                    } else if frame.claim == nil, let (name, span) = laterClaim(of: frame, asides: asides, told: frames)
                                ?? (incident.date.precision == .day ? claimNamingDay(incident.date.day) : nil)
                                ?? ownOperationClaim(frame) {
                        incident.claimedBy = name
                        facts.append(Fact(field: "claimed_by", value: name, span: span))
                    }
                    let hasContent = incident.location != nil || incident.country != nil || !incident.weapons.isEmpty
                        || !incident.usKilled.isUnknown || !incident.usInjured.isUnknown
                    guard hasContent else { continue }
                    if let d = result.firstIndex(where: {
                        $0.date == incident.date && $0.location == incident.location && $0.country == incident.country
                    }) {
                        // The same earlier event told again: its toll told later is the toll it had not told.
                        result[d] = withTollToldAgain(result[d], from: incident, facts: facts)
                        continue
                    }
                    incident.summary = summary(of: frame)
                    incident.facts = facts
                    result.append(incident)
                }
            }
        }
        return result
    }

    /// "Rockets also struck Ain al-Asad on July 2, causing no injuries, and a drone was shot down near
    /// al-Shaddadi on July 3": in a clause telling several dated events, the part of each date, which ends at
    /// the first "and" after it. Weapons are kept from the whole clause when its part names none.
    private func clause(of frame: ArticleFrame, dates: [DateMention], at n: Int) -> ArticleFrame {
        let tokens = text.tokens
        func boundary(after date: DateMention, before limit: Int) -> Int {
            (date.tokens.upperBound..<limit).first { tokens[$0].text == "and" } ?? date.tokens.upperBound
        }
        let lower = n == 0 ? frame.tokens.lowerBound
            : boundary(after: dates[n - 1], before: dates[n].tokens.lowerBound)
        let upper = n == dates.count - 1 ? frame.tokens.upperBound
            : boundary(after: dates[n], before: dates[n + 1].tokens.lowerBound)
        guard lower < upper else { return frame }
        let start = tokens[lower].start
        let end = tokens[upper - 1].end
        func inside(_ span: TextSpan) -> Bool { span.start >= start && span.end <= end }
        var part = frame
        part.tokens = lower..<upper
        part.places = frame.places.filter { inside($0.span) }
        part.casualties = frame.casualties.filter { inside($0.span) }
        part.areas = frame.areas.filter { inside($0.span) }
        part.writtenPlace = frame.writtenPlace.flatMap { inside($0.span) ? $0 : nil }
        let weapons = frame.weapons.filter { inside($0.span) }
        part.weapons = weapons.isEmpty ? frame.weapons : weapons
        if let claim = frame.claim, !inside(claim.span) { part.claim = nil }
        return part
    }

    /// "January 14-20", "November 5-11": a day followed by a dash and another day.
    private func startsSpanOfDays(_ date: DateMention) -> Bool {
        let tokens = text.tokens
        let k = date.tokens.upperBound
        guard k + 1 < tokens.count, ["-", "–", "—"].contains(tokens[k].text) else { return false }
        return tokens[k + 1].text.allSatisfy(\.isNumber)
    }

    /// "... the July 1 drone attack on al-Tanf. A group calling itself Ashab al-Kahf claimed that attack.":
    /// a claim in the very next sentence, naming no site and no day, is the claim of the earlier attack.
    private func laterClaim(of frame: ArticleFrame, asides: [ArticleFrame], told: [ArticleFrame]) -> (String, TextSpan)? {
        // The next sentence, or one two sentences on that points back at it ("... wounded. A little-known group
        // calling itself Awliya al-Dam said it was behind that attack.").
        let tokens = text.tokens
        let pointsBack = { (f: ArticleFrame) in
            f.tokens.contains { k in tokens[k].text == "that" && k + 1 < f.tokens.upperBound && ["attack", "strike", "barrage", "bombing"].contains(tokens[k + 1].text) }
        }
        // Not past another event told with its site or day in the sentence between.
        let otherBetween = told.contains { $0.sentence == frame.sentence + 1 && $0.namesPlaceOrDay }
        // "... claimed the attack" after a sentence that only tells more of the recalled attack (its toll, who said
        // so), naming no site and no day, still follows that attack.
        let between = frame.sentence + 1
        let onlyMoreOfIt = basesBySentence.indices.contains(between) && basesBySentence[between].isEmpty
            && !asides.contains { $0.sentence == between && !$0.dates.isEmpty }
        // "Outros mísseis caíram perto do aeroporto de Erbil ... A Guarda Revolucionária reivindicou os ataques": a claim
        // of "the attacks" reaches past the other event told between, which it claims too.
        let claimsThePlural = { (f: ArticleFrame) in
            f.claim?.tokens.contains { k in
                k > 0 && ["attacks", "operations"].contains(tokens[k].text) && ["the", "both", "these"].contains(tokens[k - 1].text)
            } ?? false
        }
        guard let next = asides.first(where: {
            $0.sentence == frame.sentence + 1
                || ($0.sentence == frame.sentence + 2 && (((pointsBack($0) || onlyMoreOfIt) && !otherBetween) || claimsThePlural($0)))
        }),
              next.places.isEmpty || (namesSitesOnlyInClaim(next) && next.places.allSatisfy { p in frame.places.contains { $0.base.name == p.base.name } }),
              next.dates.isEmpty, let claim = next.claim else { return nil }
        if let written = next.writtenClaimant { return (written.name, written.span) }
        if let group = next.claimGroup, GroupMatcher.isActor(group.group) { return (group.group.name, claim.span) }
        return nil
    }

    // MARK: Shared pieces

    /// Partner forces (SDF, Iraqi or Kurdish forces) hit, and no US casualty reported beyond "none".
    private func isPartnerOnly(_ incident: ExtractedIncident) -> Bool {
        func hurt(_ c: OtherCasualty) -> Bool { (c.killed ?? 0) > 0 || (c.injured ?? 0) > 0 }
        let partnerHit = incident.otherCasualties.contains { c in
            Lexicon.isPartnerForce(c.who) && (hurt(c) || (c.qualifier != nil && c.qualifier != .possible))
        }
        func noneOrUnknown(_ f: Figure) -> Bool { f.qualifier == nil && (f.count ?? 0) == 0 }
        // "wounding two foreign contractors and an Iraqi soldier": contractors hurt at the base make it no partner-only attack.
        let contractorHit = incident.otherCasualties.contains { $0.who.hasSuffix("contractor") }
        // "three coalition soldiers and two Iraqi soldiers were injured", "a British soldier and two Iraqi soldiers":
        // the coalition was hit too.
        let coalitionHit = incident.otherCasualties.contains { Lexicon.isCoalitionForce($0.who) && hurt($0) }
        return partnerHit && !contractorHit && !coalitionHit && noneOrUnknown(incident.usKilled) && noneOrUnknown(incident.usInjured)
    }

    private func applyOutcome(_ frames: [ArticleFrame], to incident: inout ExtractedIncident, facts: inout [Fact]) {
        let found = frames.flatMap(\.outcomes)
        guard let outcome = AttackOutcome.strongest(found.map(\.outcome)),
              let evidence = found.first(where: { $0.outcome == outcome }) else { return }
        incident.outcome = outcome
        facts.append(Fact(field: "outcome", value: outcome.rawValue, span: evidence.span))
    }

    private func applyDate(_ mention: DateMention?, to incident: inout ExtractedIncident, facts: inout [Fact]) {
        if let mention, mention.day != nil {
            incident.date = mention.incidentDate
            incident.dateUncertain = mention.uncertain || mention.precision != .day
            if let value = incident.date.exported {
                facts.append(Fact(field: "date", value: value, span: mention.span))
            }
            if mention.shifted || mention.uncertain || (mention.isRelative && publishedFromDateline)
                || mention.precision == .week {
                incident.confidence["date"] = .inferred
            }
        } else if let published, incident.kind != .mention {
            // Nothing dated: the article's own news, within the week before publication (an earlier event told
            // with no time stays undated).
            incident.date = IncidentDate(day: published, precision: .week)
            incident.dateUncertain = true
            incident.confidence["date"] = .default
        }
    }

    /// "Three mortar shells and two Katyusha rockets were fired": a clause that counts its weapons tells of this
    /// attack; "Kataib Hezbollah has fired rockets at U.S. forces in the past" does not.
    func countsWeapons(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        if frame.tokens.contains(where: { ["past", "previously", "history", "since"].contains(tokens[$0].text) }) {
            return false
        }
        return frame.weapons.contains { w in
            guard let k = frame.tokens.first(where: { tokens[$0].start == w.span.start }) else { return false }
            return (max(frame.tokens.lowerBound, k - 3)..<k).contains {
                NumberReader.number(at: $0, in: tokens, limit: frame.tokens.upperBound) != nil
            }
        }
    }

    func applyWeapons(_ frames: [ArticleFrame], to incident: inout ExtractedIncident, facts: inout [Fact]) {
        for w in frames.flatMap(\.weapons) where !incident.weapons.contains(w.weapon) {
            incident.weapons.insert(w.weapon)
            facts.append(Fact(field: "weapon", value: w.weapon.rawValue, span: w.span))
        }
    }

    func applyUSFigures(_ casualties: [CasualtyMention], to incident: inout ExtractedIncident,
                                facts: inout [Fact]) {
        var us = casualties.filter { $0.party == .us }
        // "Rockets hit Iraqi base near Kirkuk, wounding 2" above "wounding a foreign contractor and an Iraqi air force
        // technician": a headline count of nobody in particular is the body's others when the body names no US figure.
        for killed in [true, false] {
            let body = us.filter { $0.killed == killed && !$0.inHeadline }
            let othersInBody = casualties.contains { c in
                c.killed == killed && !c.inHeadline && c.party != nil && c.party != .us && (c.figure.count ?? 0) > 0
            }
            if body.isEmpty, othersInBody { us.removeAll { $0.killed == killed && $0.inHeadline && $0.usesDefaultParty } }
        }
        // "wounding four coalition service members ... two of the four were Americans": the Americans among them.
        for killed in [true, false] where us.contains(where: { $0.isShareOfUS && $0.killed == killed }) {
            us.removeAll { !$0.isShareOfUS && $0.killed == killed && !$0.both }
        }
        // "Rockets hit the base, injuring eight" ... "including three U.S. soldiers": a count written as
        // the US's beats a count that is only assumed to be.
        for killed in [true, false] {
            let named = us.contains { $0.killed == killed && !$0.usesDefaultParty && ($0.figure.count ?? 0) > 0 }
            if named { us.removeAll { $0.killed == killed && !$0.both && $0.usesDefaultParty && ($0.figure.count ?? 0) > 0 } }
            // "15 US personnel remained, and none were hurt" ... "Two officers and two airmen were wounded": a
            // zero written as the US's beats a count only assumed to be.
            let writtenZero = us.contains { ($0.killed == killed || $0.both) && !$0.usesDefaultParty && $0.figure.count == 0 }
            // "'nenhum americano foi ferido' ... Semanas depois, o Pentágono admitiu que 110 militares tinham sido
            // diagnosticados": a count diagnosed after the zero revises it.
            if writtenZero, !named {
                let told = us
                us.removeAll { $0.killed == killed && !$0.both && $0.usesDefaultParty && ($0.figure.count ?? 0) > 0 && !isDiagnosedAfterZero($0, in: told) }
            }
        }
        if let killed = FigureRanking.best(us.filter { $0.killed || $0.both }) {
            incident.usKilled = killed.figure
            facts.append(Fact(field: "us_killed", value: killed.figure.spelled, span: killed.span))
            if killed.usesDefaultParty || killed.both { incident.confidence["us_killed"] = .inferred }
        }
        // "One service member was treated for a minor injury ... and two are being evaluated": the injury told
        // as such beats a count of people still being evaluated; so does an injury told without a count ("dozens
        // more were wounded ... At least 34 troops were being evaluated for possible traumatic brain injuries").
        if us.contains(where: { !$0.killed && !$0.isEvaluation && $0.figure.reportsCasualties }) {
            us.removeAll { $0.isEvaluation }
        }
        if let injured = FigureRanking.best(us.filter { !$0.killed || $0.both }) {
            incident.usInjured = injured.figure
            facts.append(Fact(field: "us_injured", value: injured.figure.spelled, span: injured.span))
            if injured.usesDefaultParty { incident.confidence["us_injured"] = .inferred }
            // "There were no injuries", "No U.S. service members were injured": nobody hurt means nobody
            // killed either, unless the text gives a killed figure of its own.
            // "Trump said no Americans were harmed ... the number diagnosed has risen to 64": a toll risen since the
            // zero of injuries revises it, and leaves its zero of deaths standing (p12, Defense One probe).
            let zero = injured.figure.count == 0 && injured.figure.qualifier == nil ? injured
                : injured.isRisenTo ? us.first { !$0.killed && $0.figure.count == 0 && $0.figure.qualifier == nil } : nil
            if incident.usKilled.isUnknown, let zero {
                incident.usKilled = Figure(count: 0)
                facts.append(Fact(field: "us_killed", value: incident.usKilled.spelled, span: zero.span))
                incident.confidence["us_killed"] = .inferred
            }
        }
    }

    private func applyOthers(_ casualties: [CasualtyMention], to incident: inout ExtractedIncident,
                             facts: inout [Fact]) {
        var order: [String] = []
        var killed: [String: [CasualtyMention]] = [:]
        var injured: [String: [CasualtyMention]] = [:]
        for c in casualties {
            let who: String
            switch c.party {
            case .militia?: who = "militia"
            case .other(let name)?: who = name
            case .us?, nil: continue
            }
            if !order.contains(who) { order.append(who) }
            if c.killed || c.both { killed[who, default: []].append(c) }
            if !c.killed || c.both { injured[who, default: []].append(c) }
        }
        for who in order {
            let k = FigureRanking.best(killed[who] ?? [])
            let i = FigureRanking.best(injured[who] ?? [])
            let casualty = OtherCasualty(who: who, killed: k?.figure.count, injured: i?.figure.count,
                                         qualifier: k?.figure.qualifier ?? i?.figure.qualifier)
            incident.otherCasualties.append(casualty)
            for m in [k, i].compactMap({ $0 }) {
                let what = m.killed ? "killed" : "injured"
                facts.append(Fact(field: "other_casualties", value: "\(who): \(what) \(m.figure.spelled)", span: m.span))
            }
        }
    }

    private func summary(of frame: ArticleFrame) -> String {
        SummaryText.trimmed(text.text(tokens: sentences[frame.sentence]))
    }
}
