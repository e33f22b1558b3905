import Testing
@testable import IncidentCore

/// "has been attacked repeatedly since 2020, most seriously in January 2020, when Iran fired ballistic missiles at
/// it": the "when" clause after a date tells one attack of the run, with its own toll.
@Suite struct WhenClauseOfRunTests {
    private let story = "A drone was launched at the Ain al-Asad air base late on Tuesday but caused no casualties. "

    private func mention(_ recall: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(story + recall, published: "2024-07-17").incidents.first { $0.kind == .mention }
    }

    @Test func aRunWithOneAttackToldAfterWhen() {
        let m = mention("Ain al-Asad has been repeatedly targeted since January 2020, when Iran fired ballistic missiles at the base.")
        #expect(m?.date.exported == "2020-01" && m?.weapons == [.ballisticMissile] && m?.location == "Ain al-Asad Air Base")
    }

    @Test func theTollOfTheWhenClauseIsThatAttacksNotATotal() {
        let m = mention("""
            The base has been attacked repeatedly since 2020, most seriously in January 2020, when Iran fired ballistic \
            missiles at it, causing traumatic brain injuries to more than 100 U.S. troops.
            """)
        #expect(m?.usInjured.spelled == "more than 100")
    }

    @Test func aWhenClauseWithoutAWeaponTellsNoAttack() {
        // The start of a campaign is no attack of it.
        #expect(mention("It has been targeted repeatedly since mid-October, when armed groups began attacking US interests.") == nil)
    }

    @Test func aTallySinceADateStaysATotal() {
        let tokens = TextScanner.tokens(of: "U.S. troops have suffered more than 60 injuries since October 17.")
        #expect(TotalFinder.cumulativeInjuries(in: 0..<tokens.count, tokens: tokens) != nil)
    }
}
