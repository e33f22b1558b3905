import Testing
@testable import IncidentCore

/// Round 13 (kinds): a toll of US strikes that "rose to 25 on Monday" is counted on that day; the strikes are the
/// ones the story dates elsewhere, so the count makes no US strike of its own on the day of counting.
@Suite struct RisingTollOfStrikesTests {
    private func strikes(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .usStrike }
    }

    @Test func aTollThatRoseOnADayIsNoStrikeThatDay() {
        let s = strikes("""
            The death toll from U.S. airstrikes on militia facilities in eastern Syria rose to 22 on Saturday, a war \
            monitor said. The strikes late Thursday destroyed buildings at a border crossing near Albu Kamal, the \
            Pentagon said.
            """, published: "2021-02-27")
        #expect(s.count == 1)
        #expect(s.first?.date.day == CalendarDay(year: 2021, month: 2, day: 25))
        #expect(s.first?.location == "Albu Kamal")
    }

    @Test func aTollThatClimbedIsNoStrikeOfTheDayItWasTold() {
        let s = strikes("""
            The number of Iraqi paramilitary fighters killed in US air strikes on the Iraq-Syria border climbed to \
            seven on Tuesday, a Hashed official said. US jets struck weapons storage facilities near Albu Kamal in \
            Syria on Sunday night, the Pentagon said.
            """, published: "2021-06-29")
        #expect(s.count == 1)
        #expect(s.first?.date.day == CalendarDay(year: 2021, month: 6, day: 27))
    }

    @Test func aStrikeOnTheDayItselfStillCounts() {
        let s = strikes("""
            U.S. jets struck a weapons depot near Albu Kamal in Syria on Monday, the Pentagon said.
            """, published: "2021-06-29")
        #expect(s.first?.date.day == CalendarDay(year: 2021, month: 6, day: 28))
    }
}
