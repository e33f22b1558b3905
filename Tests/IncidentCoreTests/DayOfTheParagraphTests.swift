import Testing
@testable import IncidentCore

/// An attack told with no day of its own, in a paragraph opened by a dated attack, is of that paragraph's day even
/// when an undated clause (a toll) stands between them.
@Suite struct DayOfTheParagraphTests {
    typealias F = ExtractionFixtures

    @Test func anUndatedAttackTakesTheLastDayToldInItsParagraph() {
        let body = """
            Rockets hit the Conoco gas field base in eastern Syria on Monday, a U.S. official said. No one was hurt.

            Then early on Wednesday, three drones targeted Al-Shaddadi. Two U.S. troops were treated for minor \
            injuries. A separate drone attack was also reported at Mission Support Site Green Village, officials said.
            """
        let rows = F.kindSiteDay(body, published: "2023-05-11")
        #expect(rows.contains("attack Al-Omar oil field (Green Village) 2023-05-10"), "\(rows)")
    }
}
