import Testing
@testable import IncidentCore

@Suite struct CalendarDayTests {
    @Test func weekdayAndOrdinalRoundTrip() throws {
        let day = try #require(CalendarDay(iso: "2024-01-20"))
        #expect(day.weekday == 6) // Saturday
        #expect(CalendarDay(ordinal: day.ordinal) == day)
        #expect(day.adding(days: 12).iso == "2024-02-01")
        #expect(CalendarDay(iso: "2024-02-30") == nil)
        #expect(CalendarDay(iso: "2024-01-20T18:30:00Z") == day)
        #expect(CalendarDay(iso: "2024-1-20") == nil)
    }

    @Test func firstOfAMonthCountedForwardCrossesTheYear() throws {
        let day = try #require(CalendarDay(iso: "2023-11-15"))
        #expect(day.firstOfMonth(addingMonths: 3).iso == "2024-02-01")
        #expect(day.firstOfMonth(addingMonths: -11).iso == "2022-12-01")
    }
}
