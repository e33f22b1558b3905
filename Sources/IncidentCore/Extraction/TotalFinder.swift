/// Reads official cumulative counts ("attacked approximately 66 times since October 17, including 32
/// times in Iraq and 34 times in Syria") and the cumulative US injuries quoted with them.
enum TotalFinder {
    /// Smallest count read as a cumulative total.
    static let minimumTotal = 10

    private static let modifiers: Set<String> = [
        "rocket", "rockets", "and", "or", "missile", "missiles", "militia", "drone", "drones", ",", "-", "short",
        "close", "medium", "range", "ballistic", "such", "separate", "hostile", "militant", "one", "way", "reported",
        "recorded", "confirmed", "total", "distinct", "cruise", "mortar", "uav", "individual", "other", "iran",
        "backed", "iranian", "proxy", "known", "documented", "attempted",
    ]
    private static let attackNouns: Set<String> = ["attacks", "attack"]

    static func find(in range: Range<Int>, tokens: [Token], published: CalendarDay?) -> ExtractedTotal? {
        guard let (phrase, nounEnd) = totalPhrase(in: range, tokens: tokens) else { return nil }
        var facts: [Fact] = []
        let figure = phrase.figure
        let totalSpan = TextSpan(start: tokens[phrase.start].start, end: tokens[nounEnd - 1].end)
        facts.append(Fact(field: "total", value: figure.spelled, span: totalSpan))

        // Breakdown by country: "including 32 times in Iraq and 34 times in Syria", "57 in Iraq".
        var byCountry: [String: Int] = [:]
        var m = nounEnd
        while m < range.upperBound {
            if let (value, end) = NumberReader.number(at: m, in: tokens, limit: range.upperBound) {
                var p = end
                if p < range.upperBound, ["times", "attacks", "of", "them"].contains(tokens[p].text) { p += 1 }
                if p < range.upperBound, tokens[p].text == "them" { p += 1 }
                if p + 1 < range.upperBound, tokens[p].text == "in", let country = Lexicon.countries[tokens[p + 1].stem],
                   byCountry[country] == nil {
                    byCountry[country] = value
                    facts.append(Fact(field: "total_\(country.lowercased())", value: String(value),
                                      span: TextSpan(start: tokens[m].start, end: tokens[p + 1].end)))
                    m = p + 2
                    continue
                }
            }
            m += 1
        }

        let dates = DateFinder.find(in: range, tokens: tokens, published: published)
        var since: CalendarDay?
        var sincePrecision = DatePrecision.unknown
        if let s = dates.first(where: { $0.isSince && $0.day != nil }) {
            since = s.day
            sincePrecision = s.precision == .month ? .month : .day
            if let day = s.day {
                facts.append(Fact(field: "since", value: sincePrecision == .month ? day.isoMonth : day.iso, span: s.span))
            }
        }
        var asOf: CalendarDay?
        if let end = dates.first(where: { $0.isPeriodEnd && $0.day != nil }), let day = end.day {
            asOf = day
            facts.append(Fact(field: "as_of", value: day.iso, span: end.span))
        } else if let said = dates.first(where: { !$0.isSince && !$0.isPeriodEnd && $0.precision == .day && $0.day != nil }),
                  let day = said.day {
            asOf = day
            facts.append(Fact(field: "as_of", value: day.iso, span: said.span))
        } else if since != nil || speaksOfNow(range, tokens: tokens) {
            asOf = published
        }

        var total = ExtractedTotal(asOf: asOf, since: since, sincePrecision: sincePrecision, total: figure,
                                   iraq: byCountry["Iraq"], syria: byCountry["Syria"], jordan: byCountry["Jordan"],
                                   facts: facts)
        let injuries = CasualtyFinder.find(in: nounEnd..<range.upperBound, tokens: tokens, defaultParty: .us)
        if let injured = injuries.first(where: { $0.party == .us && !$0.killed && $0.figure.count != nil }) {
            total.usInjured = injured.figure
            total.facts.append(Fact(field: "total_us_injured", value: injured.figure.spelled, span: injured.span))
        }
        return total
    }

    /// The count of attacks: "[qualifier] N times" in a sentence about attacks, or "[qualifier] N ... attacks".
    static func totalPhrase(in range: Range<Int>, tokens: [Token]) -> (NumberPhrase, Int)? {
        let aboutAttacks = range.contains { ["attacked", "attacks", "attack", "targeted"].contains(tokens[$0].text) }
        var i = range.lowerBound
        while i < range.upperBound {
            if i > range.lowerBound, tokens[i - 1].text == "-", !tokens[i].spaceBefore {
                i += 1
                continue
            }
            // "in the Oct. 18 attacks", "the January 20 attacks": the day of the month, not a count.
            let afterMonth = (1...2).contains { d in
                i - d >= range.lowerBound && Lexicon.months[tokens[i - d].text] != nil
                    && (d == 1 || tokens[i - 1].text == ".")
            }
            guard !afterMonth, let phrase = NumberReader.phrase(numberAt: i, in: tokens, lowerBound: range.lowerBound,
                                                   limit: range.upperBound),
                  let value = phrase.value, value >= minimumTotal, !(tokens[i].kind == .number && (1900...2100).contains(value)
                                                                     && phrase.end < range.upperBound && tokens[phrase.end].text != "attacks") else {
                i += 1
                continue
            }
            var k = phrase.end
            if k < range.upperBound, tokens[k].text == "times", aboutAttacks {
                return (phrase, k + 1)
            }
            var steps = 0
            while k < range.upperBound, steps < 11, modifiers.contains(tokens[k].text) {
                k += 1
                steps += 1
            }
            if k < range.upperBound, tokens[k].text == "attacks" {
                return (phrase, k + 1)
            }
            i = phrase.end
        }
        return nil
    }

    /// The sentence counts up to now: present perfect ("have been attacked", "has registered"),
    /// "so far", "to date", "in the past three months".
    private static func speaksOfNow(_ range: Range<Int>, tokens: [Token]) -> Bool {
        for k in range {
            let w = tokens[k].text
            let next = k + 1 < range.upperBound ? tokens[k + 1].text : ""
            if w == "have" || w == "has" {
                if ["been", "registered", "recorded", "counted", "tallied", "documented", "sustained", "faced", "seen",
                    "launched", "carried", "conducted", "suffered", "attacked", "targeted"].contains(next) { return true }
            }
            if w == "past", ["few", "two", "three", "four", "five", "six", "week", "weeks", "month", "months", "year"]
                .contains(next) { return true }
            if (w == "so" && next == "far") || (w == "to" && next == "date") { return true }
            if w == "this", ["year", "month", "week"].contains(next) { return true }
        }
        return false
    }

    /// Nouns of many attacks that, as the subject of a perfect ("the attacks have injured"), make a tally.
    private static let pluralAttackNouns: Set<String> = ["attacks", "strikes", "operations", "assaults", "barrages"]

    /// True when the range tells figures of many attacks up to now with no count of the attacks: "According to
    /// Pentagon figures, the attacks have injured dozens of US soldiers", "those operations have killed three".
    static func tellsTallyOfAttacks(in range: Range<Int>, tokens: [Token]) -> Bool {
        for k in range where pluralAttackNouns.contains(tokens[k].text) {
            var j = k + 1
            // "the attacks, most of them claimed by ..., have injured": at most a few words between.
            while j < min(range.upperBound, k + 4), !["have", "has"].contains(tokens[j].text) { j += 1 }
            guard j < range.upperBound, ["have", "has"].contains(tokens[j].text) else { continue }
            var v = j + 1
            if v < range.upperBound, ["so", "now", "also", "together", "collectively", "since"].contains(tokens[v].text) { v += 1 }
            if v < range.upperBound, ["killed", "injured", "wounded", "hurt", "left", "caused"].contains(tokens[v].text) { return true }
        }
        return false
    }

    /// True when the words after "since" at `k` name a time: a month, a day or year, a weekday, or a word that
    /// opens one ("since the start of the war", "since then", "since last year", "since mid-October", "since the
    /// Hamas attack").
    static func opensTime(after k: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        let timeWords: Set<String> = [
            "then", "last", "early", "mid", "late", "start", "beginning", "outbreak", "war", "attack", "killing",
        ]
        return (k + 1..<min(range.upperBound, k + 4)).contains { j in
            let t = tokens[j]
            return t.kind == .number || Lexicon.months[t.stem] != nil || Lexicon.weekdays[t.stem] != nil
                || timeWords.contains(t.stem)
        }
    }

    /// Cumulative US injuries in a sentence ("About 70 U.S. soldiers suffered injuries in the attacks",
    /// "U.S. personnel have sustained approximately 62 injuries, not including ..."), or nil.
    static func cumulativeInjuries(in range: Range<Int>, tokens: [Token]) -> CasualtyMention? {
        var cumulative = false
        var sinceAt: Int?
        for k in range {
            let w = tokens[k].text
            let next = k + 1 < range.upperBound ? tokens[k + 1].text : ""
            let third = k + 2 < range.upperBound ? tokens[k + 2].text : ""
            if w == "in", ["the", "these", "those", "such"].contains(next), third == "attacks" { cumulative = true }
            if (w == "not" && next == "including") || (w == "so" && next == "far") || (w == "in" && next == "total")
                || w == "overall" || w == "altogether" || w == "cumulative" { cumulative = true }
            if (w == "have" || w == "has"), next == "sustained" || next == "suffered" { cumulative = true }
            // "since October 17" opens a counted period; "have since returned to duty" does not, nor "the
            // deadliest attack since the one at Tower 22, which killed three and wounded more than 40".
            // "bombing since helicopteros" (Spanish "desde", from) is no period: "since" must open a time.
            // "the Pentagon has since said 110 service members were diagnosed": a later telling, no period either.
            if w == "since", !(next.hasSuffix("ed") || next == "been" || Lexicon.reportingVerbs.contains(next)), opensTime(after: k, in: range, tokens: tokens),
               !(range.lowerBound..<k).contains(where: { ["first", "deadliest", "deadly", "worst", "largest", "biggest"].contains(tokens[$0].text) }) {
                if sinceAt == nil { sinceAt = k }
            }
        }
        guard cumulative || sinceAt != nil else { return nil }
        let found = CasualtyFinder.find(in: range, tokens: tokens, defaultParty: .us)
        // "Nobody was hurt in those attacks": a zero is the toll of the attacks just told, never a running total; but
        // "No casualties have been reported so far" is a count up to now (zero), and so tells no attack its toll.
        let upToNow = range.contains { (k: Int) -> Bool in
            guard k + 1 < range.upperBound else { return false }
            let pair = (tokens[k].text, tokens[k + 1].text)
            return pair == ("so", "far") || pair == ("to", "date")
        }
        let lowest = upToNow ? 0 : 1
        guard let figure = found.first(where: { (m: CasualtyMention) -> Bool in
            m.party == .us && !m.killed && (m.figure.count ?? -1) >= lowest
        }) else { return nil }
        // "has been attacked repeatedly since 2020, most seriously in January 2020, when Iran fired ballistic
        // missiles at it, causing traumatic brain injuries to more than 100 U.S. troops": a toll told in the "when"
        // clause after the period is that one event's, no running total.
        if !cumulative, let sinceAt, (sinceAt..<range.upperBound).contains(where: { k in
            tokens[k].text == "when" && tokens[k - 1].text == "," && tokens[k].span.end <= figure.span.start
        }) { return nil }
        return figure
    }
}
