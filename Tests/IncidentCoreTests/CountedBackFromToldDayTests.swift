import Testing
@testable import IncidentCore

/// "Monday's attack came a day after a rocket struck Balad air base": the day told before the count dates what came
/// after, so the earlier attack is counted back from it.
@Suite struct CountedBackFromToldDayTests {
    private func balad(_ text: String, published: String = "2021-05-04") -> ExtractedIncident? {
        ExtractionFixtures.extract(text, published: published).incidents.first { $0.location == "Balad Air Base" }
    }

    @Test func aPossessiveDayBeforeTheCount() {
        let m = balad("Three rockets struck Ain al-Asad air base on Monday. Monday's attack came a day after a rocket struck Balad air base.")
        #expect(m?.kind == .mention && m?.date.exported == "2021-05-02")
    }

    @Test func aDayAfterTheCountWithAnExplicitDay() {
        let m = balad("Three rockets struck Ain al-Asad air base on Monday. The barrage on May 3 came two days after rockets hit Balad air base.")
        #expect(m?.kind == .mention && m?.date.exported == "2021-05-01")
    }

    @Test func aDayOfItsOwnAfterTheCountIsNotCounted() {
        // The clause's own day, told after the phrase, is the earlier attack's day: nothing is counted.
        let m = balad("Three rockets struck Ain al-Asad air base on Monday, two days after rockets hit Balad air base on Saturday.")
        #expect(m?.date.exported == "2021-05-01")
    }
}
