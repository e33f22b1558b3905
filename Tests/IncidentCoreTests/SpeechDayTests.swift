import Testing
@testable import IncidentCore

/// Round 21: "Mercredi, dans une allocution à la Maison Blanche, il a assuré qu'aucun Américain n'a été blessé": a day
/// told right before "in a speech" dates the speech, and the site's attack keeps the day of the clause about both
/// sites ("dans la nuit de mardi à mercredi").
@Suite struct SpeechDayTests {
    @Test func theDayOfASpeechDoesNotDateTheAttack() {
        let incidents = ExtractionFixtures.extract("""
            Des missiles tirés sur deux bases en Irak

            BAGDAD, 8 janvier 2020 (AFP) - L'Iran a tiré dans la nuit de mardi à mercredi une vingtaine de missiles \
            balistiques sur deux bases utilisées par les forces américaines en Irak.

            Les missiles ont visé Aïn al-Assad, dans la province d'al-Anbar, et la base de la coalition à l'aéroport \
            d'Erbil.

            Mercredi, dans une allocution à la Maison Blanche, le président a assuré qu'aucun Américain n'a été blessé.
            """, published: "2020-01-08").incidents
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.date.day?.iso == "2020-01-07")
    }

    @Test func aDayBeforeASpeechIsMarkedAsTheTelling() {
        let incidents = ExtractionFixtures.extract("""
            Rockets hit Ain al-Asad

            Rockets struck Ain al-Asad air base late on Monday, officials said.

            On Tuesday, in a televised address, the prime minister said the attack had caused no casualties.
            """, published: "2021-03-03").incidents
        #expect(incidents.first?.date.day?.iso == "2021-03-01")
    }
}
