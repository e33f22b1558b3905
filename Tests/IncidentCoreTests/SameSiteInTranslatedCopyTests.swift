import Testing
@testable import IncidentCore

/// "contra o mesmo aeroporto", "lo stesso aeroporto", "le même aéroport": an earlier attack on "the same" site, in
/// translated copy, is at the story's own site, as "the same airport" is in English copy.
@Suite struct SameSiteInTranslatedCopyTests {
    @Test func portugueseSameAirportIsTheStorysAirport() {
        let body = """
        Um drone carregado de explosivos atingiu na noite de quarta-feira as instalações da coligação internacional no \
        aeroporto de Erbil, no Curdistão iraquiano.

        A 15 de fevereiro, um ataque com foguetes contra o mesmo aeroporto matou um civil estrangeiro que trabalhava para a coligação.
        """
        let incidents = ExtractionFixtures.extract(body, published: "2021-04-15").incidents
        #expect(incidents.contains { $0.date.day == CalendarDay(iso: "2021-02-15") && $0.location == "Erbil Air Base" && $0.country == "Iraq" })
    }

    @Test func italianSameAirportIsTheStorysAirport() {
        let body = """
        Un drone carico di esplosivo ha colpito nella notte di martedì l'aeroporto di Erbil, nel Kurdistan iracheno, dove \
        sono di stanza truppe della coalizione. Il 14 aprile un altro drone aveva colpito lo stesso aeroporto.
        """
        let incidents = ExtractionFixtures.extract(body, published: "2021-07-07").incidents
        #expect(incidents.contains { $0.date.day == CalendarDay(iso: "2021-04-14") && $0.location == "Erbil Air Base" })
    }
}
