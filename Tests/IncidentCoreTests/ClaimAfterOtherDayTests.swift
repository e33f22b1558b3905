import Testing
@testable import IncidentCore

/// A claim told right after an event of another day, naming a target of its own, is that event's claim; one that
/// claims "the attack" stays the story's.
@Suite struct ClaimAfterOtherDayTests {
    typealias F = ExtractionFixtures

    @Test func aClaimOfItsOwnTargetAfterAnEventOfAnotherDayIsNotTheStorys() {
        let body = """
        A drone was shot down as it approached the coalition base at Erbil airport on Wednesday evening, officials said. \
        No one was hurt.

        Last week, the regional government condemned Iran after ballistic missiles struck a residential area of Erbil on \
        Jan. 15. Kataib Hezbollah said it had targeted "spy headquarters" in the city.
        """
        let attack = F.incidents(body, published: "2024-01-25").first { $0.kind == .attack && $0.location == "Erbil Air Base" }
        #expect(attack != nil)
        #expect(attack?.claimedBy == nil)
    }

    @Test func aClaimOfTheAttackAfterAnAsideOfAnotherDayStaysTheStorys() {
        let body = """
        A drone was shot down as it approached the coalition base at Erbil airport on Wednesday evening, officials said. \
        No one was hurt.

        Talks on the coalition's future began in Baghdad on Jan. 15. Kataib Hezbollah claimed the attack in a Telegram \
        post.
        """
        let attack = F.incidents(body, published: "2024-01-25").first { $0.kind == .attack && $0.location == "Erbil Air Base" }
        #expect(attack?.claimedBy == "Kataib Hezbollah")
    }
}
