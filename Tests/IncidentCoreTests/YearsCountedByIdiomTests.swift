import Testing
@testable import IncidentCore

/// Round 22: "Faz hoje quatro anos que o Irão disparou mísseis balísticos contra duas bases com tropas americanas no
/// Iraque": the idiom counts the years since the event (up to "que"), "hoje" dates the remembrance, and the clause tells
/// the event remembered, on the day the years count back to, not news of the day of publication.
@Suite struct YearsCountedByIdiomTests {
    @Test func theIdiomMakesALookBack() {
        let incidents = ExtractionFixtures.extract("""
            O ataque iraniano de 2020

            Faz hoje quatro anos que o Irão disparou mísseis balísticos contra duas bases com tropas americanas no Iraque.

            Na madrugada de 8 de Janeiro de 2020, a Guarda Revolucionária lançou mísseis contra a base aérea de Ain \
            al-Assad, na província de Anbar. Outros mísseis atingiram a zona do aeroporto de Erbil.
            """, published: "2024-01-08").incidents
        #expect(!incidents.contains { $0.kind == .attack })
        #expect(!incidents.contains { $0.date.day?.iso == "2024-01-08" })
    }
}
