import Testing
@testable import IncidentCore

/// Dates told loosely: attacks claimed "in recent days" are earlier events of the month, not the story's day; the
/// French "le lendemain" is the day after the day told before; the day a run of attacks began opens a period, as
/// "since" does.
@Suite struct LooseDatesTests {
    typealias F = ExtractionFixtures

    @Test func attacksClaimedInRecentDaysAreMentionsOfTheMonth() {
        let body = """
        In recent days, the Islamic Resistance in Iraq has claimed drone attacks on al-Tanf and Ain al-Asad. On \\
        Saturday, a drone struck Erbil air base, causing no injuries.
        """
        let incidents = F.extract(body, published: "2023-11-05").incidents
        #expect(incidents.contains { $0.kind == .attack && $0.location == "Erbil Air Base" && $0.date.day == CalendarDay(iso: "2023-11-04") })
        let tanf = incidents.first { $0.location == "Al-Tanf Garrison" }
        #expect(tanf?.kind == .mention)
        #expect(tanf?.date.precision == .month)
        #expect(tanf?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func theSecondAttackInRecentDaysDatesNothing() {
        let body = """
        Three rockets hit Ain al-Asad air base on Tuesday, causing no casualties. It was the second attack on the base \\
        in recent days.
        """
        let incidents = F.extract(body, published: "2021-05-05").incidents
        #expect(incidents.count == 1)
    }

    @Test func leLendemainIsTheDayAfter() {
        let body = """
        Une roquette s'est abattue le 27 juin près de la base de Taji, au nord de Bagdad, sans faire de victimes. Dès \\
        le lendemain, une autre roquette a visé la base de Balad.
        """
        let balad = F.extract(body, published: "2019-06-29").incidents.first { $0.location == "Balad Air Base" }
        #expect(balad?.date.day == CalendarDay(iso: "2019-06-28"))
    }

    @Test func theDayARunOfAttacksBeganIsNoAttackOfItsOwn() {
        let body = """
        U.S. aircraft struck two facilities in eastern Syria on Thursday. The strikes answer a series of attacks on \
        U.S. personnel in Iraq and Syria by Iran-backed groups that began on October 17.
        """
        let incidents = F.extract(body, published: "2023-10-27").incidents
        #expect(incidents.contains { $0.kind == .usStrike })
        #expect(!incidents.contains { $0.kind == .mention || $0.kind == .attack })
    }

    @Test func aYearAgoTodayIsThatDayAYearBackAndAMention() {
        let body = """
        A year ago today, a one-way attack drone slammed into the living quarters at Tower 22, a small U.S. outpost in \
        Jordan near the Syrian border.
        """
        let tower = F.extract(body, published: "2025-01-28").incidents.first { $0.location == "Tower 22" }
        #expect(tower?.kind == .mention)
        #expect(tower?.date.day == CalendarDay(iso: "2024-01-28"))
    }
}
