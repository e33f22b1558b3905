import Testing
@testable import IncidentCore

/// Round 13 (kinds): "last weekend" written on a Sunday is the weekend before this one, so the attack it tells is an
/// earlier one recalled (a `mention`), not the story's news of yesterday.
@Suite struct LastWeekendOnASundayTests {
    @Test func lastWeekendOnASundayIsRecalled() {
        let found = ExtractionFixtures.incidents("""
            Three U.S. soldiers were killed early Sunday in a drone attack on Tower 22, a base in Jordan. Last weekend, \
            militants fired ballistic missiles and rockets at Al Asad Air Base in western Iraq, injuring several U.S. \
            personnel.
            """, published: "2024-01-28")
        let asad = found.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.kind == .mention)
        #expect(asad?.date.day == CalendarDay(year: 2024, month: 1, day: 20))
    }

    @Test func overTheWeekendOnAMondayIsStillNews() {
        let found = ExtractionFixtures.incidents("""
            Militants fired rockets at Al Asad Air Base in western Iraq over the weekend, injuring two U.S. personnel, \
            officials said.
            """, published: "2024-01-22")
        #expect(found.first?.kind == .attack)
        #expect(found.first?.date.day == CalendarDay(year: 2024, month: 1, day: 20))
    }
}
