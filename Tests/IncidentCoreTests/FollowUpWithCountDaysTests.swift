import Testing
@testable import IncidentCore

/// A follow-up on a rising toll that lists the days each count was given ("first acknowledged 20 injured troops on
/// Oct. 24, then 21 on Oct. 26") is still about its one attack: the attack keeps its own day, and the count days are
/// no events.
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
