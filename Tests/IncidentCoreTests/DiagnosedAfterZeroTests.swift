import Testing
@testable import IncidentCore

/// Round 22: "Trump garantiu que 'nenhum americano foi ferido'. Semanas depois, o Pentágono admitiu que 110 militares
/// tinham sido diagnosticados com lesões": a count diagnosed after a written US zero revises it, though its party is
/// only assumed.
@Suite struct DiagnosedAfterZeroTests {
    @Test func aCountDiagnosedLaterRevisesTheZero() {
        let incidents = ExtractionFixtures.extract("""
            Mísseis iranianos contra Ain al-Assad

            Na madrugada de quarta-feira, a Guarda Revolucionária disparou mísseis balísticos contra a base aérea de \
            Ain al-Assad, no Iraque. O Presidente garantiu que "nenhum americano foi ferido". Semanas depois, o \
            Pentágono admitiu que 110 militares tinham sido diagnosticados com lesões cerebrais traumáticas.
            """, published: "2020-01-08").incidents
        #expect(incidents.first?.usInjured.count == 110)
    }

    @Test func aCountNotDiagnosedLeavesTheZero() {
        let incidents = ExtractionFixtures.extract("""
            Mísseis iranianos contra Ain al-Assad

            Na madrugada de quarta-feira, a Guarda Revolucionária disparou mísseis balísticos contra a base aérea de \
            Ain al-Assad, no Iraque. O Presidente garantiu que "nenhum americano foi ferido". Cerca de 1500 militares \
            estavam na base.
            """, published: "2020-01-08").incidents
        #expect(incidents.first?.usInjured.count == 0)
    }
}
