import Testing
@testable import IncidentCore

/// Round 22: "... mísseis balísticos contra a base aérea de Ain al-Assad. Outros mísseis caíram perto do aeroporto de
/// Erbil. A Guarda Revolucionária reivindicou os ataques": a claim of "the attacks" reaches past the other event told
/// between, and claims both.
@Suite struct ClaimOfTheAttacksTests {
    @Test func aClaimOfTheAttacksClaimsBothRecalledEvents() {
        let incidents = ExtractionFixtures.extract("""
            Five years since the night Iran fired missiles at US troops

            Five years ago today, Iran launched the largest direct attack in its history on United States forces.

            On January 8, 2020, Iran's Revolutionary Guards fired ballistic missiles at Ain al-Asad air base in Anbar. \
            Other missiles fell near Erbil airport. The Revolutionary Guards claimed the attacks hours later.
            """, published: "2025-01-08").incidents
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.claimedBy == "Islamic Revolutionary Guard Corps")
        #expect(incidents.first { $0.location == "Erbil Air Base" }?.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func aClaimOfTheAttackStaysWithTheEventRightBeforeIt() {
        let incidents = ExtractionFixtures.extract("""
            Five years since the night Iran fired missiles at US troops

            Five years ago today, Iran launched the largest direct attack in its history on United States forces.

            On January 8, 2020, Iran's Revolutionary Guards fired ballistic missiles at Ain al-Asad air base in Anbar. \
            Other missiles fell near Erbil airport. The Revolutionary Guards claimed the attack on Erbil hours later.
            """, published: "2025-01-08").incidents
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.claimedBy == nil)
    }
}
