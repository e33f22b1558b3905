import Testing
@testable import IncidentCore

/// A night that ran into a written day ("in the night to 8 January", "overnight into Jan. 8", German "in der Nacht
/// zum 8. Januar") began the day before: the night rule of the labelling guide, for written days as for weekdays.
@Suite struct NightIntoAWrittenDayTests {
    typealias F = ExtractionFixtures

    @Test(arguments: ["In the night to 8 January 2020,", "Overnight into Jan. 8,"])
    func theNightBeganTheDayBefore(_ when: String) {
        let body = "\(when) Iran fired ballistic missiles at Ain al-Asad air base in Anbar province."
        #expect(F.incidents(body, published: "2020-01-20").first?.date.day == F.day("2020-01-07"))
    }

    @Test func aWrittenDayAloneIsThatDay() {
        let body = "On 8 January 2020, Iran fired ballistic missiles at Ain al-Asad air base in Anbar province."
        #expect(F.incidents(body, published: "2020-01-20").first?.date.day == F.day("2020-01-08"))
    }
}
