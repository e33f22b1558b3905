import Testing
@testable import IncidentCore

/// A weekday followed by the day it names ("on Thursday, July 25", "Friday 2 August") is that written day, not the
/// latest such weekday before publication; a story told two weeks later put July 25 on August 8.
@Suite struct WeekdayNamingAWrittenDayTests {
    typealias F = ExtractionFixtures

    @Test(arguments: ["on Friday, Aug. 2,", "late on Friday, August 2,", "on Friday 2 August"])
    func theWrittenDayWins(_ when: String) {
        let body = """
            Since mid-July, bases hosting US forces have been targeted at least five times. Two rockets were fired at \
            the Conoco gas field in Deir ez-Zor \(when) but fell outside the perimeter, the coalition said.
            """
        let days = F.incidents(body, published: "2024-08-14").compactMap(\.date.day)
        #expect(days == [F.day("2024-08-02")], "\(days)")
    }

    @Test func aWeekdayOfThisWeekIsStillTheStorysNews() {
        let body = "Rockets were fired at the Conoco gas field on Tuesday evening, 13 August, the coalition said."
        #expect(F.kindSiteDay(body, published: "2024-08-14") == ["attack Conoco gas field 2024-08-13"])
    }
}
