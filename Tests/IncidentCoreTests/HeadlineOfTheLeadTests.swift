import Testing
@testable import IncidentCore

/// A headline that names no site tells the attack of the lead, when the lead names its site: its toll is not that
/// of a later attack at the first base the gazetteer knows.
@Suite struct HeadlineOfTheLeadTests {
    typealias F = ExtractionFixtures

    @Test func theHeadlinesTollStaysWithTheLeadsAttack() {
        let title = "Four US troops wounded in rocket attack in Iraq"
        let body = """
            \(title)

            Four U.S. service members were wounded when rockets struck a coalition position near Kirkuk on Monday, \
            officials said.

            Hours later, on Tuesday, two drones were shot down over Erbil Air Base. One U.S. service member was \
            slightly hurt.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2021-06-16")).incidents
        let erbil = found.first { $0.location == "Erbil Air Base" }
        #expect(erbil?.usInjured.count == 1, "\(found.map { "\($0.location ?? "-") \($0.usInjured)" })")
        #expect(found.contains { $0.location != "Erbil Air Base" && $0.usInjured.count == 4 },
                "\(found.map { "\($0.location ?? "-") \($0.usInjured)" })")
    }
}
