import Testing
@testable import IncidentCore

/// A retrospective ("Two years after Tower 22") or a hearing that tells no attack as news recalls the US strikes it
/// tells: they are no US strikes of the story's, while an attack story keeps a dated earlier strike.
@Suite struct StrikesRecalledByStoriesWithoutNewsTests {
    typealias F = ExtractionFixtures

    @Test func anAnniversaryTellsNoStrikeOfItsOwn() {
        let body = """
        Two years after Tower 22, a Georgia town still waits for answers

        The flags outside the Army Reserve center were lowered to half-staff on Tuesday morning.

        On Jan. 28, 2024, a one-way attack drone struck Tower 22, a small outpost in northeastern Jordan, killing three soldiers.

        Days later, U.S. forces struck more than 85 targets in Iraq and Syria, and on Feb. 7 a U.S. drone strike in Baghdad killed a Kataib Hezbollah commander.
        """
        #expect(F.kindSiteDay(body, published: "2025-01-28") == ["mention Tower 22 2024-01-28"])
    }

    @Test func aHearingRecallsTheStrikesItTells() {
        let body = """
        CENTCOM chief tells senators deterrence in Iraq and Syria is 'fragile'

        WASHINGTON — The top U.S. commander in the Middle East told lawmakers Thursday that Iran-backed militias have halted attacks on American troops, but warned the pause may not last.

        The deadliest came on Jan. 28, when a drone struck Tower 22 in Jordan, killing three soldiers. In response, the U.S. launched strikes on Feb. 2 against 85 targets at seven locations in Iraq and Syria.
        """
        #expect(F.kindSiteDay(body, published: "2024-03-08") == ["mention Tower 22 2024-01-28"])
    }

    @Test func anAttackStoryKeepsItsDatedEarlierStrike() {
        let body = """
        Rockets target US base in Syria

        Rockets were fired at the Conoco gas field base in eastern Syria on Tuesday, causing no injuries. It comes after a U.S. strike on Sept. 1 near al-Qaim in Iraq.
        """
        let kinds = F.extract(body, published: "2024-09-12").incidents.map(\.kind)
        #expect(kinds.contains(.usStrike))
    }
}
