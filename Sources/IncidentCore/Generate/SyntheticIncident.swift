import Foundation

/// One made-up incident with the reports of its sources: articles (headline, 300–800 bytes of
/// text, the facts found in it and the figures it gives) or, for imported events, a dataset row.
/// Built from the bundled gazetteer, group list and weapon vocabulary, for benchmark stores.
struct SyntheticIncident {
    /// One source article and what it reports.
    struct Article {
        var title: String
        var body: String
        var outlet: String
        var url: String
        var published: CalendarDay?
        var facts: [Fact]
        var report: ExtractedIncident
    }

    var kind: IncidentKind
    var articles: [Article]
    /// For imported events (no article): the dataset row's report, URL, identifier and fatalities.
    var importedReport: ExtractedIncident?
    var importedURL: String?
    var externalId: String?
    var fatalities: Int?

    /// The incident as the merging rule resolves it from its sources.
    var resolved: ExtractedIncident {
        if let importedReport { return importedReport }
        return IncidentMerger.resolve(articles.map(\.report))
    }
}

/// Makes synthetic incidents: dates over ten years (2015–2024, with surges), every base of the
/// gazetteer, weapons, US casualties with qualifiers, other casualties, claims and responses.
struct SyntheticIncidentMaker {
    let bases: [Base]
    let groups: [String]
    let firstDay = CalendarDay(year: 2015, month: 1, day: 1)!.ordinal
    let lastDay = CalendarDay(year: 2024, month: 12, day: 31)!.ordinal
    /// Periods with many more attacks, as in late 2019–early 2020 and late 2023–early 2024.
    let surges: [ClosedRange<Int>] = [
        CalendarDay(year: 2019, month: 10, day: 1)!.ordinal...CalendarDay(year: 2020, month: 3, day: 31)!.ordinal,
        CalendarDay(year: 2021, month: 4, day: 1)!.ordinal...CalendarDay(year: 2021, month: 7, day: 31)!.ordinal,
        CalendarDay(year: 2023, month: 10, day: 17)!.ordinal...CalendarDay(year: 2024, month: 2, day: 4)!.ordinal,
    ]

    static let outlets: [(String, String)] = [
        ("Reuters", "reuters.com"), ("Associated Press", "apnews.com"), ("AFP", "france24.com"),
        ("Al-Monitor", "al-monitor.com"), ("Rudaw", "rudaw.net"), ("Shafaq News", "shafaq.com"),
        ("Kurdistan 24", "kurdistan24.net"), ("The National", "thenationalnews.com"),
        ("Military Times", "militarytimes.com"), ("Stars and Stripes", "stripes.com"),
        ("CNN", "cnn.com"), ("Fox News", "foxnews.com"), ("Al Jazeera", "aljazeera.com"),
        ("Defense One", "defenseone.com"), ("Long War Journal", "longwarjournal.org"),
    ]
    static let officials = [
        "a US defense official said", "the Pentagon said in a statement", "US Central Command said",
        "a spokesman for the coalition said", "two US officials told reporters", "local security sources said",
        "the Operation Inherent Resolve press office said", "an Iraqi security official said",
    ]
    static let context = [
        "The base hosts US and coalition troops advising local partner forces in the campaign against the Islamic State group.",
        "Such attacks have been frequent since the militias announced a campaign against the US presence in the region.",
        "Air defences engaged the incoming threat, and a damage assessment was under way, the statement added.",
        "Residents near the base reported hearing several loud explosions followed by sirens in the early hours.",
        "The United States keeps about 2,500 troops in Iraq and about 900 in neighbouring Syria.",
        "Iran-aligned armed groups have repeatedly threatened to escalate unless foreign forces leave the country.",
        "Officials did not say whether the attack caused damage to equipment or infrastructure at the site.",
        "A counter-drone system was activated, according to a coalition source who asked not to be named.",
        "The attack came hours after a similar incident was reported at another installation in the area.",
        "Washington has said it holds Tehran responsible for attacks carried out by groups it backs.",
        "Security forces cordoned off the launch area and found the remains of the launch rails nearby.",
        "The government condemned the attack and said it would pursue those responsible.",
    ]
    static let responses = [
        "US forces returned fire", "US aircraft struck the launch site", "the US carried out retaliatory strikes",
        "coalition forces fired counter-battery rounds",
    ]
    static let otherVictims = ["SDF fighters", "Iraqi soldiers", "civilians", "contractors", "Peshmerga fighters"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    static let kinds: [(IncidentKind, Int)] = [(.attack, 70), (.partner, 8), (.usStrike, 7), (.mention, 5), (.event, 10)]
    static let precisions: [(DatePrecision, Int)] = [(.day, 90), (.week, 5), (.month, 4), (.unknown, 1)]
    static let weapons: [(Weapon, Int)] = [(.rocket, 40), (.drone, 35), (.mortar, 8), (.ballisticMissile, 3), (.ied, 5),
                                           (.smallArms, 4), (.artillery, 2), (.cruiseMissile, 1), (.airStrike, 2)]
    static let sourceCounts: [(Int, Int)] = [(1, 60), (2, 35), (3, 5)]

    init(gazetteer: Gazetteer = .bundled, groups: GroupCatalog = .bundled) {
        bases = gazetteer.bases
        self.groups = groups.groups.filter { !$0.kind.contains("political") && !$0.kind.contains("state-sanctioned") }.map(\.name)
    }

    func make(serial: Int, rng: inout SeededRandom) -> SyntheticIncident {
        let kind = rng.pick(Self.kinds)
        let base = bases[serial % bases.count]
        var dayOrdinal = rng.int(firstDay...lastDay)
        if rng.chance(0.35) { let surge = rng.pick(surges); dayOrdinal = rng.int(surge.lowerBound...surge.upperBound) }
        let day = CalendarDay(ordinal: dayOrdinal)
        let precision = rng.pick(Self.precisions)
        let date: IncidentDate
        switch precision {
        case .unknown: date = .unknown
        case .month: date = IncidentDate(day: CalendarDay(year: day.year, month: day.month, day: 1), precision: .month)
        default: date = IncidentDate(day: day, precision: precision)
        }
        let near = kind == .partner || kind == .event ? rng.chance(0.5) : rng.chance(0.05)
        let location = near ? "village near \(base.name)" : base.name
        var weapons: Set<Weapon> = [rng.pick(Self.weapons)]
        if kind == .usStrike { weapons = [.airStrike] }
        if rng.chance(0.12) { weapons.insert(rng.pick([.rocket, .drone, .mortar])) }
        let claimed: String? = kind == .usStrike || rng.chance(0.55) ? nil : rng.pick(groups)
        let attributed: String? = rng.chance(0.15) ? rng.pick(groups) : nil
        var report = ExtractedIncident(
            kind: kind, date: date, dateUncertain: precision != .day, country: base.country, location: location,
            latitude: near ? nil : base.latitude, longitude: near ? nil : base.longitude, weapons: weapons,
            usKilled: killed(&rng, kind: kind), usInjured: injured(&rng, kind: kind),
            otherCasualties: rng.chance(0.1) ? [OtherCasualty(who: rng.pick(Self.otherVictims), killed: rng.int(0...6),
                                                              injured: rng.chance(0.5) ? rng.int(1...12) : nil)] : [],
            claimedBy: claimed, attributedTo: attributed,
            usResponse: kind == .attack && rng.chance(0.05) ? rng.pick(Self.responses) : nil,
            summary: "")
        report.summary = summary(report, base: base)

        if kind == .event {
            let code = base.country == "Iraq" ? "IRQ" : base.country == "Syria" ? "SYR" : "JOR"
            return SyntheticIncident(kind: kind, articles: [], importedReport: report,
                                     importedURL: "https://acleddata.com/data-export-tool/#\(code)\(100_000 + serial)",
                                     externalId: "\(code)\(100_000 + serial)", fatalities: rng.int(0...3))
        }
        let count = rng.pick(Self.sourceCounts)
        var articles: [SyntheticIncident.Article] = []
        for n in 0..<count {
            var own = report
            if n > 0 {
                // A later source may give another figure or qualifier: disagreement is kept per source.
                if rng.chance(0.4) { own.usInjured = injured(&rng, kind: kind) }
                if rng.chance(0.3) { own.claimedBy = nil }
            }
            articles.append(article(own, base: base, serial: serial, number: n, rng: &rng))
        }
        return SyntheticIncident(kind: kind, articles: articles)
    }

    func killed(_ rng: inout SeededRandom, kind: IncidentKind) -> Figure {
        guard kind == .attack || kind == .partner else { return .unknown }
        let roll = rng.int(0...99)
        if roll < 82 { return .unknown }
        if roll < 96 { return Figure(count: 0) }
        return Figure(count: rng.int(1...3), qualifier: rng.chance(0.3) ? rng.pick([.atLeast, .possible]) : nil)
    }

    func injured(_ rng: inout SeededRandom, kind: IncidentKind) -> Figure {
        guard kind == .attack || kind == .partner else { return .unknown }
        let roll = rng.int(0...99)
        if roll < 55 { return .unknown }
        if roll < 80 { return Figure(count: 0) }
        if roll < 83 { return Figure(count: nil, qualifier: .several) }
        return Figure(count: rng.int(1...40), qualifier: rng.chance(0.4) ? rng.pick([.atLeast, .about, .moreThan]) : nil)
    }

    func summary(_ r: ExtractedIncident, base: Base) -> String {
        let what = r.weapons.sorted().map(\.rawValue).joined(separator: " and ")
        let place = r.location ?? base.name
        switch r.kind {
        case .usStrike: return "US air strike near \(place) against an Iran-backed group."
        case .partner: return "Partner forces hit by \(what) near \(place)."
        case .mention: return "Earlier \(what) attack on \(place) mentioned in passing."
        case .event: return "\(what.capitalizedFirst) attack reported at \(place) (imported dataset row)."
        case .attack:
            let injuredText = r.usInjured.count.map { $0 > 0 ? ", \($0) US personnel injured" : ", no US casualties" } ?? ""
            return "\(what.capitalizedFirst) attack on \(place)\(injuredText)."
        }
    }

    func article(_ r: ExtractedIncident, base: Base, serial: Int, number: Int, rng: inout SeededRandom) -> SyntheticIncident.Article {
        let (outlet, host) = rng.pick(Self.outlets)
        let weaponWord = r.weapons.sorted().first?.rawValue ?? "rocket"
        let published = r.date.day.map { $0.adding(days: rng.int(0...2)) }
        var text = ArticleText()
        var facts: [Fact] = []
        let place = r.location ?? base.name
        text.add(r.kind == .usStrike ? "A US " : "A ")
        facts.append(Fact(field: "weapon", value: weaponWord, span: text.add(weaponWord)))
        text.add(r.kind == .usStrike ? " hit positions of an Iran-backed group near " : " attack targeted ")
        facts.append(Fact(field: "location", value: base.name, span: text.add(place)))
        text.add(" in \(base.admin1), ")
        text.add(base.country)
        if let day = r.date.day {
            text.add(", on ")
            let spelled = r.date.precision == .month ? "\(Self.monthNames[day.month - 1]) \(day.year)"
                                                     : "\(Self.monthNames[day.month - 1]) \(day.day), \(day.year)"
            text.add(spelled)
        }
        text.add(", \(rng.pick(Self.officials)). ")
        if let count = r.usInjured.count {
            if count == 0 {
                facts.append(Fact(field: "us_injured", value: "0", span: text.add("No US personnel were injured")))
                text.add(". ")
            } else {
                let qualifier = r.usInjured.qualifier.map { "\($0.rawValue) " } ?? ""
                facts.append(Fact(field: "us_injured", value: r.usInjured.spelled,
                                  span: text.add("\(qualifier)\(count) US service members were injured")))
                text.add(", officials said. ")
            }
        } else if r.usInjured.qualifier == .several {
            facts.append(Fact(field: "us_injured", value: r.usInjured.spelled, span: text.add("Several US personnel suffered minor injuries")))
            text.add(". ")
        }
        if let killed = r.usKilled.count, killed > 0 {
            facts.append(Fact(field: "us_killed", value: r.usKilled.spelled, span: text.add("\(killed) American troops were killed")))
            text.add(" in the strike. ")
        }
        if let group = r.claimedBy {
            let span = text.add(group)
            if facts.count < 3 { facts.append(Fact(field: "claimed_by", value: group, span: span)) }
            text.add(" claimed responsibility for the attack in a statement on Telegram. ")
        }
        if let other = r.otherCasualties.first {
            text.add("\(other.killed ?? 0) \(other.who) were killed in the same attack. ")
        }
        if let response = r.usResponse { text.add("In response, \(response). ") }
        // 300–800 bytes, shorter ones more common (as wire stories are).
        let closing = "(Reporting by the \(outlet) desk; ref. \(serial)-\(number + 1).)"
        let target = min(rng.int(300...800), rng.int(300...800))
        var unused = Array(Self.context.indices)
        while !unused.isEmpty {
            let sentence = Self.context[unused.remove(at: rng.int(0...(unused.count - 1)))]
            let after = text.length + sentence.utf8.count + 1 + closing.utf8.count
            if after > 800 { continue }
            text.add(sentence + " ")
            if after >= target { break }
        }
        text.add(closing)
        let title = r.kind == .usStrike ? "US strikes militia positions near \(base.name)"
                                        : "\(weaponWord.capitalizedFirst) attack targets \(place)"
        let slug = String(decoding: title.utf8.map { byte -> UInt8 in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
            default: return UInt8(ascii: "-")
            }
        }, as: UTF8.self)
        return SyntheticIncident.Article(
            title: title, body: text.body, outlet: outlet,
            url: "https://www.\(host)/\(published?.year ?? 2024)/\(slug)-\(serial)-\(number + 1)",
            published: published, facts: facts, report: r)
    }
}

/// Article text being written, with the character span of each part added (ASCII only, so
/// bytes and Unicode code points agree).
struct ArticleText {
    private(set) var body = ""
    var length: Int { body.utf8.count }

    @discardableResult
    mutating func add(_ part: String) -> TextSpan {
        let start = length
        body += part
        return TextSpan(start: start, end: length)
    }
}
