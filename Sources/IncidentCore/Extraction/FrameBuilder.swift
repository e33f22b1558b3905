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
        for (si, sentence) in sentences.enumerated() {
            // The dateline ("WASHINGTON —") is not part of the story.
            var lower = sentence.lowerBound
            if let d = dateline, d.tokens.overlaps(sentence) { lower = max(lower, d.tokens.upperBound) }
            guard lower < sentence.upperBound else { continue }
            let effective = lower..<UnrelatedFilter.cut(lower..<sentence.upperBound, tokens: tokens)
            guard !effective.isEmpty else { continue }
            if let total = TotalFinder.find(in: effective, tokens: tokens, published: published) {
                totals.append(total)
                lastTotalSentence = si
                continue
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
            let split = ResponseFinder.split(effective, tokens: tokens, afterStrike: afterStrike)
            if split.strike != nil, split.isGeneric { continue }
            if let strike = split.strike {
                frames.append(frame(.strike, strike, sentence: si, claim: nil))
                afterStrike = true
            }
            for part in split.attackParts {
                let claimHere = claim.flatMap { part.contains($0.tokens.lowerBound) ? $0 : nil }
                let hasAttackWord = part.contains { Lexicon.attackWords.contains(tokens[$0].text) }
                // A line of a claimed-operations list: "2. The occupation base of Al-Tanf, with a drone."
                let namesSiteAndWeapon = !WeaponFinder.find(in: part, tokens: tokens).weapons.isEmpty
                    && !places.matches(in: part, tokens: tokens).isEmpty
                guard hasAttackWord || claimHere != nil || namesSiteAndWeapon else { continue }
                let relevant = part.contains {
                    Lexicon.isUS(tokens[$0]) || Lexicon.baseWords.contains(tokens[$0].stem)
                } || !places.matches(in: part, tokens: tokens).isEmpty
                    // "A rocket landed inside the Green Zone": an area that holds bases, hit by a weapon.
                    || (places.areaMatches(in: part, tokens: tokens).contains { !$0.area.bases.isEmpty && !$0.area.isRegion }
                        && !WeaponFinder.find(in: part, tokens: tokens).weapons.isEmpty)
                frames.append(frame(relevant ? .attack : .orphan, part, sentence: si, claim: claimHere))
            }
        }
        // "..., which prompted US strikes": a strike told in the same sentence as an earlier event is earlier too.
        for f in frames.indices where frames[f].role == .strike && frames[f].dates.isEmpty {
            if frames.contains(where: { $0.sentence == frames[f].sentence && $0.isBackground }) { frames[f].isBackground = true }
        }
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
        }
        return (frames, totals)
    }

    private func frame(_ role: ArticleFrame.Role, _ range: Range<Int>, sentence: Int,
                       claim: ClaimMention?) -> ArticleFrame {
        let tokens = text.tokens
        var f = ArticleFrame(role: role, sentence: sentence, tokens: range)
        let outsideDateline = { (r: Range<Int>) in self.dateline.map { !$0.tokens.overlaps(r) } ?? true }
        f.dates = DateFinder.find(in: range, tokens: tokens, published: published)
            .filter { !$0.isSince && !$0.isPeriodEnd && outsideDateline($0.tokens) }
        if let local = LocalTimeFinder.find(in: range, tokens: tokens), local.dayShift != 0,
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
        for k in range where outsideDateline(k..<(k + 1)) {
            if let name = Lexicon.countries[tokens[k].stem], tokens[k].isCapitalized {
                // "fired from Iraq", "launched from inside Syria": the launch site, not the target.
                let origin = stride(from: k - 1, through: max(range.lowerBound, k - 3), by: -1).contains {
                    tokens[$0].text == "from"
                }
                f.countries.append(CountryMention(name: name, span: tokens[k].span, isOrigin: origin))
            }
        }
        f.outcomes = OutcomeFinder.find(in: range, tokens: tokens)
        f.confirmation = ConfirmationFinder.find(in: range, tokens: tokens)
        let weapons = WeaponFinder.find(in: range, tokens: tokens)
        f.weapons = weapons.weapons
        f.unqualifiedMissile = weapons.unqualifiedMissile
        let defaultParty: CasualtyParty = switch role {
        case .attack, .orphan: .us
        case .strike: .militia
        }
        f.casualties = CasualtyFinder.find(in: range, tokens: tokens, defaultParty: defaultParty)
        if role == .orphan {
            // An aside that names no US forces: "eight injuries" and "no one was hurt" are the attack's,
            // "five people were killed" is nobody's we can tell.
            f.casualties.removeAll { $0.usesDefaultParty && $0.hasPersonNoun }
        }
        if role == .strike {
            f.casualties.removeAll { $0.party == .us }
        }
        f.groups = groups.matches(in: range, tokens: tokens)
        if let claim, !claim.isNegated {
            f.claim = claim
            if claim.passive {
                f.claimGroup = f.groups.first { $0.tokens.lowerBound >= claim.tokens.upperBound }
            } else {
                f.claimGroup = f.groups.last { $0.tokens.upperBound <= claim.tokens.lowerBound }
                    ?? f.groups.first { $0.tokens.lowerBound >= claim.tokens.upperBound }
            }
            if f.claimGroup == nil, sentence > 0 {
                f.claimGroup = groups.matches(in: sentences[sentence - 1], tokens: tokens).last
            }
        }
        if role != .strike {
            f.descriptor = AttributionFinder.find(in: range, tokens: tokens)
        }
        if let first = f.dates.first { f.isBackground = isBackground(first) }
        return f
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
