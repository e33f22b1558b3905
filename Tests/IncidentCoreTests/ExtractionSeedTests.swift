import Testing
@testable import IncidentCore

/// The acceptance criteria for the five seed articles (see Fixtures/seeds/expected.json).
@Suite struct ExtractionSeedTests {
    typealias F = ExtractionFixtures

    private func extraction(_ prefix: String) throws -> (ArticleExtraction, F.Seed) {
        let seed = try F.seed(prefix)
        return (F.extract(seed), seed)
    }

    private func onlyAttack(_ e: ArticleExtraction, _ body: String) throws -> ExtractedIncident {
        let attacks = e.incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 1, "\(F.dump(e, body: body))")
        return try #require(attacks.first)
    }

    @Test func seed000RocketsOnAlAsadThisSaturday() throws {
        let (e, seed) = try extraction("000")
        let a = try onlyAttack(e, seed.body)
        #expect(a.date == IncidentDate(day: F.day("2024-01-20"), precision: .day))
        #expect(a.country == "Iraq")
        #expect(a.location == "Ain al-Asad Air Base")
        #expect(a.latitude == 33.786 && a.longitude == 42.441)
        #expect(a.weapons.contains(.rocket))
        #expect(!a.weapons.contains(.ballisticMissile))
        #expect(a.usInjured == Figure(count: 2, qualifier: .atLeast))
        #expect(a.otherCasualties.contains { $0.who == "Iraqi soldier" && $0.injured == 1 })
        #expect(a.claimedBy == nil)
        #expect(a.attributedTo?.contains("Iran-backed militias") == true)
        #expect(!a.weapons.contains(.airStrike), "the Israeli airstrike on Damascus is not this attack's")
        #expect(e.totals.count == 1)
        let t = try #require(e.totals.first)
        #expect(t.asOf == F.day("2024-01-18"))
        #expect(t.total.count == 140)
        #expect(t.iraq == 57 && t.syria == 83)
        #expect(t.usInjured == Figure(count: 70, qualifier: .about))
    }

    @Test func seed001ErbilOnMondayWithUSStrikes() throws {
        let (e, seed) = try extraction("001")
        let a = try onlyAttack(e, seed.body)
        #expect(a.date == IncidentDate(day: F.day("2023-12-25"), precision: .day))
        #expect(a.country == "Iraq")
        #expect(a.location == "Erbil Air Base")
        #expect(a.weapons.isEmpty)
        #expect(a.usInjured == Figure(count: 3))
        #expect(a.claimedBy == nil)
        #expect(a.attributedTo?.contains("Kataib Hezbollah") == true)
        #expect(a.usResponse != nil)
        let strikes = e.incidents.filter { $0.kind == .usStrike }
        #expect(strikes.count == 1)
        let militia = try #require(strikes.first?.otherCasualties.first { $0.who == "militia" })
        #expect(militia.killed == 1 && militia.injured == 24)
        #expect(a.otherCasualties.isEmpty, "militia casualties belong to the US strike")
        #expect(e.totals.count == 1)
        let t = try #require(e.totals.first)
        #expect(t.asOf == F.day("2023-12-26"))
        #expect(t.total == Figure(count: 100, qualifier: .moreThan))
        #expect(t.since == F.day("2023-10-01") && t.sincePrecision == .month)
    }

    @Test func seed002BallisticMissilesEightInjuries() throws {
        let (e, seed) = try extraction("002")
        let a = try onlyAttack(e, seed.body)
        #expect(a.date == IncidentDate(day: F.day("2023-11-21"), precision: .day))
        #expect(a.country == "Iraq")
        #expect(a.location == "Ain al-Asad Air Base")
        #expect(a.weapons == [.ballisticMissile])
        #expect(a.usInjured == Figure(count: 8))
        #expect(a.usResponse != nil)
        #expect(e.incidents.contains { $0.kind == .usStrike })
        #expect(e.totals.count == 1)
        let t = try #require(e.totals.first)
        #expect(t.asOf == F.day("2023-11-21"))
        #expect(t.since == F.day("2023-10-17") && t.sincePrecision == .day)
        #expect(t.total == Figure(count: 66, qualifier: .about))
        #expect(t.iraq == 32 && t.syria == 34)
        #expect(t.usInjured == Figure(count: 62, qualifier: .about))
    }

    @Test func seed003RocketsOnMondayAndBackgroundMentions() throws {
        let (e, seed) = try extraction("003")
        let a = try onlyAttack(e, seed.body)
        #expect(a.date == IncidentDate(day: F.day("2024-08-05"), precision: .day))
        #expect(a.country == "Iraq")
        #expect(a.location == "Ain al-Asad Air Base")
        #expect(a.weapons == [.rocket])
        #expect(a.usInjured == Figure(count: nil, qualifier: .several))
        #expect(a.usKilled.isUnknown)
        #expect(a.usResponse == nil, "the US strike came before this attack")
        let jordan = e.incidents.first { $0.country == "Jordan" }
        #expect(jordan?.kind == .mention)
        #expect(jordan?.date == IncidentDate(day: F.day("2024-01-01"), precision: .month))
        #expect(jordan?.usKilled == Figure(count: 3))
        let july = e.incidents.filter { $0.date.day?.month == 7 && $0.date.day?.year == 2024 }
        #expect(july.allSatisfy { $0.kind == .mention || $0.kind == .usStrike })
        #expect(Set(july.filter { $0.kind == .mention }.compactMap(\.date.day)) == [F.day("2024-07-16"), F.day("2024-07-25")])
        for strike in e.incidents where strike.kind == .usStrike {
            #expect(strike.date.day == F.day("2024-07-30"))
        }
        #expect(e.totals.count == 1)
        let t = try #require(e.totals.first)
        #expect(t.total == Figure(count: 175, qualifier: .moreThan))
        #expect(t.asOf == nil)
    }

    @Test func seed004ClaimedByIslamicResistance() throws {
        let (e, seed) = try extraction("004")
        let a = try onlyAttack(e, seed.body)
        #expect(a.date == IncidentDate(day: F.day("2024-01-20"), precision: .day))
        #expect(a.country == "Iraq")
        #expect(a.location == "Ain al-Asad Air Base")
        #expect(a.weapons == [.ballisticMissile, .rocket])
        #expect(a.usInjured == Figure(count: nil, qualifier: .possible))
        let iraqi = try #require(a.otherCasualties.first { $0.who == "Iraqi soldier" })
        #expect(iraqi.injured == 1 && iraqi.qualifier == .atLeast)
        #expect(a.claimedBy == "Islamic Resistance in Iraq")
        #expect(!e.incidents.contains { $0.kind == .attack && $0.date.day != F.day("2024-01-20") })
        #expect(!e.incidents.contains { $0.otherCasualties.contains { $0.who.lowercased().contains("guard") } })
        #expect(e.totals.count == 1)
        let t = try #require(e.totals.first)
        #expect(t.asOf == F.day("2024-01-17"))
        #expect(t.since == F.day("2023-10-17"))
        #expect(t.total == Figure(count: 140, qualifier: .atLeast))
    }

    /// The originals (no front matter, published passed separately) give the same incidents and totals.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func originalsGiveTheSameIncidents(_ prefix: String) throws {
        let seed = try F.seed(prefix)
        let original = try F.seed(prefix, original: true)
        let a = F.extract(seed)
        let b = F.extract(original, published: seed.published)
        func projection(_ e: ArticleExtraction) -> [String] {
            e.incidents.map {
                "\($0.kind) \($0.date) \($0.country ?? "") \($0.location ?? "") \($0.weapons.sorted()) "
                    + "\($0.usKilled) \($0.usInjured) \($0.otherCasualties) \($0.claimedBy ?? "") \($0.attributedTo ?? "")"
            } + e.totals.map { "\($0.asOf as Any) \($0.since as Any) \($0.total) \($0.iraq as Any) \($0.syria as Any) \($0.usInjured)" }
        }
        #expect(projection(a) == projection(b))
    }

    /// Every fact of every seed points inside the body at non-empty text.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func factSpansPointAtEvidence(_ prefix: String) throws {
        let seed = try F.seed(prefix)
        let e = F.extract(seed)
        let length = seed.body.unicodeScalars.count
        for fact in e.allFacts {
            #expect(fact.span.start >= 0 && fact.span.end <= length && fact.span.length > 0, "\(fact)")
        }
    }

    @Test func seedSpansQuoteTheEvidence() throws {
        let (e002, s002) = try extraction("002")
        let a = try onlyAttack(e002, s002.body)
        func quote(_ field: String, _ i: ExtractedIncident) -> String? {
            i.facts.first { $0.field == field }.map { F.quote($0.span, in: s002.body) }
        }
        #expect(quote("date", a) == "early Tuesday")
        #expect(quote("location", a) == "Ain al-Asad air base")
        #expect(quote("weapon", a) == "close-range ballistic missiles")
        let (e004, s004) = try extraction("004")
        let b = try onlyAttack(e004, s004.body)
        #expect(b.facts.first { $0.field == "claimed_by" }.map { F.quote($0.span, in: s004.body) } == "claimed responsibility")
        #expect(b.facts.first { $0.field == "location" }.map { F.quote($0.span, in: s004.body) } == "Al-Assad Air Base")
    }
}
