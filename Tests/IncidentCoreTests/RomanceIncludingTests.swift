import Testing
@testable import IncidentCore

/// Translated copy gives the US share of a toll with "tra cui" (Italian), "entre ellos" (Spanish) or "entre eles"
/// (Portuguese), all "including"; a breakdown "i feriti sono otto contractor e un soldato americano" is no count of
/// the injured; and Spanish puts the killing after "después de que" in the subjunctive ("matara").
@Suite struct RomanceIncludingTests {
    typealias F = ExtractionFixtures

    @Test func theItalianShareOfTheInjured() {
        let body = """
            Un contractor civile straniero è rimasto ucciso e altre nove persone sono state ferite, tra cui un militare \
            statunitense, nell'attacco con razzi compiuto lunedì sera contro l'aeroporto internazionale di Erbil. Lo ha \
            reso noto il portavoce della coalizione, precisando che i feriti sono otto contractor e un soldato americano.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2021-02-16")).incidents
        #expect(found.first { $0.location == "Erbil Air Base" }?.usInjured.spelled == "1")
    }

    @Test func theSpanishShareOfTheInjured() {
        let body = """
            Varios cohetes impactaron el lunes contra la base aérea de Ain al Asad, en el oeste de Irak, y dejaron cinco \
            heridos, entre ellos dos militares estadounidenses, según fuentes de seguridad iraquíes.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-08-06")).incidents
        #expect(found.first { $0.location == "Ain al-Asad Air Base" }?.usInjured.spelled == "2")
    }

    @Test func theSpanishSubjunctiveKills() {
        let body = """
            Los ataques de las milicias contra las tropas estadounidenses se han reducido. La campaña se detuvo casi por \
            completo después de que en enero un ataque con drones matara a tres militares estadounidenses en una base en \
            Jordania, próxima a la frontera con Siria.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-07-17")).incidents
        #expect(found.first { $0.country == "Jordan" }?.usKilled.spelled == "3")
    }
}
