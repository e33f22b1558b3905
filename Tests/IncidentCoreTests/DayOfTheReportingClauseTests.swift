import Testing
@testable import IncidentCore

/// The day written in the clause of whoever reports an attack ("On Sunday, the group said ... that it had attacked",
/// "The Pentagon on Wednesday pushed back on a claim that ...") is the day of the telling, not of the attack.
@Suite struct DayOfTheReportingClauseTests {
    typealias F = ExtractionFixtures

    @Test func aDayBeforeSaidThatIsTheTelling() {
        let body = """
        A drone was shot down near a coalition base in Hasakah province, a military source told reporters.

        On Sunday, the Islamic Resistance in Iraq said in a statement on Telegram that it had attacked the occupation \
        base at Tal Baydar with a drone on Saturday evening.
        """
        let attack = F.incidents(body, published: "2023-11-20").first { $0.location == "Tal Baydar" }
        #expect(attack?.date.day == CalendarDay(year: 2023, month: 11, day: 18))
    }

    @Test func aDayOfDisputingAClaimIsNotTheAttacksDay() {
        let body = """
        The Pentagon on Thursday disputed a militia claim that it had hit U.S. troops at Erbil airport with a drone.

        A U.S. official said the drone was destroyed by air defenses near Erbil Air Base on Wednesday evening.
        """
        let attack = F.incidents(body, published: "2024-01-12").first { $0.kind == .attack }
        #expect(attack?.location == "Erbil Air Base")
        #expect(attack?.date.day == CalendarDay(year: 2024, month: 1, day: 10))
    }

    @Test func aResolutionThatAsksIsNoClauseOfSaying() {
        let body = """
        Parliament on Sunday approved a resolution that calls for an end to attacks on foreign troops.

        On Saturday night two rockets struck Balad air base, north of Baghdad. Nobody was hurt.
        """
        let attack = F.incidents(body, published: "2020-01-05").first { $0.location?.contains("Balad") == true }
        #expect(attack?.date.day == CalendarDay(year: 2020, month: 1, day: 4))
    }
}
