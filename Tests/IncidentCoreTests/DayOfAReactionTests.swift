import Testing
@testable import IncidentCore

/// "Senate Republicans on Tuesday demanded that ... explain how a drone evaded the air defenses at Tower 22, ... where
/// three U.S. soldiers were killed on Sunday": the day of a reaction is not the attack's day.
@Suite struct DayOfAReactionTests {
    typealias F = ExtractionFixtures

    @Test func theAttackKeepsItsOwnDayBesideTheDayOfADemand() {
        let body = """
        Republicans press Austin on Tower 22 as Biden weighs response

        Senate Republicans on Tuesday demanded that Defense Secretary Lloyd Austin explain how a drone evaded the air defenses at Tower 22, the outpost in Jordan where three U.S. soldiers were killed on Sunday.
        """
        let found = F.extract(body, published: "2024-01-31").incidents
        #expect(found.map { "\($0.location ?? "-") \($0.date.day.map { "\($0)" } ?? "-")" } == ["Tower 22 2024-01-28"])
        #expect(found.first?.usKilled.count == 3)
    }
}
