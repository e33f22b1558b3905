/// Reads an article sentence by sentence into frames (attack, US strike, aside) and cumulative totals.
struct FrameBuilder {
    let text: ScannedText
    let sentences: [Range<Int>]
    let published: CalendarDay?
    let places: PlaceMatcher
    let groups: GroupMatcher
    /// The wire dateline: its place and date are the reporter's, not the attack's.
    var dateline: Dateline?

    /// Days before publication within which an explicit date is the article's own news.
    static let recentDays = 6

    func build() -> (frames: [ArticleFrame], totals: [ExtractedTotal]) {
        let tokens = text.tokens
        var frames: [ArticleFrame] = []
        var totals: [ExtractedTotal] = []
        var lastTotalSentence = -10
        var afterStrike = false
        // True while the only bases the article has named belong to another country (a Turkish base).
        var onlyForeignBases = false
        // "Two IEDs targeted convoys carrying equipment for the US-led coalition": the story's convoys are the
        // coalition's, so "a second device hit a convoy in al-Rifai district" tells an attack on them.
        let convoysAreCoalitions = storyConvoysAreCoalitions()
        // "The Islamic Resistance in Iraq claimed four attacks on January 2:" and the list lines under it.
        var listHeading: (claim: ClaimMention, group: GroupMatch)?
        // "... attacked with drones three bases of the enemy:" and the list lines under it.
        var underAttackHeading = false
        // "November 5 — Tal Baydar (Hasakah, Syria). One-way attack drone. Unclaimed.": while inside a
        // tracker entry that opens with a day and a site, its later sentences tell the same attack.
        var inDatedEntry = false
        var entryStart = 0
        var paragraphDate: DateMention?
        // "Wednesday, November 8" on a line of its own: the day of the entries under it (`+DateHeading`).
        var headingDay: DateMention?
        var headingSentence = -1
        var underHeading = false
        for (si, sentence) in sentences.enumerated() {
            let framesBefore = frames.count
            // "#51 — 12 Nov. 2023 — Green Village\nWeapon: one-way attack drone. Claim: ...": a line right under an
            // entry's heading, with no blank line between, is still that entry.
            let linesOfEntry = inDatedEntry && si > 0 && !text.opensParagraph(sentence.lowerBound)
                && !FrameBuilder.opensDatedEntry(sentence, tokens: tokens, published: published)
                && FrameBuilder.dateHeading(sentence, tokens: tokens, published: published) == nil
                // "- Ain al-Asad Air Base, Anbar, Iraq." under a day heading: each bullet is an entry of its own.
                && !(headingDay != nil && FrameBuilder.isListItem(sentence, tokens: tokens))
            if (tokens[sentence.lowerBound].newlineBefore || si == 0) && !linesOfEntry {
                if let day = FrameBuilder.dateHeading(sentence, tokens: tokens, published: published) {
                    headingDay = day
                    headingSentence = si
                    inDatedEntry = false
                    paragraphDate = nil
                    continue
                }
                let opensEntry = FrameBuilder.opensDatedEntry(sentence, tokens: tokens, published: published)
                inDatedEntry = opensEntry && !places.matches(in: sentence, tokens: tokens).isEmpty
                if opensEntry, !inDatedEntry, FrameBuilder.isBareHeadingLine(sentence, tokens: tokens) { inDatedEntry = true }
                entryStart = si
                // "November 21 — U.S. response. An AC-130 gunship struck ...": the entry's day dates its strike.
                paragraphDate = opensEntry ? DateFinder.find(in: sentence, tokens: tokens, published: published).first : nil
                // "- Al-Harir Air Base, Erbil, Iraq — One-way attack drone": a line under a day heading that names a
                // site is an entry of that day; a line that is neither ("Context: ...") ends the heading's reach.
                underHeading = false
                if !opensEntry, let day = headingDay {
                    if FrameBuilder.isListItem(sentence, tokens: tokens) || opensWithSite(sentence)
                        || proseUnderHeading(sentence, sentence: si, heading: headingSentence) {
                        inDatedEntry = !places.matches(in: sentence, tokens: tokens).isEmpty
                        underHeading = inDatedEntry
                        // "- US air strike, Musayyib, Babil province": the heading dates a strike told without a site.
                        paragraphDate = day
                    } else {
                        headingDay = nil
                    }
                }
            }
            defer {
                if tokens[sentence.upperBound - 1].text == ":" {
                    underAttackHeading = frames[framesBefore...].contains { $0.role == .attack }
                } else if !FrameBuilder.isListItem(sentence, tokens: tokens) {
                    underAttackHeading = false
                }
                if tokens[sentence.upperBound - 1].text == ":",
                   let f = frames[framesBefore...].first(where: { $0.claim != nil && $0.claimGroup != nil }),
                   let claim = f.claim, let group = f.claimGroup {
                    listHeading = (claim, group)
                } else if FrameBuilder.isListItem(sentence, tokens: tokens), let heading = listHeading {
                    for k in framesBefore..<frames.count where frames[k].claim == nil && frames[k].role == .attack {
                        frames[k].claim = heading.claim
                        frames[k].claimGroup = heading.group
                    }
                } else if !FrameBuilder.isListItem(sentence, tokens: tokens) {
                    listHeading = nil
                }
            }
            // The dateline ("WASHINGTON —") is not part of the story.
            var lower = sentence.lowerBound
            if let d = dateline, d.tokens.overlaps(sentence) { lower = max(lower, d.tokens.upperBound) }
            guard lower < sentence.upperBound else { continue }
            var effective = UnrelatedFilter.kept(lower..<sentence.upperBound, tokens: tokens)
            guard !effective.isEmpty else { continue }
            // "Q: On the attack at al-Tanf, how many were hurt?": a question tells nothing.
            if tokens[sentence.upperBound - 1].text == "?" { continue }
            // "... had declared a pause after the U.S. retaliated for the deaths of three soldiers in Jordan in late
            // January": the event a count ends with, whose dead are the US's though it names no US party.
            var endsCount = false
            if let total = TotalFinder.find(in: effective, tokens: tokens, published: published) {
                totals.append(total)
                lastTotalSentence = si
                if let after = FrameBuilder.eventAfterCount(effective, tokens: tokens, published: published, places: places) {
                    endsCount = true
                    effective = after
                } else if let named = FrameBuilder.attacksNamedInCount(effective, tokens: tokens, places: places) {
                    effective = named
                } else {
                    continue
                }
            }
            if let injured = TotalFinder.cumulativeInjuries(in: effective, tokens: tokens) {
                if si - lastTotalSentence <= 1, let last = totals.indices.last, totals[last].usInjured.isUnknown {
                    totals[last].usInjured = injured.figure
                    totals[last].facts.append(Fact(field: "total_us_injured", value: injured.figure.spelled,
                                                   span: injured.span))
                }
                continue
            }
            let claim = ClaimFinder.find(in: effective, tokens: tokens)
            if let claim, claim.isGeneral { continue }
            var split = ResponseFinder.split(effective, tokens: tokens, afterStrike: afterStrike)
            // "...; then came the drone strike that killed Qassem Soleimani ... at Baghdad airport": a second strike, on
            // commanders, told after the sentence's own is no part of the attack before it; nor is the killing an
            // attack avenges ("... in retaliation for the U.S. killing of ... Soleimani at Baghdad airport on Jan. 3").
            split.attackParts = split.attackParts.map {
                ResponseFinder.cuttingAvengedKilling(ResponseFinder.cuttingStrikeOnCommanders($0, tokens: tokens), tokens: tokens)
            }
            if split.strike != nil, split.isGeneric {
                // "In January, a drone killed three soldiers at Tower 22, prompting waves of US retaliatory
                // strikes": a run of strikes is no strike of its own, but the attack told with a site before it is.
                // So is one told with a country, a date and its toll ("a drone strike in January killed three U.S.
                // soldiers at a base in Jordan and Washington responded with waves of strikes").
                split.attackParts = split.attackParts.filter { part in
                    if !places.matches(in: part, tokens: tokens).isEmpty { return true }
                    guard part.contains(where: { Lexicon.isCountryName(tokens[$0]) }) else { return false }
                    let casualties = CasualtyFinder.find(in: part, tokens: tokens, defaultParty: .us)
                    guard casualties.contains(where: { ($0.figure.count ?? 0) > 0 }) else { return false }
                    return !DateFinder.find(in: part, tokens: tokens, published: published).isEmpty
                        // "That announcement came days after a drone attack killed three US soldiers at a base in
                        // Jordan": dated from the date the text just gave.
                        || (FrameBuilder.periodBefore(in: part, tokens: tokens) != nil && frames.contains { $0.dates.first?.day != nil })
                        // "... after the US retaliated for a drone strike that killed three US soldiers in Jordan": US
                        // dead and a country are a recalled attack of their own, undated.
                        || casualties.contains { $0.countsUSDead && !$0.usesDefaultParty }
                }
                // "... prompting waves of US retaliatory strikes in Iraq and Syria in February": a run told with
                // its own month or day and country is recorded, dated as told.
                if let strike = split.strike, !datesRunOfStrikes(strike) { split.strike = nil }
                if split.attackParts.isEmpty, split.strike == nil { continue }
            }
            // "... broke into the U.S. Embassy compound in Baghdad on Tuesday ... to protest U.S. airstrikes that killed 25
            // fighters": what was done to protest strikes is the clause's attack; the strikes protested are earlier.
            if let strike = split.strike, let protest = protestOfStrikes(strike), protest > strike.lowerBound + 3 {
                split.attackParts.insert(strike.lowerBound..<protest, at: 0)
                split.strike = protest..<strike.upperBound
            }
            let previousDay = frames.last { $0.dates.first?.day != nil }?.dates.first?.day
            if let strike = split.strike {
                frames.append(frame(.strike, strike, sentence: si, claim: nil, previousDay: previousDay))
                // "The attack came after the United States had struck dozens of targets on Friday": a strike told in
                // the past perfect is before the story's time, background to it; unless reported speech put it there
                // ("Austin stated that US forces had carried out attacks").
                // Only the strike's own verb counts ("the fighters who had launched the missile" is not it).
                if let marker = split.marker, let had = marker.first(where: { k in
                    tokens[k].text == "had" && k + 1 < strike.upperBound
                        && FrameBuilder.pastStrikeVerbs.contains(tokens[k + 1].text)
                }), !(sentence.lowerBound..<had).contains(where: { Lexicon.reportingVerbs.contains(tokens[$0].text) || tokens[$0].text == "according" }) {
                    frames[frames.count - 1].isBackground = true
                }
                if frames[frames.count - 1].dates.isEmpty, let paragraphDate { frames[frames.count - 1].dates = [paragraphDate] }
                // "most recently on Nov. 12, when US F-15E jets hit a training facility": the day right before
                // "when" is the strike's.
                if frames[frames.count - 1].dates.isEmpty, let when = strike.prefix(2).first(where: { tokens[$0].text == "when" }),
                   let day = DateFinder.find(in: max(effective.lowerBound, when - 6)..<when, tokens: tokens, published: published).last {
                    frames[frames.count - 1].dates = [day]
                    frames[frames.count - 1].isBackground = isBackground(day)
                }
                afterStrike = true
            }
            for part in split.attackParts.map(withoutCessation).flatMap(splittingRecalledEvent) where !isNonCombatDeath(part) {
                // "... struck two facilities, in response to drone and rocket attacks on American forces":
                // the run of attacks a strike answers, not one of them.
                if let strike = split.strike, part.lowerBound >= strike.upperBound,
                   part.contains(where: { tokens[$0].text == "attacks" }),
                   places.matches(in: part, tokens: tokens).isEmpty,
                   DateFinder.find(in: part, tokens: tokens, published: published).isEmpty {
                    continue
                }
                let claimHere = claim.flatMap { part.contains($0.tokens.lowerBound) ? $0 : nil }
                // "The explosive device went off on Sunday": a bomb going off is an attack word too (not "sirens went off").
                let hasAttackWord = part.contains { (k: Int) -> Bool in
                    Lexicon.attackWords.contains(tokens[k].text) || bombWentOff(at: k, in: part)
                        || comesUnderFire(at: k, in: part) || opensFire(at: k, in: part) || stormsSite(at: k, in: part)
                        || explosionsHeard(at: k, in: part)
                }
                // A line of a claimed-operations list: "2. The occupation base of Al-Tanf, with a drone."
                // "Villagers near Erbil": a city named like the base it hosts says nothing about the base.
                let sites = places.matches(in: part, tokens: tokens).filter { !isBareCity($0, tokens: tokens) }
                let namesWeapon = !WeaponFinder.find(in: part, tokens: tokens).weapons.isEmpty
                let namesSiteAndWeapon = namesWeapon && !sites.isEmpty
                // "The outpost, known as Tower 22, houses ...": the site of an attack told without one.
                // "Officials identified the base as Ain al-Asad."
                let namesTheSite = (!sites.isEmpty
                    && part.contains { $0 + 1 < part.upperBound && tokens[$0].text == "the" && Lexicon.siteReferenceNouns.contains(tokens[$0 + 1].text) }
                    && frames.contains { $0.role == .attack } && !frames.contains { !$0.places.isEmpty })
                    // "The base, known as Tower 22, houses about 350 troops": the site of the attack told before.
                    || sites.contains { s in
                        let before = (max(part.lowerBound, s.tokens.lowerBound - 2)..<s.tokens.lowerBound).map { tokens[$0].text }
                        return before == ["known", "as"] || before.last == "called"
                    }
                // "... attacked with drones three bases of the enemy:" then "1- The al-Shaddadi base in the Syrian
                // territories.": a list line naming a site under a heading that tells attacks is one of them.
                let listedSite = underAttackHeading && !sites.isEmpty && FrameBuilder.isListItem(sentence, tokens: tokens)
                // "the Turkish military base of Zilkan": another country's base says nothing about US forces.
                let foreignBase = { (k: Int) in
                    (max(part.lowerBound, k - 5)..<k).contains {
                        Lexicon.otherNationalities.contains(tokens[$0].stem) || tokens[$0].stem == "russian"
                    }
                        // "... the Turkish military base in Bashiqa. One rocket struck inside the base": the same one.
                        || (onlyForeignBases && k > part.lowerBound && tokens[k - 1].text == "the")
                }
                // "Three Katyusha rockets crashed into Camp Besmaya": a weapon at a site the gazetteer does not know
                // tells an attack there, whatever the verb.
                let weaponAtWrittenSite = namesWeapon && sites.isEmpty
                    && WrittenPlaceFinder.find(in: part, tokens: tokens).map { !foreignBase($0.tokens.upperBound) } ?? false
                // "said two of the three were Americans": the US share of a count told before.
                let tellsUSShare = !CasualtyFinder.sharesOfUS(in: part, tokens: tokens).isEmpty
                // "On April 4, a drone armed with explosives was shot down near the airport's fence": a weapon brought down
                // or intercepted on a day of its own well before the story's was an earlier attack, whatever names its
                // site. (On the story's day it is the story's attack told again, or no attack on US forces at all.) A
                // state's weapon ("an American F-16 shot down a Turkish armed drone") was none.
                let stateWeapon = part.contains { k in
                    Lexicon.otherNationalities.contains(tokens[k].stem)
                        && !WeaponFinder.find(in: (k + 1)..<min(part.upperBound, k + 4), tokens: tokens).weapons.isEmpty
                }
                let weaponIntercepted = namesWeapon && !stateWeapon
                    && OutcomeFinder.find(in: part, tokens: tokens).contains { $0.outcome == .intercepted }
                    && DateFinder.find(in: part, tokens: tokens, published: published).contains(where: isBackground)
                // "... were wounded when a bomb exploded. It happened near the town of Kifri": where the attack just told was.
                let happenedThere = FrameBuilder.tellsWhereItHappened(part, tokens: tokens)
                    && frames.last.map { $0.role == .attack && $0.sentence >= si - 1 } ?? false
                guard hasAttackWord || claimHere != nil || namesSiteAndWeapon || namesTheSite || inDatedEntry || weaponAtWrittenSite
                    || weaponIntercepted || happenedThere
                    || listedSite
                        || tellsUSShare
                else { continue }
                // "He died March 11 at Camp Taji": a pronoun carrying on the attack told in the sentence before.
                let carriesOn = ["he", "she", "they"].contains(tokens[part.lowerBound].text)
                    && frames.last.map { $0.role == .attack && $0.sentence == si - 1 } ?? false
                let carriedSite = siteCarriedByIt(part, sentence: si)
                let relevant = inDatedEntry || part.contains {
                    Lexicon.isUS(tokens[$0]) || (Lexicon.baseWords.contains(tokens[$0].stem) && !foreignBase($0))
                        || FrameBuilder.namesUSOperation(at: $0, tokens: tokens)
                } || !sites.isEmpty || carriesOn || !carriedSite.isEmpty || weaponAtWrittenSite || happenedThere
                    || (endsCount && CasualtyFinder.find(in: part, tokens: tokens, defaultParty: .us).contains { $0.killed && $0.party == .us })
                    // "as a patrol of Italian special forces passed": coalition troops are a target as US ones are.
                    || (namesWeapon && Lexicon.namesCoalitionTroops(in: part, tokens: tokens))
                    || ((namesWeapon || hasAttackWord) && convoysAreCoalitions && namesConvoy(sentences[si]))
                    // "A rocket landed inside the Green Zone": an area that holds bases, hit by a weapon.
                    || (namesWeapon
                        && places.areaMatches(in: part, tokens: tokens).contains { !$0.area.bases.isEmpty && !$0.area.isRegion })
                let baseWords = part.filter { Lexicon.baseWords.contains(tokens[$0].stem) }
                if relevant || !sites.isEmpty {
                    onlyForeignBases = false
                } else if !baseWords.isEmpty, baseWords.allSatisfy(foreignBase) {
                    onlyForeignBases = true
                }
                frames.append(frame(relevant ? .attack : .orphan, part, sentence: si, claim: claimHere,
                                    previousDay: frames.last { $0.dates.first?.day != nil }?.dates.first?.day ?? previousDay))
                if !carriedSite.isEmpty { frames[frames.count - 1].places = carriedSite }
                // "late on Wednesday ... Last Wednesday, a drone was downed in the same area": the Wednesday before the
                // story's (`+DaysApart`).
                if let shifted = weekBeforeStory(frames[frames.count - 1], toldBefore: frames.dropLast()) {
                    frames[frames.count - 1].dates[0] = shifted
                }
                // "In February, U.S. aircraft hit facilities in Syria after a rocket attack on Erbil airport killed a
                // contractor": the attack a strike answered, told without a date, is of the strike's month.
                if let strike = split.strike, part.lowerBound >= strike.upperBound, frames[frames.count - 1].dates.isEmpty,
                   let month = frames.last(where: { $0.role == .strike && $0.sentence == si })?.dates.first, month.precision == .month {
                    frames[frames.count - 1].dates = [month]
                    frames[frames.count - 1].isBackground = isBackground(month)
                }
                // "U.S. forces fired artillery rounds Wednesday at sites ..., a day after the launch sites were used to attack
                // Green Village": the attack a strike came days after is that many days before the strike's day.
                if let strike = split.strike, part.lowerBound >= strike.upperBound, frames[frames.count - 1].dates.isEmpty,
                   let days = FrameBuilder.daysBeforeAfter(part.lowerBound, tokens: tokens),
                   let told = frames.last(where: { $0.role == .strike && $0.sentence == si })?.dates.first,
                   told.precision == .day, let day = told.day {
                    let words = (part.lowerBound - 3)..<part.lowerBound
                    frames[frames.count - 1].dates = [DateMention(day: day.adding(days: -days), precision: .day, uncertain: false,
                                                                 isRelative: true, isAnchored: true, tokens: words,
                                                                 span: text.span(words))]
                }
                // "A U.S. AC-130 gunship struck a vehicle ... on Tuesday, shortly after the group fired a ballistic missile
                // at Al-Asad": an attack told as just before a dated strike, with no day of its own, is of the strike's day.
                if let strike = split.strike, part.lowerBound >= strike.upperBound, frames[frames.count - 1].dates.isEmpty,
                   FrameBuilder.followsShortlyAfter(part.lowerBound, tokens: tokens),
                   let day = frames.last(where: { $0.role == .strike && $0.sentence == si })?.dates.first, day.precision == .day {
                    frames[frames.count - 1].dates = [day]
                    frames[frames.count - 1].isBackground = isBackground(day)
                }
                // "That earlier attack wounded four U.S. service members": more of the earlier event told before it
                // (its figures join that event's clause), never of the story's own attack.
                // Its figures are never the story's attack's: with no earlier event told just before, they are dropped.
                if frames[frames.count - 1].places.isEmpty, refersToEarlierEvent(part) {
                    let told = frames.removeLast()
                    if let before = frames.lastIndex(where: { $0.isBackground && $0.role == .attack }),
                       frames[before].sentence >= si - 1 {
                        frames[before].casualties += told.casualties
                    }
                    continue
                }
                // "On Oct. 18, drones struck al-Tanf ... The same day, drones targeted Ain al-Asad": a day told
                // against an earlier event at a site is as earlier an event.
                if frames[frames.count - 1].dates.first?.isAnchored == true,
                   let anchor = frames.dropLast().last(where: { $0.dates.first?.day != nil && !$0.places.isEmpty }), anchor.isBackground {
                    frames[frames.count - 1].isBackground = true
                }
                // A tracker's entries are its own news, however old their day.
                if inDatedEntry {
                    frames[frames.count - 1].entryStart = entryStart
                    frames[frames.count - 1].isBackground = false
                    if underHeading, frames[frames.count - 1].dates.isEmpty, let paragraphDate {
                        frames[frames.count - 1].dates = [paragraphDate]
                    }
                }
            }
        }
        frames = datingClockTimesOfTheEventBefore(frames)
        frames = datingByTheLeadIn(frames)
        // "in the night from Tuesday to Wednesday ... at 01:30 local time": after midnight, the night's second day.
        let afterMidnight = LocalTimeFinder.find(in: 0..<tokens.count, tokens: tokens).map { $0.localHour < 6 } ?? false
        if afterMidnight || saysAttackAfterMidnight(frames) {
            for f in frames.indices {
                if let first = frames[f].dates.first, first.isNightSpan, !first.shifted, let day = first.day {
                    frames[f].dates[0].day = day.adding(days: 1)
                    frames[f].dates[0].shifted = true
                }
            }
        }
        // "..., which prompted US strikes": a strike told in the same sentence as an earlier event is earlier too.
        for f in frames.indices where frames[f].role == .strike && frames[f].dates.isEmpty {
            if frames.contains(where: { $0.sentence == frames[f].sentence && $0.isBackground }) { frames[f].isBackground = true }
            // "On June 28, ... militants fired rockets at U.S. troops at the al-Omar oil field. No Americans were hurt, and
            // U.S. forces responded with counter-battery artillery fire": the answer to an earlier event, told right
            // after it in its paragraph, is earlier too.
            if respondsToEarlierEventBefore(frames[f], in: frames) { frames[f].isBackground = true }
        }
        // "the Harir airbase ... officials in Erbil said": a city named bare, in the province of a base the
        // article names, locates the story and is not a second site.
        let namedBases = frames.flatMap(\.places).filter { !isBareCity($0, tokens: tokens) }.map(\.base)
        for f in frames.indices {
            frames[f].places.removeAll { p in
                isBareCity(p, tokens: tokens)
                    && namedBases.contains { $0.name != p.base.name && $0.admin1 == p.base.admin1 && $0.country == p.base.country }
            }
        }
        frames = removingLocatorSites(frames)
        frames = reanchoringPostedDays(frames)
        frames = datingEntryLines(frames)
        frames = datingByTitleDay(frames)
        frames = givingTollsToStrikes(frames)
        frames = datingLaterTollsByTheirEvent(frames)
        frames = datingRisenTollsByTheirEvent(frames)
        // "Another 24 were injured" continues the party of the figure before it.
        var lastParty: CasualtyParty?
        for f in frames.indices {
            for c in frames[f].casualties.indices {
                if let party = frames[f].casualties[c].party {
                    lastParty = party
                } else {
                    frames[f].casualties[c].party = lastParty
                }
            }
            frames[f].casualties.removeAll { $0.party == nil }
            // "One soldier was wounded and two others were lightly wounded": three wounded.
            var merged: [CasualtyMention] = []
            // "A U.S. service member was critically wounded ... Two other troops suffered less serious
            // injuries": the figure of the sentence before counts too.
            if f > 0, frames[f - 1].sentence == frames[f].sentence - 1, let before = frames[f - 1].casualties.last {
                merged.append(before)
            }
            let carried = merged.count
            for c in frames[f].casualties {
                if c.isOthers, let last = merged.indices.last, merged[last].party == c.party, merged[last].killed == c.killed,
                   let a = merged[last].figure.count, let b = c.figure.count {
                    merged[last].figure.count = a + b
                    merged[last].span = TextSpan(start: merged[last].span.start, end: c.span.end)
                } else {
                    merged.append(c)
                }
            }
            if carried == 1, merged.count > frames[f].casualties.count { merged.removeFirst() }
            frames[f].casualties = merged
        }
        return (frames, totals)
    }

    private func frame(_ role: ArticleFrame.Role, _ range: Range<Int>, sentence: Int,
                       claim: ClaimMention?, previousDay: CalendarDay?) -> ArticleFrame {
        let tokens = text.tokens
        var f = ArticleFrame(role: role, sentence: sentence, tokens: range)
        let outsideDateline = { (r: Range<Int>) in self.dateline.map { !$0.tokens.overlaps(r) } ?? true }
        f.dates = FrameBuilder.withSinceWhenDates(DateFinder.find(in: range, tokens: tokens, published: published)
            .filter { (!$0.isSince || FrameBuilder.opensWhenClause($0, tokens: tokens)) && !$0.isPeriodEnd && outsideDateline($0.tokens) })
        f.dates = inYearOfParagraph(f.dates, at: range.lowerBound)
        // "During the wave of attacks that followed the outbreak of the Gaza war in October 2023, the base was struck again
        // and again, culminating in a barrage ... in January 2024": the war's month is when the run began.
        let warTimes = UnrelatedFilter.warsAsTime(in: range, tokens: tokens)
        if f.dates.count > 1, !warTimes.isEmpty {
            let others = f.dates.filter { d in !warTimes.contains { $0.contains(d.tokens.lowerBound) } }
            if !others.isEmpty { f.dates = others }
        }
        f.dates.removeAll { FrameBuilder.datesAvengedKilling($0, in: range, tokens: tokens, claimed: claim != nil) }
        // "The attack came a week after a drone struck Tower 22": an earlier event, dated to its month.
        if f.dates.isEmpty, let (days, span) = FrameBuilder.periodBefore(in: range, tokens: tokens),
           let reference = lastDateWritten(before: span.lowerBound, sentence: sentence, daysBack: days) ?? previousDay ?? published {
            f.dates = [DateMention(day: reference.adding(days: -days), precision: .month, uncertain: true, isRelative: false,
                                   tokens: span, span: text.span(span))]
        }
        // "a drone attack a day earlier", "the previous day": the day before the last date told.
        if f.dates.isEmpty, let previousDay, let earlier = FrameBuilder.dayBefore(in: range, tokens: tokens) {
            f.dates = [DateMention(day: previousDay.adding(days: -1), precision: .day, uncertain: false, isRelative: true, isAnchored: true,
                                   tokens: earlier, span: text.span(earlier))]
        }
        // "The next day, rockets were fired at al-Tanf": the day after the last date told.
        if f.dates.isEmpty, let previousDay, let later = FrameBuilder.dayAfter(in: range, tokens: tokens) {
            f.dates = [DateMention(day: previousDay.adding(days: 1), precision: .day, uncertain: false, isRelative: true, isAnchored: true,
                                   tokens: later, span: text.span(later))]
        }
        // "Iran retaliated five days later", "two weeks earlier": counted from the last date told (`+DaysApart`).
        if f.dates.isEmpty, let previousDay, let (days, apart) = FrameBuilder.daysFromLastDate(in: range, tokens: tokens) {
            f.dates = [DateMention(day: previousDay.adding(days: days), precision: .day, uncertain: abs(days) >= 7, isRelative: true,
                                   isAnchored: true, tokens: apart, span: text.span(apart))]
        }
        // "Dois meses depois, foguetes ... mataram dois militares americanos": the month counted from the last date told.
        if f.dates.isEmpty, let previousDay, let (months, apart) = FrameBuilder.monthsFromLastDate(in: range, tokens: tokens) {
            f.dates = [DateMention(day: previousDay.firstOfMonth(addingMonths: months), precision: .month, uncertain: true,
                                   isRelative: true, isAnchored: true, tokens: apart, span: text.span(apart))]
        }
        // "an attack earlier that day", "later the same day": the day of the last date told.
        if f.dates.isEmpty, let previousDay, let same = FrameBuilder.sameDay(in: range, tokens: tokens) {
            f.dates = [DateMention(day: previousDay, precision: .day, uncertain: false, isRelative: true, isAnchored: true,
                                   tokens: same, span: text.span(same))]
        }
        // "The Pentagon on Monday named the soldier killed on Saturday": the day of the telling is not
        // the day of the attack when the clause gives another.
        // "Early on Tuesday, Marotto said eight contractors ... had been injured": the clause's only day, before its
        // speaker, is the telling's too (with a day of the event beside it, older rules read the pair).
        for d in f.dates.indices where FrameBuilder.datesTheTelling(f.dates[d], range: range, tokens: tokens)
            || (f.dates.count == 1 && FrameBuilder.datesTheSpeakerAfterIt(f.dates[d], range: range, tokens: tokens)) {
            f.dates[d].isTelling = true
            f.dates[d].isCountUpdate = FrameBuilder.datesACountUpdate(f.dates[d], range: range, tokens: tokens)
        }
        let eventDates = f.dates.filter { !$0.isTelling }
        if !eventDates.isEmpty, eventDates.count < f.dates.count { f.dates = eventDates }
        // "01h30 heure locale (22h30 GMT mardi)": the time written next to the day moves it.
        let times = LocalTimeFinder.all(in: range, tokens: tokens)
        let nearest = f.dates.first.flatMap { d in
            times.min { abs($0.span.start - d.span.start) < abs($1.span.start - d.span.start) }
        } ?? times.first
        if let local = nearest, local.dayShift != 0,
           let first = f.dates.first, first.precision == .day, let day = first.day {
            f.dates[0].day = day.adding(days: local.dayShift)
            f.dates[0].shifted = true
            f.dates[0].span = TextSpan(start: min(first.span.start, local.span.start), end: max(first.span.end, local.span.end))
        }
        // "shortly after midnight on Sunday": near the day boundary, so ±1 day when merging.
        if !f.dates.isEmpty, range.contains(where: { tokens[$0].text == "midnight" }) { f.dates[0].uncertain = true }
        f.places = places.matches(in: range, tokens: tokens).filter { outsideDateline($0.tokens) }
        f.areas = places.areaMatches(in: range, tokens: tokens).filter { outsideDateline($0.tokens) }
        f.writtenPlace = WrittenPlaceFinder.find(in: range, tokens: tokens).flatMap { outsideDateline($0.tokens) ? $0 : nil }
        f.writtenTown = WrittenTownFinder.find(in: range, tokens: tokens).flatMap { outsideDateline($0.tokens) ? $0 : nil }
        // "two days after the drone attack on Tower 22", "eight days before Tower 22, on Jan. 20" (`+CountedFromEvent`).
        f = readingCountedAnchor(f, range: range)
        for k in range where outsideDateline(k..<(k + 1)) {
            if let name = Lexicon.countries[tokens[k].stem], tokens[k].isCapitalized {
                // "fired from Iraq", "launched from inside Syria": the launch site, not the target.
                let origin = stride(from: k - 1, through: max(range.lowerBound, k - 3), by: -1).contains {
                    tokens[$0].text == "from"
                }
                f.countries.append(CountryMention(name: name, span: tokens[k].span, isOrigin: origin))
            }
        }
        // "an Iraqi military base", "a Syrian airbase": a base its country's adjective describes is in that country.
        var adjectiveCountries: [CountryMention] = []
        for k in range where outsideDateline(k..<(k + 1)) && tokens[k].isCapitalized {
            guard let name = Lexicon.countryOfBaseAdjective[tokens[k].text] else { continue }
            var n = k + 1
            while n < range.upperBound, Lexicon.baseKindWords.contains(tokens[n].text) { n += 1 }
            if n < range.upperBound, PlaceMatcher.siteWords.contains(tokens[n].stem), !PlaceMatcher.looseSiteWords.contains(tokens[n].stem) {
                adjectiveCountries.append(CountryMention(name: name, span: tokens[k].span, isOrigin: false))
            }
        }
        // "militias in Iraq ... killed three U.S. soldiers at a base in Jordan": the country a site word places the
        // attack in comes first, with the one its adjective gives a base.
        let siteCountries = f.countries.filter { c in
            guard let k = range.first(where: { tokens[$0].start == c.span.start }), k - 2 >= range.lowerBound else { return false }
            return tokens[k - 1].text == "in" && PlaceMatcher.siteWords.contains(tokens[k - 2].stem)
        } + adjectiveCountries
        f.countries = siteCountries + f.countries.filter { c in !siteCountries.contains { $0.span == c.span } }
        f.outcomes = OutcomeFinder.find(in: range, tokens: tokens)
        f.confirmation = ConfirmationFinder.find(in: range, tokens: tokens)
        let weapons = WeaponFinder.find(in: range, tokens: tokens)
        f.weapons = weapons.weapons
        f.unqualifiedMissile = weapons.unqualifiedMissile
        let defaultParty: CasualtyParty = switch role {
        case .attack, .orphan: .us
        case .strike: .militia
        }
        f.casualties = markingUSZeros(CasualtyFinder.find(in: range, tokens: tokens, defaultParty: defaultParty), in: range)
        // "\"Two personnel suffered minor injuries,\" ... without giving their nationalities", "sans préciser leur
        // nationalité": people the clause says it does not know to be American are nobody's we can tell.
        if range.contains(where: { FrameBuilder.nationalityWords.contains(tokens[$0].text) }) {
            f.casualties.removeAll { $0.usesDefaultParty && $0.party == .us && ($0.figure.count ?? 0) > 0 }
        }
        f.casualties = countsOfUntoldNationalityApart(f.casualties, sentence: sentence)
        if sentence == 0, isHeadline(range) {
            for c in f.casualties.indices { f.casualties[c].inHeadline = true }
        }
        if role == .orphan {
            // An aside that names no US forces: "eight injuries", "no one was hurt" and "some soldiers
            // suffered minor injuries" are the attack's, "five people were killed" is nobody's we can tell.
            f.casualties.removeAll { $0.usesDefaultParty && $0.hasPersonNoun && !Lexicon.militaryNouns.contains($0.head) }
        }
        if role == .strike {
            f.casualties.removeAll { $0.party == .us }
        }
        f.groups = groups.matches(in: range, tokens: tokens)
        if let claim, !claim.isNegated {
            f.claim = claim
            let speakers = GroupAppositive.withoutDescribed(f.groups, tokens: tokens)
            if claim.passive {
                f.claimGroup = speakers.first { $0.tokens.lowerBound >= claim.tokens.upperBound }
            } else {
                f.claimGroup = speakers.last { $0.tokens.upperBound <= claim.tokens.lowerBound }
                    ?? speakers.first { $0.tokens.lowerBound >= claim.tokens.upperBound }
            }
            if f.claimGroup == nil {
                f.writtenClaimant = WrittenGroupFinder.find(in: range, text: text)
            }
            // "a spokesman said they had hit areas where Iraqi forces were": a government's speaker, no group's, so no
            // group told before is the claimant (`FrameBuilder.speaksForAGroup`).
            let groupSpeaks = speaksForAGroup(before: claim.tokens.lowerBound, in: range)
            if f.claimGroup == nil, f.writtenClaimant == nil, sentence > 0, groupSpeaks {
                f.claimGroup = GroupAppositive.withoutDescribed(groups.matches(in: sentences[sentence - 1], tokens: tokens),
                                                                tokens: tokens).last
            }
            // "A little-known group calling itself Saraya Awliya al-Dam claimed responsibility".
            if f.claimGroup == nil, f.writtenClaimant == nil { f.claimGroup = UnknownClaimant.find(in: range, text: text) }
            // "In a second statement, it said it struck ...": the group named last before the claim.
            if f.claimGroup == nil, f.writtenClaimant == nil, groupSpeaks {
                f.claimGroup = sentences[..<sentence].reversed().lazy.compactMap { s in
                    self.groups.matches(in: s, tokens: tokens).last { GroupMatcher.isActor($0.group) }
                }.first
            }
        }
        if role != .strike {
            f.descriptor = AttributionFinder.find(in: range, tokens: tokens)
        }
        if let first = f.dates.first {
            f.isBackground = isBackground(first)
                && !(first.precision == .day && !first.isRelative && first.day.map(isInLeadsLastWeek) == true)
        }
        if f.role == .strike, namesStrikesOfAnEarlierTime(f.tokens) { f.isBackground = true }
        // "... have claimed most of the attacks since October 17, including a rocket attack on al-Shaddadi on
        // Saturday": an example of a run of attacks, an earlier event even when recent.
        if f.role == .attack, !f.dates.isEmpty, FrameBuilder.isExampleOfRun(range, tokens: tokens) {
            f.isBackground = true
            f.isExampleOfRun = true
        }
        return f
    }

    /// True when a paragraph opens with a day and a dash: "November 5 — Tal Baydar (al-Hasakah, Syria)."
    /// Also "#51 — 12 Nov. 2023, ~14:00 — Green Village": an entry number before the day, a time after it; and
    /// "Dec. 6 (Wed.) — IRAQ — Ain al-Asad AB": the weekday in brackets after the day.
    static func opensDatedEntry(_ sentence: Range<Int>, tokens: [Token], published: CalendarDay?) -> Bool {
        // "Attack No. 96: On Dec. 9, multiple rockets ...": a tracker's numbered entry (`+NumberedEntry`).
        if opensNumberedEntry(sentence, tokens: tokens, published: published) { return true }
        let dashes: Set<String> = ["—", "–", "-", ":"]
        var start = sentence.lowerBound
        if start + 2 < sentence.upperBound, tokens[start].text == "#", tokens[start + 1].kind == .number,
           dashes.contains(tokens[start + 2].text) {
            start += 3
        }
        // "- November 12: ...": a bulleted entry.
        if start + 1 < sentence.upperBound, ["-", "•", "*", "–"].contains(tokens[start].text) { start += 1 }
        // "Also THU 11 JAN: Partner. ...": a second entry of a day already headed.
        if start + 1 < sentence.upperBound, tokens[start].text.lowercased() == "also" { start += 1 }
        // "Thu 11 Jan 2024 — ...": the weekday before the day.
        if start + 1 < sentence.upperBound, isWeekday(tokens[start]),
           DateFinder.find(in: sentence, tokens: tokens, published: published).first?.tokens.lowerBound == start + 1 {
            start += 1
        }
        guard let date = DateFinder.find(in: sentence, tokens: tokens, published: published).first,
              date.tokens.lowerBound == start, date.precision == .day,
              date.tokens.upperBound < sentence.upperBound else { return false }
        var after = date.tokens.upperBound
        if tokens[after].text == "(", let close = (after..<min(sentence.upperBound, after + 5)).first(where: { tokens[$0].text == ")" }),
           (after + 1..<close).allSatisfy({ tokens[$0].isPunct || isWeekday(tokens[$0]) }),
           close + 1 < sentence.upperBound {
            after = close + 1
        }
        if dashes.contains(tokens[after].text) { return true }
        // ", ~14:00 —", ", evening —": the time of day, then the dash.
        guard tokens[date.tokens.upperBound].text == "," else { return false }
        let timeWords: Set<String> = ["~", ":", "morning", "afternoon", "evening", "night", "midnight", "dawn", "local", "time"]
        var k = date.tokens.upperBound + 1
        while k < min(sentence.upperBound, date.tokens.upperBound + 7) {
            if ["—", "–", "-"].contains(tokens[k].text) { return k > date.tokens.upperBound + 1 }
            guard tokens[k].kind == .number || timeWords.contains(tokens[k].text) else { return false }
            k += 1
        }
        return false
    }

    /// True when the first sentence is a line of its own without a full stop: the headline.
    func isHeadline(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard let first = sentences.first, first.upperBound < tokens.count, range.upperBound <= first.upperBound else {
            return false
        }
        return tokens[first.upperBound - 1].text != "." && tokens[first.upperBound].newlineBefore
    }

    /// Participles of a US strike told in the past perfect ("had struck", "had carried out", "had launched").
    static let pastStrikeVerbs: Set<String> = ["struck", "carried", "launched", "conducted", "bombed", "hit", "targeted", "retaliated"]

    /// True when a base was matched by the bare name of its city or province ("Erbil" for Erbil Air Base)
    /// with no site word ("airport", "air base") in the name.
    func isBareCity(_ match: PlaceMatch, tokens: [Token]) -> Bool {
        // "Erbil International Airport": the site word may follow the matched name.
        let after = match.tokens.upperBound..<min(tokens.count, match.tokens.upperBound + 2)
        let hasSiteWord = (match.tokens.lowerBound..<after.upperBound).contains { PlaceMatcher.siteWords.contains(tokens[$0].stem) }
        let written = tokens[match.tokens].map(\.text).joined(separator: " ")
        return !hasSiteWord && PlaceMatcher.key(of: written) == PlaceMatcher.key(of: match.base.admin1)
    }

    /// "a week after", "two weeks after", "a month after", "days after" + an event: how many days before
    /// the day told it happened, and where it is written.
    static func periodBefore(in range: Range<Int>, tokens: [Token]) -> (Int, Range<Int>)? {
        for k in range where tokens[k].text == "after" && k - 1 > range.lowerBound {
            let unit = tokens[k - 1].text
            let perUnit: Int
            switch unit {
            case "week", "weeks": perUnit = 7
            case "month", "months": perUnit = 30
            case "days": perUnit = 1
            default: continue
            }
            let countToken = k - 2
            let count: Int
            if unit == "days" {
                // "That announcement came days after a drone attack killed three US soldiers": a few days.
                guard NumberReader.number(at: countToken, in: tokens, limit: k - 1) == nil,
                      NumberReader.vagueWords[tokens[countToken].text] == nil else { continue }
                count = 3
            } else if ["a", "one"].contains(tokens[countToken].text) {
                count = 1
            } else if let (n, end) = NumberReader.number(at: countToken, in: tokens, limit: k), end == k - 1 {
                count = n
            } else {
                continue
            }
            // An event must follow: "a week after a drone struck", not "a week after the talks".
            let event = (k + 1..<min(range.upperBound, k + 8)).contains { Lexicon.attackWords.contains(tokens[$0].text) }
            if event { return (count * perUnit, countToken..<(k + 1)) }
        }
        return nil
    }

    /// "the next day", "the following day", "a day later": where it is written.
    static func dayAfter(in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        for k in range where tokens[k].text == "day" {
            if k - 1 >= range.lowerBound, ["next", "following"].contains(tokens[k - 1].text),
               k - 2 >= range.lowerBound, tokens[k - 2].text == "the" {
                return (k - 2)..<(k + 1)
            }
            if k + 1 < range.upperBound, tokens[k + 1].text == "later", k - 1 >= range.lowerBound,
               ["a", "one"].contains(tokens[k - 1].text) {
                return (k - 1)..<(k + 2)
            }
        }
        return nil
    }

    /// "Operation Inherent Resolve": the US-led mission, named in the Pentagon's casualty releases.
    /// How many days before what the sentence told first the clause at `start` is, when it follows "a day after",
    /// "two days after", "the day after".
    static func daysBeforeAfter(_ start: Int, tokens: [Token]) -> Int? {
        guard start >= 3, tokens[start - 1].text == "after", ["day", "days"].contains(tokens[start - 2].text) else { return nil }
        let count = tokens[start - 3].text
        if ["a", "one", "the"].contains(count) { return 1 }
        if let n = NumberReader.number(at: start - 3, in: tokens, limit: start - 2)?.value, (1...6).contains(n) { return n }
        return nil
    }

    /// True when the clause at `start` follows "shortly after", "minutes after", "soon after": told as
    /// happening just before what the sentence told first.
    static func followsShortlyAfter(_ start: Int, tokens: [Token]) -> Bool {
        guard start >= 2, ["after", "following"].contains(tokens[start - 1].text) else { return false }
        return ["shortly", "soon", "minutes", "moments", "just", "right", "immediately"].contains(tokens[start - 2].text)
    }

    static func namesUSOperation(at k: Int, tokens: [Token]) -> Bool {
        tokens[k].text == "inherent" && tokens[k].isCapitalized && k + 1 < tokens.count && tokens[k + 1].text == "resolve"
    }

    /// A line that opens with a list marker: "- A drone attack ...", "• ...", "2. ...", "3- ...".
    static func isListItem(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        let first = tokens[sentence.lowerBound]
        guard first.newlineBefore || sentence.lowerBound == 0 else { return false }
        if ["-", "•", "*", "–", "—"].contains(first.text) { return true }
        return first.kind == .number && sentence.count > 1 && [".", "-", ")"].contains(tokens[sentence.lowerBound + 1].text)
    }

    /// "the previous day", "the day before", "a day earlier": where it is written.
    static func dayBefore(in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        func text(_ k: Int) -> String { range.contains(k) ? tokens[k].text : "" }
        for k in range where tokens[k].text == "day" {
            if text(k - 1) == "previous", text(k - 2) == "the" { return (k - 2)..<(k + 1) }
            // "the day before." but not "the day before the talks"
            if text(k - 1) == "the", text(k + 1) == "before", ["", ".", ","].contains(text(k + 2)) {
                return (k - 1)..<(k + 2)
            }
            if ["a", "one"].contains(text(k - 1)), text(k + 1) == "earlier" { return (k - 1)..<(k + 2) }
        }
        return nil
    }

    /// "that day", "the same day", "that same day", "earlier in the day": where it is written.
    static func sameDay(in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        func text(_ k: Int) -> String { range.contains(k) ? tokens[k].text : "" }
        for k in range where tokens[k].text == "day" {
            if text(k - 1) == "that" { return (k - 1)..<(k + 1) }
            if text(k - 1) == "same", ["the", "that"].contains(text(k - 2)) { return (k - 2)..<(k + 1) }
            if text(k - 1) == "the", text(k - 2) == "in", ["earlier", "later"].contains(text(k - 3)) {
                return (k - 3)..<(k + 1)
            }
        }
        return nil
    }

    /// Words for the nationality a clause leaves untold (folded, as tokens are).
    static let nationalityWords: Set<String> = [
        "nationality", "nationalities", "nacionalidade", "nacionalidad", "staatsangehorigkeit", "nationalite",
        "nationalites", "nazionalita", "nationalitat",
    ]

    /// True when a date is right before or after a reporting verb ("on Monday identified", "said Tuesday").
    static func datesTheTelling(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        let after = date.tokens.upperBound
        let before = date.tokens.lowerBound - 1
        // "The Pentagon said Sunday's strikes targeted ...": a possessive day is the event's, never the telling's.
        if after > date.tokens.lowerBound, tokens[after - 1].text.hasSuffix("'s") || tokens[after - 1].text.hasSuffix("’s") { return false }
        // "told reporters on Friday", "briefed journalists Tuesday": the verb's object stands between.
        if before - 1 >= range.lowerBound, ["reporters", "journalists", "lawmakers", "senators", "congress"].contains(tokens[before].text),
           ["told", "briefed"].contains(tokens[before - 1].text) {
            return true
        }
        return (after < range.upperBound && Lexicon.reportingVerbs.contains(tokens[after].text))
            || (before >= range.lowerBound && Lexicon.reportingVerbs.contains(tokens[before].text))
            || datesAPromiseOrArticledTelling(date, range: range, tokens: tokens)
            || datesAPosting(date, range: range, tokens: tokens)
            || datesTheReportingClause(date, range: range, tokens: tokens)
            || datesAReaction(date, range: range, tokens: tokens)
            || datesARisingToll(date, range: range, tokens: tokens)
            || datesACountUpdate(date, range: range, tokens: tokens)
            || datesAClaim(date, range: range, tokens: tokens)
            || datesASpeech(date, range: range, tokens: tokens)
    }

    /// "A little-known armed faction ... claimed responsibility on Tuesday for the rocket attack that targeted Erbil
    /// International Airport ... on Monday night": the day a claim was made, not the day of the attack it claims.
    /// Round 16 (ar08).
    static func datesAClaim(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        var before = date.tokens.lowerBound - 1
        if before >= range.lowerBound, tokens[before].text == "on" { before -= 1 }
        guard before >= range.lowerBound else { return false }
        return tokens[before].text == "responsibility" || ["claimed", "claims"].contains(tokens[before].text)
    }

    /// "In a statement posted on its Telegram channel early on Friday, the group said its fighters struck the base
    /// at about 11 p.m. on Thursday": the day a statement came out, not the day of what it tells.
    static func datesAPosting(_ date: DateMention, range: Range<Int>, tokens: [Token]) -> Bool {
        var k = date.tokens.lowerBound - 1
        var posted = false
        while k >= max(range.lowerBound, date.tokens.lowerBound - 10), ![",", ".", ";"].contains(tokens[k].text) {
            if ["posted", "released", "issued", "published"].contains(tokens[k].text) { posted = true }
            if posted, Lexicon.postedStatementNouns.contains(tokens[k].text) { return true }
            k -= 1
        }
        return false
    }

    /// True for a date of an earlier event: month precision, or an explicit day well before publication.
    func isBackground(_ date: DateMention) -> Bool {
        guard let published, let day = date.day else { return false }
        switch date.precision {
        case .month: return true
        case .week, .unknown: return false
        case .day:
            if date.isRelative { return false }
            let age = published.ordinal - day.ordinal
            return age > FrameBuilder.recentDays || age < -1
        }
    }
}
