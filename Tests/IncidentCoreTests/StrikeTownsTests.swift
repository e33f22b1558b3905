import Testing
@testable import IncidentCore

/// A US strike on towns of two countries is a strike in each, at its own town.
@Suite struct StrikeTownsTests {
    typealias F = ExtractionFixtures

    private func strikes(_ body: String, published: String) -> [ExtractedIncident] {
        F.incidents(body, published: published).filter { $0.kind == .usStrike }
    }

    @Test func townsOnBothSidesOfTheBorderAreTwoStrikes() {
        let s = strikes("""
        U.S. F-15 and F-16 jets struck three targets overnight into Monday: two facilities near the Syrian border town \
        of Albukamal and one at al-Qaim on the Iraqi side of the border, the Pentagon said.
        """, published: "2021-06-28")
        #expect(s.count == 2)
        #expect(s.first { $0.country == "Syria" }?.location == "Albukamal")
        #expect(s.first { $0.country == "Iraq" }?.location == "al-Qaim")
    }

    @Test func townsOfOneCountryStayOneStrike() {
        let s = strikes("""
        U.S. F-15 jets struck a weapons depot near Albukamal and a command post near Mayadin in eastern Syria on \
        Sunday, the Pentagon said.
        """, published: "2023-11-13")
        #expect(s.count == 1)
        #expect(s.first?.country == "Syria")
    }
}
