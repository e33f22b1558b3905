import Testing
@testable import IncidentCore

/// One attack per site and day: a site's own clause with another calendar day tells another attack there.
@Suite struct SiteOnAnotherDayTests {
    typealias F = ExtractionFixtures

    @Test func theSameBaseOnTwoCalendarDaysIsTwoAttacks() {
        let body = """
        On March 2, a rocket landed inside Ain al-Asad Air Base, causing no injuries, the coalition said.

        On March 6, a drone struck a hangar at Ain al-Asad Air Base, damaging it. No one was hurt.
        """
        let attacks = F.incidents(body, published: "2021-03-08").filter { $0.location == "Ain al-Asad Air Base" }
        #expect(attacks.count == 2)
        let early = attacks.first { $0.date.day == CalendarDay(year: 2021, month: 3, day: 2) }
        let late = attacks.first { $0.date.day == CalendarDay(year: 2021, month: 3, day: 6) }
        #expect(early?.weapons == [.rocket])
        #expect(late?.weapons == [.drone])
    }

    @Test func theSameBaseToldTwiceOnOneDayIsOneAttack() {
        let body = """
        On March 6, a drone struck a hangar at Ain al-Asad Air Base, the coalition said.

        The attack on Ain al-Asad on March 6 caused no injuries.
        """
        let attacks = F.incidents(body, published: "2021-03-08").filter { $0.location == "Ain al-Asad Air Base" }
        #expect(attacks.count == 1)
    }
}
