import Testing
@testable import IncidentCore

/// Round 22: "In den vergangenen zwei Monaten waren Stützpunkte mit US-Präsenz im Irak mehr als ein Dutzend Mal mit
/// Raketen beschossen worden" (read "more than a dozen times"), "targeted by drones and rockets several times last
/// year": a count of times is a run of attacks, no attack of the story's own.
@Suite struct TimesCountedTests {
    @Test func severalTimesIsARun() {
        let incidents = ExtractionFixtures.extract("""
            Rockets hit Ain al-Asad

            Five rockets were fired at Ain al-Asad airbase on Wednesday afternoon, a coalition official said.

            Kurdistan Region officials have raised security at Erbil airport, which was targeted by drones and rockets \
            several times last year.
            """, published: "2022-01-06").incidents
        #expect(!incidents.contains { $0.location == "Erbil Air Base" })
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.weapons == [.rocket])
    }

    @Test func twoTimesOnOneNightIsNoRun() {
        let incidents = ExtractionFixtures.extract("""
            Erbil airport targeted

            Drones targeted Erbil airport two times on Tuesday night, Kurdish officials said.
            """, published: "2022-01-06").incidents
        #expect(incidents.first?.location == "Erbil Air Base")
    }
}
