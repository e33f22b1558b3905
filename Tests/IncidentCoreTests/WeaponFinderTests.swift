import Testing
@testable import IncidentCore

/// Weapons in one vocabulary, only those of the attack.
@Suite struct WeaponFinderTests {
    typealias F = ExtractionFixtures

    private func weapons(_ text: String) -> Set<Weapon> { Set(ExtractionFixtures.weapons(text)) }

    @Test func vocabulary() {
        #expect(weapons("close-range ballistic missiles") == [.ballisticMissile])
        #expect(weapons("short-range ballistic missile attacks") == [.ballisticMissile])
        #expect(weapons("a one-way attack drone") == [.drone])
        #expect(weapons("a UAV") == [.drone])
        #expect(weapons("an unmanned aerial vehicle") == [.drone])
        #expect(weapons("kamikaze drones") == [.drone])
        #expect(weapons("Katyusha rockets") == [.rocket])
        #expect(weapons("cruise missiles") == [.cruiseMissile])
        #expect(weapons("mortar rounds") == [.mortar])
        #expect(weapons("artillery shelling") == [.artillery])
        #expect(weapons("an air strike") == [.airStrike])
        #expect(weapons("an improvised explosive device") == [.ied])
        #expect(weapons("a roadside bomb") == [.ied])
        #expect(weapons("targeted a convoy with an explosive device") == [.ied])
        #expect(weapons("an explosives-laden drone") == [.drone])
        #expect(weapons("small-arms fire") == [.smallArms])
        // The guide's small arms: rocket-propelled grenades are no rockets.
        #expect(weapons("machine guns and rocket-propelled grenades") == [.smallArms])
        #expect(weapons("attacked with RPGs") == [.smallArms])
        #expect(weapons("rockets and rocket-propelled grenades") == [.rocket, .smallArms])
        #expect(weapons("anti-drone systems") == [])
    }

    @Test func missilesNextToRocketsAddNothing() throws {
        let body = "Two US soldiers were injured when Ain al-Asad air base was hit by rockets or missiles on Saturday."
        let a = try #require(F.extract(body).incidents.first { $0.kind == .attack })
        #expect(a.weapons == [.rocket])
        let span = try #require(a.facts.first { $0.field == "weapon" }).span
        #expect(F.quote(span, in: body) == "rockets")
    }

    @Test func responseAndUnrelatedWeaponsAreNotTheAttacks() throws {
        let body = """
        Rockets struck the Conoco gas field in Syria on Monday, and a US strike with F-15 aircraft hit a \
        militia drone site in response. Separately, an Israeli airstrike in Damascus killed two people.
        """
        let a = try #require(F.extract(body, published: "2024-01-02").incidents.first { $0.kind == .attack })
        #expect(a.weapons == [.rocket])
    }
}
