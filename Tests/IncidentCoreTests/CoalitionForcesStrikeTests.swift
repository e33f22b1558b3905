import Testing
@testable import IncidentCore

/// Round 14 (days): "coalition forces conducted a pre-emptive strike against ... launch sites near Mayadin" is the
/// coalition's strike, a `us_strike` at the place struck, not an attack on the base the launchers were aimed at.
@Suite struct CoalitionForcesStrikeTests {
    private typealias F = ExtractionFixtures

    @Test func coalitionForcesStrikingLaunchersIsAStrike() {
        let body = """
            On Tuesday, coalition forces carried out a precautionary strike on three rocket launchers near the town of \
            al-Mayadin that were being readied to target Mission Support Site Conoco. The launchers were destroyed.
            """
        #expect(F.kindSiteDay(body, published: "2023-01-05") == ["usStrike al-Mayadin 2023-01-03"])
    }

    @Test func coalitionHelicoptersOnPatrolStrikeNothing() {
        let found = F.incidents("""
            Rockets struck the Conoco base on Monday, causing no injuries. Shortly after, coalition helicopters carried out \
            patrols over the villages east of the river.
            """, published: "2024-01-09")
        #expect(found.allSatisfy { $0.kind != .usStrike })
    }
}
