import Testing
@testable import IncidentCore

/// Round 22: "110 militares tinham sido diagnosticados com lesões cerebrais traumáticas, alguns deles com sequelas que
/// ainda hoje persistem": "still today" tells a state that lasts, no day of an event; so a look back five years keeps
/// its toll on the recalled attack instead of reading news of its own.
@Suite struct StillTodayTests {
    @Test func stillTodayDatesNoAttack() {
        let incidents = ExtractionFixtures.extract("""
            Cinco anos depois, a noite em que o Irão disparou mísseis contra tropas americanas

            Faz hoje cinco anos que o Irão lançou o maior ataque directo da sua história contra forças dos Estados Unidos.

            Na madrugada de 8 de Janeiro de 2020, a Guarda Revolucionária iraniana disparou mísseis balísticos contra \
            a base aérea de Ain al-Assad, no Iraque.

            Semanas depois, o Pentágono admitiu que 110 militares tinham sido diagnosticados com lesões cerebrais \
            traumáticas, alguns deles com sequelas que ainda hoje persistem.
            """, published: "2025-01-08").incidents
        #expect(!incidents.contains { $0.kind == .attack })
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.date.day?.iso == "2020-01-08")
    }

    @Test func todayAloneStillDatesTheDay() {
        let incidents = ExtractionFixtures.extract("""
            Rockets hit Ain al-Asad

            Rockets struck Ain al-Asad air base today, officials said.
            """, published: "2023-10-23").incidents
        #expect(incidents.first?.date.day?.iso == "2023-10-23")
    }
}
