import Testing
@testable import IncidentCore

/// "two days after the drone attack on Tower 22", "Just eight days before Tower 22, on Jan. 20, ...": an event dated
/// by its distance from another is on its own day, and the other event's site is no site of the clause.
@Suite struct EventCountedFromAnotherTests {
    typealias F = ExtractionFixtures

    @Test func theAnchorOfACountedDayIsNoSiteOfTheClause() {
        let body = """
        Five years after the embassy siege, Iraq's militias have moved into the state

        Many of the factions' leaders now sit in parliament, and the PMF's budget has doubled.

        Just eight days before Tower 22, on Jan. 20, a barrage of ballistic missiles and rockets hit Ain al-Asad air base, wounding several U.S. personnel.
        """
        #expect(F.kindSiteDay(body, published: "2024-12-31") == ["mention Ain al-Asad Air Base 2024-01-20"])
    }

    @Test func anAttackCountedBackFromAnotherDayIsOnItsOwnDay() {
        let body = """
        Iran Update, February 13, 2024

        Militias have not claimed an attack on US forces since early February, CTP-ISW assesses.

        Kataib Hezbollah announced the suspension of its attacks on January 30, two days after the drone attack on Tower 22 that killed three US soldiers.
        """
        let found = F.extract(body, published: "2024-02-14").incidents
        #expect(found.map { "\($0.location ?? "-") \($0.date.day.map { "\($0)" } ?? "-")" } == ["Tower 22 2024-01-28"])
    }
}
