import Testing
@testable import IncidentCore

/// Round 13 (kinds): the Syrian Free Army (once Maghawir al-Thawra) is the coalition's partner force at al-Tanf; a
/// drone that hurts only its fighters at the garrison is a `partner` incident, not an attack on US forces.
@Suite struct SyrianFreeArmyPartnerTests {
    @Test func membersOfTheSyrianFreeArmyHurtMakeAPartnerIncident() {
        let found = ExtractionFixtures.incidents("""
            Three one-way drones attacked al-Tanf Garrison in southern Syria on Friday. Coalition forces shot down two \
            of them; the third struck the compound, injuring two members of the Syrian Free Army. There were no U.S. \
            casualties.
            """, published: "2023-01-21")
        #expect(found.first?.kind == .partner)
        #expect(found.first?.location == "Al-Tanf Garrison")
        #expect(found.first?.usInjured.count == 0)
    }

    @Test func fightersOfMaghawirAlThawraAreThePartner() {
        let found = ExtractionFixtures.incidents("""
            A drone hit al-Tanf base on Monday, wounding three Maghawir al-Thawra fighters, the group said. No \
            American troops were hurt.
            """, published: "2022-08-16")
        #expect(found.first?.kind == .partner)
    }

    @Test func americansHurtStillMakeAnAttack() {
        let found = ExtractionFixtures.incidents("""
            A drone hit al-Tanf Garrison on Friday, wounding two members of the Syrian Free Army and one U.S. \
            service member, officials said.
            """, published: "2023-01-21")
        #expect(found.first?.kind == .attack)
    }
}
