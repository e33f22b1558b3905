import Testing
@testable import IncidentCore

/// "a 26-year-old reservist medic", "its 35-year campaign": a number joined to a unit of time is an age or a length,
/// never a count of people killed or hurt.
@Suite struct AgeIsNoCountTests {
    typealias F = ExtractionFixtures

    @Test func anAgeIsNotTheDead() {
        let e = F.extract("""
            Several MPs recalled the death of Lance Corporal Brodie Gillon, a 26-year-old reservist medic from the \
            Scottish Yeomanry, who was killed along with two American service members when militiamen fired rockets at \
            Camp Taji, north of Baghdad, in March 2020.
            """, published: "2024-01-31")
        #expect(e.incidents.first?.usKilled.count != 26, "\(F.dump(e, body: ""))")
    }

    @Test func aCountStillCounts() {
        let e = F.extract("Rockets struck Camp Taji on Wednesday night, killing two U.S. soldiers.", published: "2020-03-13")
        #expect(e.incidents.first?.usKilled == Figure(count: 2), "\(F.dump(e, body: ""))")
    }

    @Test func aNumberBeforeAUnitOfTimeIsNoNumber() {
        let tokens = TextScanner.tokens(of: "a 26-year-old medic and 14 soldiers")
        let ages = tokens.indices.filter { NumberReader.number(at: $0, in: tokens, limit: tokens.count) != nil }
        #expect(ages.map { tokens[$0].text } == ["14"])
    }
}
