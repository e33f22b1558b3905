import Testing
@testable import IncidentCore

/// Posts compiled from a feed, each under a line of nothing but its day and time ("Feb 13, 2020 · 10:58 PM"): a post
/// tells "last night" and "tonight" from its own day, and an attack it tells without a day is of that day.
@Suite struct TimeStampedPostsTests {
    private let body = """
    Nov 7, 2023 · 11:15 PM
    Reports: rockets targeted a base hosting coalition troops at Rumalyn this evening. No casualties.

    Nov 8, 2023 · 9:02 AM
    Confirmed: two rockets landed near Rumalyn Landing Zone last night. No coalition casualties; no damage.

    Nov 9, 2023 · 5:48 AM
    Reports: a one-way attack drone was shot down near Ain al-Asad air base at approx. 4:30 am. No injuries.
    """

    @Test func lastNightIsTheNightBeforeThePostsOwnDay() {
        let incidents = ExtractionFixtures.extract(body, published: "2023-11-10").incidents
        #expect(incidents.contains { $0.location == "Rumalyn Landing Zone" && $0.date.day == CalendarDay(iso: "2023-11-07") })
    }

    @Test func anUndatedAttackOfAPostIsOfThePostsDay() {
        let incidents = ExtractionFixtures.extract(body, published: "2023-11-10").incidents
        #expect(incidents.contains { $0.location == "Ain al-Asad Air Base" && $0.date.day == CalendarDay(iso: "2023-11-09") })
    }
}
