import Testing
@testable import IncidentCore

/// A militia statement relayed by a channel, or headed by its own title, speaks for its group: the operations it tells,
/// today's and the earlier ones told in its own voice, are claimed by that group.
@Suite struct StatementVoiceTests {
    typealias F = ExtractionFixtures

    @Test func aRelayedStatementWhoseInvocationFollowsTheChannelsLinesIsTheGroupsClaim() {
        let body = """
        [Posted by a resistance-aligned channel, 14 May 2021, 09:40]

        Urgent | Saraya Qasim al-Jabbarin announces the targeting of an American convoy

        Text of the statement:

        In the name of God, the Most Gracious, the Most Merciful

        The mujahideen of Qasim al-Jabbarin targeted today, Friday, a convoy of the American occupier on the highway \
        near al-Diwaniyah with an explosive device, destroying one of its vehicles.
        """
        let attack = F.extract(body, published: "2021-05-14").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Saraya Qasim al-Jabbarin")
    }

    @Test func aCommuniquesHeadingMakesItTheGroupsStatementAfterAVerse() {
        let body = """
        "And fight them until there is no more fitna."

        Ashab al-Kahf
        Military communiqué no. 4

        At dawn today, Thursday, our heroes targeted the base of the American occupier at Ain al-Asad with a salvo of \
        Katyusha rockets, which hit their targets.
        """
        let attack = F.extract(body, published: "2020-08-13").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Ashab al-Kahf")
    }

    @Test func aNewsStoryQuotingOurForcesInAStatementClaimsNothing() {
        let body = """
        Two rockets struck near Ain al-Asad air base in western Iraq on Tuesday, the U.S.-led coalition said.

        "Our forces were not harmed and the base continues its mission," the coalition said in a statement issued late \
        on Tuesday, adding that an investigation was under way.

        Kataib Hezbollah has been blamed for similar attacks in the past.
        """
        let attack = F.extract(body, published: "2020-08-11").incidents.first { $0.kind == .attack }
        #expect(attack != nil)
        #expect(attack?.claimedBy == nil)
    }

    @Test func anEarlierOperationToldInTheGroupsOwnVoiceIsClaimedByIt() {
        let body = """
        In the name of God, the Most Gracious, the Most Merciful

        Statement of Ashab al-Kahf

        1. At 22:00 yesterday, Sunday 9 August, our heroes targeted the base of the American occupier at Ain al-Asad \
        with a salvo of Katyusha rockets.

        This operation comes after the operation in which our fighters struck the Taji base with Katyusha rockets last \
        week, which the occupier's media tried to hide.
        """
        let taji = F.extract(body, published: "2020-08-10").incidents.first { $0.kind == .mention && $0.location == "Camp Taji" }
        #expect(taji?.claimedBy == "Ashab al-Kahf")
    }

    @Test func anEarlierAttackToldAsAnotherPartysIsNotTheGroupsClaim() {
        let body = """
        In the name of God, the Most Gracious, the Most Merciful

        Statement of Ashab al-Kahf

        1. At 22:00 yesterday, Sunday 9 August, our heroes targeted the base of the American occupier at Ain al-Asad \
        with a salvo of Katyusha rockets.

        The occupier's base at Taji was struck with rockets last week by unknown parties, and its media tried to hide it.
        """
        let taji = F.extract(body, published: "2020-08-10").incidents.first { $0.kind == .mention && $0.location == "Camp Taji" }
        #expect(taji != nil)
        #expect(taji?.claimedBy == nil)
    }
}
