import Testing
@testable import IncidentCore

/// A toll told days after its attack ("has risen to 109, the Pentagon said on Monday", "up from 64 that the department
/// reported on Jan. 30", "the figure it last updated on Friday") is the toll of that attack, on the attack's day; the
/// days a count was given out or reached are days of telling.
@Suite struct TollToldOnALaterDayTests {
    @Test func aRisenTollTakesTheDayOfTheAttackToldLater() {
        let body = """
        The number of U.S. troops diagnosed with concussions from Iran's ballistic missile attack on a base in Iraq has \
        climbed to 64, the Pentagon said Thursday.

        The department last updated the figure on Jan. 24, when it said 34 troops had been diagnosed.

        Iranian missiles struck Ain al-Asad air base on Jan. 8, five days after a U.S. drone strike killed Qassem Soleimani.
        """
        let incidents = ExtractionFixtures.extract(body, published: "2020-01-31").incidents
        let asad = incidents.filter { $0.location == "Ain al-Asad Air Base" }
        #expect(asad.count == 1)
        #expect(asad.first?.date.day == CalendarDay(iso: "2020-01-08"))
        #expect(asad.first?.usInjured.count == 64)
        #expect(!incidents.contains { $0.date.day == CalendarDay(iso: "2020-01-24") || $0.date.day == CalendarDay(iso: "2020-01-30") })
    }

    @Test func theDayAStrikesTollRoseToIsNotTheStrikesDay() {
        let body = """
        The number of militia fighters killed in American airstrikes in western Iraq and eastern Syria climbed to 25 on \
        Monday, the group said.

        F-15E jets hit five of the group's facilities on Sunday, three in Iraq and two in Syria.
        """
        let strikes = ExtractionFixtures.extract(body, published: "2019-12-31").incidents.filter { $0.kind == .usStrike }
        #expect(!strikes.isEmpty)
        #expect(strikes.allSatisfy { $0.date.day == CalendarDay(iso: "2019-12-29") })
    }
}
