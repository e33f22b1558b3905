import Testing
@testable import IncidentCore

/// A post told as "their" or "its", after the clause named a partner force, is that force's post (round 9, places).
@Suite struct PartnerPossessivePostTests {
    typealias F = ExtractionFixtures

    @Test func theirCheckpointIsTheAsayishsPostInItsVillage() {
        let body = """
        Two Internal Security members wounded near Tal Baydar

        Two members of the Internal Security Forces (Asayish) were wounded on Saturday night when a drone struck their \
        checkpoint in the village of Um al-Kheir, a few kilometers from the international coalition base at Tal Baydar.
        """
        let incident = F.extract(body, published: "2024-01-14").incidents.first
        #expect(incident?.kind == .partner)
        #expect(incident?.location == "Um al-Kheir")
    }

    @Test func itsPositionAfterThePeshmergaIsTheirs() {
        let body = """
        Peshmerga hit near Harir

        A Peshmerga unit lost two fighters on Tuesday when rockets hit its forward position in the village of Batas, \
        north of Erbil, Kurdish officials said.
        """
        let incident = F.extract(body, published: "2024-02-07").incidents.first
        #expect(incident?.kind == .partner)
        #expect(incident?.location == "Batas")
    }

    @Test func theirPositionAfterUSTroopsIsNoPartnerPost() {
        let body = """
        Rockets hit US position

        Rockets struck near Iraqi forces and U.S. troops at Ain al-Asad air base on Tuesday, hitting their position on \
        the base, the coalition said. No one was hurt.
        """
        let incident = F.extract(body, published: "2024-02-07").incidents.first
        #expect(incident?.kind == .attack)
    }

    @Test func thePartnersSectionOfASharedBaseIsItsPost() {
        let body = """
        Rockets hit Iraqi army sector of Ain al-Assad

        Two Katyusha rockets struck the Iraqi army's section of Ain Al-Assad air base on Monday evening, wounding a \
        soldier, a security source said. No coalition personnel were hurt.
        """
        #expect(F.extract(body, published: "2024-09-17").incidents.first?.kind == .partner)
    }

    @Test func aSectorOfTheBaseWithNoPartnerNamedIsNoPost() {
        let body = """
        Rockets hit Ain al-Assad

        Two rockets struck the northern sector of Ain Al-Assad air base on Monday evening, the coalition said. No \
        coalition personnel were hurt.
        """
        #expect(F.extract(body, published: "2024-09-17").incidents.first?.kind == .attack)
    }
}
