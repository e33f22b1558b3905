import Testing
@testable import IncidentCore

/// A mob that broke into a US site "to protest U.S. airstrikes": the break-in is the story's attack, on its own day;
/// the strikes protested were earlier, no strike of the story's, and their dead are not the attack's.
@Suite struct ProtestedStrikesTests {
    typealias F = ExtractionFixtures

    static let story = """
        Hundreds of men loyal to Iraq's Popular Mobilization Forces broke into the compound of the U.S. \
        Embassy in Baghdad on Wednesday, torching a guard post and hurling stones, to protest American airstrikes \
        that killed 12 militiamen near the Syrian border.

        No American staff were hurt, a State Department spokesperson said.
        """

    @Test func theBreakInIsTheAttackAndTheProtestedStrikesNoStrike() {
        let e = F.extract(Self.story, published: "2020-01-01")
        #expect(F.kindSiteDay(Self.story, published: "2020-01-01") == ["attack US Embassy Baghdad 2020-01-01"],
                "\(F.dump(e, body: Self.story))")
        #expect(e.incidents.first?.usKilled.count != 12, "\(F.dump(e, body: Self.story))")
    }
}
