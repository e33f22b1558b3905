import Testing
@testable import IncidentCore

/// Attacks told by how the shooting began or by what the attacker said it fired: opening fire on a patrol, the
/// Revolutionary Guards saying they fired a salvo at a base, a suicide bomber's vest; and US forces firing back at
/// the launch site.
@Suite struct FiringWordingsTests {
    typealias F = ExtractionFixtures

    @Test func openingFireOnAPatrolIsAnAttackWithSmallArms() {
        let body = """
        Gunmen opened fire on a U.S. patrol near Manbij on Monday, a coalition spokesman said. No U.S. troops were hurt.
        """
        let attack = F.extract(body, published: "2018-11-20").incidents.first { $0.kind == .attack }
        #expect(attack?.location == "Manbij")
        #expect(attack?.weapons == [.smallArms])
        #expect(attack?.usInjured.count == 0)
    }

    @Test func theGuardsSayingTheyFiredASalvoAtABaseClaimIt() {
        let body = """
        The Islamic Revolutionary Guard Corps said on Wednesday that it had fired dozens of missiles at the Ain \
        al-Asad air base in western Iraq.
        """
        let attack = F.extract(body, published: "2020-01-08").incidents.first { $0.kind == .attack }
        #expect(attack?.location == "Ain al-Asad Air Base")
        #expect(attack?.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func theGuardsStrikingAnIsraeliTargetStayAnotherEvent() {
        let body = """
        The Islamic Revolutionary Guard Corps said on Monday that it had struck, with ballistic missiles, an \
        "espionage headquarters of the Zionist Mossad" in Erbil.
        """
        #expect(!F.extract(body, published: "2024-01-16").incidents.contains { $0.claimedBy == "Islamic Revolutionary Guard Corps" })
    }

    @Test func aSuicideBombersVestIsAnIED() {
        let body = """
        A suicide bomber wearing an explosive vest attacked a joint U.S.-Kurdish convoy near Shaddadi on Monday. Two \
        U.S. soldiers were injured.
        """
        let attack = F.extract(body, published: "2019-01-22").incidents.first { $0.kind == .attack }
        #expect(attack?.weapons == [.ied])
    }

    @Test func returningFireAtTheLaunchSiteIsAUSStrikeWithNoPlace() {
        let body = """
        Several rockets struck Ain al-Asad air base in western Iraq on Saturday, wounding several U.S. personnel. U.S. \
        forces returned fire at the launch site, a U.S. official said.
        """
        let incidents = F.extract(body, published: "2024-01-21").incidents
        #expect(incidents.contains { $0.kind == .attack && $0.location == "Ain al-Asad Air Base" })
        let strike = incidents.first { $0.kind == .usStrike }
        #expect(strike != nil)
        #expect(strike?.location == nil)
    }
}
