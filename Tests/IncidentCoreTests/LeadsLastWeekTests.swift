import Testing
@testable import IncidentCore

/// A lead that dates its news "last week" makes each day of that calendar week news: "Nineteen of the troops were hurt
/// at al-Tanf garrison on Oct. 18, and two at Al-Asad Air Base", told eight days on, are the lead's attacks, not
/// background. A day before that week is still background.
@Suite struct LeadsLastWeekTests {
    typealias F = ExtractionFixtures

    private func incidents(day: String) -> [ExtractedIncident] {
        let title = "Pentagon: 21 US troops hurt in two drone attacks last week"
        let body = """
            \(title)

            WASHINGTON — Twenty-one American service members were injured when drones struck bases in Syria and Iraq last \
            week, a Pentagon spokesman said Wednesday.

            Nineteen of the troops were hurt at al-Tanf garrison in southern Syria on \(day), and two at Al-Asad Air Base \
            in western Iraq the same day, the spokesman said.
            """
        return F.extractor.extract(title: title, body: body, published: F.day("2023-10-26")).incidents
    }

    @Test func theDaysOfLastWeekAreTheLeadsAttacks() {
        let found = incidents(day: "Oct. 18")
        let tanf = found.first { $0.location == "Al-Tanf Garrison" }
        #expect(tanf?.kind == .attack)
        #expect(tanf?.usInjured.spelled == "19")
        #expect(found.first { $0.location == "Ain al-Asad Air Base" }?.usInjured.spelled == "2")
    }

    @Test func aDayBeforeLastWeekIsStillBackground() {
        // Last week ran from Monday 16 to Sunday 22 October; the 12th was the week before.
        #expect(incidents(day: "Oct. 12").first { $0.location == "Al-Tanf Garrison" }?.kind == .mention)
    }
}
