import Testing
@testable import IncidentCore

/// A follow-up on a rising toll that lists the days each count was given ("first acknowledged 20 injured troops on
/// Oct. 24, then 21 on Oct. 26") is still about its one attack: the attack keeps its own day, and the count days are
/// no events; nor is the day the count was last updated ("updated the figure on Friday").
@Suite struct FollowUpWithCountDaysTests {
    typealias F = ExtractionFixtures

    @Test func theCountDaysDoNotHideTheAttacksDay() {
        let body = """
            The number of U.S. troops hurt when two one-way attack drones struck al-Tanf garrison in southern Syria on \
            Oct. 18 has risen to 27, the Pentagon said Tuesday.

            It is the third increase since the attack. U.S. Central Command first acknowledged 20 injured troops on \
            Oct. 24, then 21 on Oct. 26, and 25 on Nov. 2.
            """
        #expect(F.kindSiteDay(body, published: "2023-11-08") == ["attack Al-Tanf Garrison 2023-10-18"])
    }
}

extension FollowUpWithCountDaysTests {
    @Test func theDayACountWasLastUpdatedIsNoAttackOfItsOwn() {
        let body = """
            The number of U.S. troops wounded in last month's drone attack on a U.S. outpost in Jordan has risen to \
            47, the Pentagon said Tuesday.

            Deputy Pentagon press secretary Sabrina Singh said six more U.S. troops had been diagnosed since the \
            department last updated the figure on Friday, when it said 41 had been hurt.

            Three Army Reserve soldiers were killed when the one-way attack drone struck Tower 22, a logistics base \
            near the Syrian border, on Jan. 28.
            """
        #expect(F.kindSiteDay(body, published: "2024-02-06") == ["attack Tower 22 2024-01-28"])
    }
}
