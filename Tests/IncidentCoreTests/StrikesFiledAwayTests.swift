import Testing
@testable import IncidentCore

/// A log telling how it files strikes ("U.S. strikes are kept in a separate table") tells no strike: no phantom
/// US strike row borrowing the day of the entry above it.
@Suite struct StrikesFiledAwayTests {
    typealias F = ExtractionFixtures

    @Test(arguments: [
        "Note: U.S. strikes are kept in a separate table.",
        "Retaliatory US strikes are listed separately and are not counted as attacks.",
        "US airstrikes appear in the log's second table.",
    ])
    func aLogNoteOnStrikesIsNoStrike(_ note: String) {
        let body = """
            DAILY LOG

            WED 31 JAN 2024
            Erbil Air Base, Iraq. Drone shot down by coalition air defence at 22:10. No casualties. Claimed: IRI.

            \(note)
            """
        #expect(F.kindSiteDay(body, published: "2024-02-01") == ["attack Erbil Air Base 2024-01-31"])
    }

    @Test func aStrikeReportedInThePresentIsStillAStrike() {
        let body = "US strikes are reported near Al-Qaim on Friday night, two days after the drone attack on Tower 22."
        #expect(F.kindSiteDay(body, published: "2024-01-31").contains { $0.hasPrefix("usStrike") })
    }
}
