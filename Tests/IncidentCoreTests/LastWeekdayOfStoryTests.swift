import Testing
@testable import IncidentCore

/// "Last Wednesday" told after an attack on a Wednesday is the Wednesday a week before it.
@Suite struct LastWeekdayOfStoryTests {
    private func tanf(_ text: String, published: String = "2023-10-26") -> ExtractedIncident? {
        ExtractionFixtures.extract(text, published: published).incidents.first { $0.location == "Al-Tanf Garrison" }
    }

    @Test func lastWeekdayOfTheStorysWeekdayIsAWeekBack() {
        let m = tanf("Rockets were fired at Ain al-Asad air base on Wednesday. Last Wednesday, two drones targeted the al-Tanf garrison.")
        #expect(m?.kind == .mention && m?.date.exported == "2023-10-18")
    }

    @Test func lateOnTheWeekdayToo() {
        let m = tanf("A drone was shot down near Erbil airport late on Wednesday. Last Wednesday, drones targeted the al-Tanf garrison.")
        #expect(m?.kind == .mention && m?.date.exported == "2023-10-18")
    }

    @Test func lastOfAnotherWeekdayIsUnchanged() {
        // The story is on Wednesday; last Monday is simply the Monday before publication.
        let m = tanf("Rockets were fired at Ain al-Asad air base on Wednesday. Last Monday, two drones targeted the al-Tanf garrison.")
        #expect(m?.date.exported == "2023-10-23")
    }
}
