import Testing
@testable import IncidentCore

/// "One year after Ain al-Asad", "A year after Tower 22", "Fünf Jahre nach Soleimani": a story counting the years since
/// an earlier event has no attack of its own. Its attacks are mentions, each on the day it happened, and the clauses
/// that tell one again without a day are that attack, not an attack of the publication week.
@Suite struct YearsSinceAnEarlierAttackTests {
    typealias F = ExtractionFixtures

    @Test func anEchoAtTheSiteOfADatedAttackIsThatAttack() {
        let body = """
        Two years after Al-Asad, the missile night still shapes the US presence in Iraq

        Two years have passed since Iranian ballistic missiles struck Ain al-Asad Air Base, and the base has changed.

        In the early hours of Jan. 8, 2020, the Revolutionary Guard fired ballistic missiles at Ain al-Asad in Anbar province.

        The missiles destroyed hangars at Al-Asad; no one was killed, but more than 100 troops were later diagnosed with brain injuries.
        """
        let found = F.extract(body, published: "2022-01-10").incidents
        #expect(F.kindSiteDay(body, published: "2022-01-10") == ["mention Ain al-Asad Air Base 2020-01-08"])
        #expect(found.first?.usKilled.count == 0)
        #expect(found.first?.usInjured.count == 100)
    }

    @Test func theAttackTheLeadCountsBackFromIsDatedByTheYears() {
        let body = """
        One year after Erbil: how a drone reshaped a coalition base

        ERBIL - One year has passed since an explosive-laden drone hit Erbil Air Base, wounding an American soldier.

        Officials have since added layers of air defenses around the airport, which also serves civilian flights.
        """
        #expect(F.kindSiteDay(body, published: "2022-09-14") == ["mention Erbil Air Base 2021-09-14"])
    }

    @Test func aDayWithoutAYearInTheLastMonthIsInTheYearCountedBackTo() {
        let body = """
        A year after Tower 22, families of the fallen ask what went wrong

        The three soldiers were killed before dawn on Jan. 28, 2024, when a one-way attack drone struck Tower 22 in Jordan.

        Eight days earlier, on Jan. 20, militants fired ballistic missiles at Ain al-Asad Air Base in western Iraq.
        """
        let told = F.kindSiteDay(body, published: "2025-01-27")
        #expect(told.contains("mention Ain al-Asad Air Base 2024-01-20"))
        #expect(!told.contains { $0.hasPrefix("attack") })
    }

    @Test func aStoryCountingYearsThatTellsARecentAttackKeepsIt() {
        let body = """
        Drones downed near Baghdad airport, two years after Soleimani's killing

        BAGHDAD - Two drones were shot down on Monday as they approached the Victory base at Baghdad airport, two years after Qassem Soleimani was killed near the airport, a coalition official said.
        """
        #expect(F.kindSiteDay(body, published: "2022-01-04").contains { $0.hasPrefix("attack Victory Base Complex") })
    }
}
