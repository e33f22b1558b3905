import Testing
@testable import IncidentCore

/// "No Americans were killed, though more than 100 were later treated for brain injuries": a bare count that was
/// treated for injuries was hurt. "Two others are being treated for minor injuries" tells how people already counted
/// fare, and adds nobody.
@Suite struct TreatedForInjuriesTests {
    typealias F = ExtractionFixtures

    @Test func aCountTreatedForInjuriesWasHurt() {
        let body = """
            Iran's reply, on Jan. 8, 2020, was a salvo of ballistic missiles at Ain al-Asad air base. No Americans were \
            killed, though more than 100 were later treated for brain injuries.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2025-01-06")).incidents
        #expect(found.first { $0.location == "Ain al-Asad Air Base" }?.usInjured.spelled == "more than 100")
    }

    @Test func thoseBeingTreatedAreNoMorePeople() {
        let body = """
            Several rockets impacted within the perimeter of MSS Conoco on Monday. Three U.S. service members sustained \
            minor injuries; one has been treated and returned to duty, and two others are being treated for minor injuries.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2023-08-29")).incidents
        #expect(found.first { $0.kind == .attack }?.usInjured.spelled == "3")
    }
}
