import Testing
@testable import IncidentCore

/// "The factions claimed dozens of attacks on U.S. forces after Oct. 7, 2023": a claim of a vague count of attacks,
/// counted from a day, claims no one attack and recalls no event on that day.
@Suite struct ClaimedCountTests {
    typealias F = ExtractionFixtures

    @Test func aClaimedCountFromADayIsNoIncident() {
        let body = """
            The drawdown talks resumed in Baghdad on Monday, officials said.

            The factions, which fight under the name Islamic Resistance in Iraq, claimed scores of rocket and drone \
            attacks on American bases in Iraq and Syria after Oct. 7, 2023.
            """
        #expect(F.kindSiteDay(body, published: "2024-09-10").isEmpty, "\(F.kindSiteDay(body, published: "2024-09-10"))")
    }
}
