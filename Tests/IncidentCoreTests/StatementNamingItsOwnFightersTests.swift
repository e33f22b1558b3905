import Testing
@testable import IncidentCore

/// A statement quoted whole that names its group in the third person as the one whose men did the deed ("the heroes
/// of Ashab al-Kahf targeted a convoy") claims the deed; the same words in a reporter's sentence only attribute it.
@Suite struct StatementNamingItsOwnFightersTests {
    typealias F = ExtractionFixtures

    private func body(_ statement: String) -> String {
        """
        Faction claims convoy bombing

        A statement attributed to a little-known faction circulated on Telegram on Tuesday.

        \(statement)
        """
    }

    @Test func quotedStatementClaims() {
        let text = body("\"With God's help, the heroes of Ashab al-Kahf targeted a convoy of the American occupation army "
            + "near al-Diwaniyah with an explosive device on Monday, destroying one of its trucks.\"")
        let found = F.extractor.extract(title: "Faction claims convoy bombing", body: text, published: F.day("2020-09-23")).incidents
        #expect(found.first?.claimedBy == "Ashab al-Kahf", "\(found.map { $0.claimedBy ?? "-" })")
    }

    @Test func aReportersWordsOnlyAttribute() {
        let text = body("Iraqi officials said the fighters of Ashab al-Kahf targeted a convoy carrying supplies for the "
            + "US-led coalition near al-Diwaniyah on Monday, destroying one of its trucks.")
        let found = F.extractor.extract(title: "Faction claims convoy bombing", body: text, published: F.day("2020-09-23")).incidents
        #expect(found.first?.claimedBy == nil, "\(found.map { $0.claimedBy ?? "-" })")
    }
}
