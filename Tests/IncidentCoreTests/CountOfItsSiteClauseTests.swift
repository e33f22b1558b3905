import Testing
@testable import IncidentCore

/// Round 11, tolls: a sentence telling two sites of one earlier event, each in an attack clause of its own with its own
/// count, gives each site its count; a count told of the sites together stays no one site's.
@Suite struct CountOfItsSiteClauseTests {
    private func injured(_ text: String, at site: String) -> String? {
        ExtractionFixtures.extract(text, published: "2023-10-31").incidents
            .first { $0.kind == .mention && $0.location == site }?.usInjured.spelled
    }

    private let twoClauses = """
        Rockets were fired at Erbil Air Base on Monday. There were no injuries.

        The campaign began two weeks ago. On Oct. 18, one-way drones hit al-Tanf garrison in southern Syria, leaving 20 \
        U.S. service members with minor injuries, and a drone also struck Ain al-Asad, where four U.S. service members \
        were hurt.
        """

    @Test func eachSiteKeepsTheCountOfItsOwnClause() {
        #expect(injured(twoClauses, at: "Al-Tanf Garrison") == "20")
        #expect(injured(twoClauses, at: "Ain al-Asad Air Base") == "4")
    }

    @Test func aCountOfTheSitesTogetherIsNoOneSites() {
        // Must not trigger: "struck al-Tanf and Ain al-Asad, wounding 21" tells one count of both sites.
        let text = """
            Rockets were fired at Erbil Air Base on Monday. There were no injuries.

            On Oct. 18, one-way drones struck al-Tanf garrison and Ain al-Asad air base, wounding 21 U.S. service members.
            """
        #expect(injured(text, at: "Al-Tanf Garrison") == "unknown")
        #expect(injured(text, at: "Ain al-Asad Air Base") == "unknown")
    }
}
