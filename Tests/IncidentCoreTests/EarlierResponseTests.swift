import Testing
@testable import IncidentCore

/// "On June 28, ... militants fired rockets at U.S. troops at the al-Omar oil field in eastern Syria. No Americans were
/// hurt, and U.S. forces responded with counter-battery artillery fire": the answer to an earlier event, told right
/// after it, is earlier too, no strike of the story's day. A response told after the story's own attack is news.
@Suite struct EarlierResponseTests {
    typealias F = ExtractionFixtures

    @Test func theAnswerToAnEarlierAttackIsBackground() {
        let body = """
            At least 14 rockets struck Iraq's Ain al-Asad air base on Wednesday, lightly wounding two service members.

            On June 28, militants fired rockets at U.S. troops at the al-Omar oil field in eastern Syria. No Americans \
            were hurt, and U.S. forces responded with counter-battery artillery fire, the coalition said at the time.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2021-07-07")).incidents
        #expect(!found.contains { $0.kind == .usStrike }, "\(found.map(\.kind))")
        #expect(found.contains { $0.kind == .mention && $0.date.exported == "2021-06-28" })
    }

    @Test func theAnswerToTheStorysAttackIsNews() {
        let body = """
            Militants fired rockets at U.S. troops at the al-Omar oil field in eastern Syria on Monday. No Americans were \
            hurt, and U.S. forces responded with counter-battery artillery fire, the coalition said.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2021-06-29")).incidents
        #expect(found.contains { $0.kind == .usStrike })
    }
}
