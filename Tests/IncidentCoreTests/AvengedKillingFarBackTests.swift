import Testing
@testable import IncidentCore

/// Round 21: "... ha detto di voler vendicare Abu Mahdi al-Muhandis, il vicecomandante delle Forze di mobilitazione
/// popolare ucciso insieme al generale iraniano Qassem Soleimani nel gennaio 2020": the month after a long apposition
/// still dates the avenged killing, so the claim is the story's attack's, not a background clause.
@Suite struct AvengedKillingFarBackTests {
    @Test func aClaimAvengingAKillingToldAtLengthIsTheAttacks() {
        let incidents = ExtractionFixtures.extract("""
            Iraq, razzi sulla base di Ayn al-Asad

            BAGHDAD, 8 LUG - Almeno dieci razzi si sono abbattuti ieri sulla base aerea di Ayn al-Asad, che ospita \
            truppe statunitensi.

            L'attacco è stato rivendicato da un gruppo poco conosciuto, Liwa Thaar al-Muhandis, che su Telegram ha \
            detto di voler vendicare Abu Mahdi al-Muhandis, il vicecomandante delle Forze di mobilitazione popolare \
            ucciso insieme al generale iraniano Qassem Soleimani nel gennaio 2020.
            """, published: "2021-07-08").incidents
        #expect(incidents.first?.location == "Ain al-Asad Air Base")
        #expect(incidents.first?.claimedBy == "Saraya Thar al-Muhandis")
    }
}
