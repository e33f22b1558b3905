import Testing
@testable import IncidentCore

/// Round 22: "The Islamic Resistance in Iraq is a front that Iraqi militias, including ... Harakat Hezbollah
/// al-Nujaba, use to claim attacks": the infinitive before bare plural attacks tells what the front is for, not a
/// claim of the story's attack.
@Suite struct ClaimAsAHabitTests {
    @Test func aFrontUsedToClaimAttacksClaimsNone() {
        let incidents = ExtractionFixtures.extract("""
            Rockets land inside Ain al-Asad

            Two rockets landed inside the perimeter of Ain al-Asad Airbase in Anbar province on Sunday, Iraqi security \
            sources said. No group claimed the attack.

            The Islamic Resistance in Iraq is a front that Iraqi militias, including Kataib Hezbollah and Harakat \
            Hezbollah al-Nujaba, use to claim attacks.
            """, published: "2023-10-23").incidents
        #expect(incidents.count == 1)
        #expect(incidents.first?.claimedBy == nil)
    }

    @Test func aClaimOfAttacksIsStillAClaim() {
        let incidents = ExtractionFixtures.extract("""
            Drones target Ain al-Asad

            Drones targeted Ain al-Asad air base on Sunday. Kataib Hezbollah claimed the attack in a statement.
            """, published: "2023-10-23").incidents
        #expect(incidents.first?.claimedBy == "Kataib Hezbollah")
    }
}
