import Testing
@testable import IncidentCore

/// "No group has claimed responsibility for Sunday's attack. Similar rocket attacks on bases hosting U.S. forces and
/// on the U.S. Embassy in Baghdad have been blamed by Washington on Iran-backed militias": attacks like the story's
/// are a run, not an attack on the embassy on Sunday (the day carried from the sentence before is not the clause's).
@Suite struct SimilarAttacksTests {
    typealias F = ExtractionFixtures

    @Test func similarAttacksAreARun() {
        let body = """
            Eight Katyusha rockets struck Iraq's Balad air base north of Baghdad on Sunday, wounding four Iraqi air force \
            personnel, the Iraqi military said.

            No group has claimed responsibility for Sunday's attack. Similar rocket attacks on bases hosting U.S. forces \
            and on the U.S. Embassy in Baghdad have been blamed by Washington on Iran-backed militias.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2020-01-12")).incidents
        #expect(!found.contains { $0.location == "US Embassy Baghdad" }, "\(found.map(\.location))")
        #expect(found.contains { $0.location == "Balad Air Base" })
    }
}
