import Testing
@testable import IncidentCore

/// Round 12: the habits of French, Spanish, Italian, Portuguese and German copy that a word-for-word reading missed:
/// Spanish "a" before the people a verb acts on, the noun of death, tolls told as "the injured are N", people counted
/// "of the coalition", and the day of a telling or a promise in the word orders of these languages.
@Suite struct TranslatedPressTests {
    private func first(_ body: String, published: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .attack || $0.kind == .mention }
    }

    @Test func spanishHirioAReadsTheCountNotTheArticle() {
        let body = "Un ataque con drones perpetrado el lunes contra la base aérea de Erbil hirió a tres militares estadounidenses, según el Pentágono. Un portavoz dijo que todos los heridos están estables y que el ataque fue grave."
        #expect(first(body, published: "2023-12-26")?.usInjured.spelled == "3")
    }

    @Test func spanishMembersOfTheCoalitionAreNoUSCount() {
        let body = "Un ataque con cohetes contra la base de Ain al Asad hirió el sábado a tres miembros de la coalición, según informaron fuentes de seguridad. Las autoridades iraquíes abrieron una investigación sobre el ataque."
        #expect(first(body, published: "2024-01-22")?.usInjured.spelled == "unknown")
    }

    @Test func frenchDeathOfSoldiersIsACountOfDead() {
        let body = "Washington a promis de riposter après la mort de trois soldats américains dimanche dans une attaque de drone contre une base en Jordanie, près de la frontière avec la Syrie."
        let incident = first(body, published: "2024-01-29")
        #expect(incident?.usKilled.spelled == "3")
        #expect(incident?.date.exported == "2024-01-28")
    }

    @Test func portugueseTerMatadoIsAKilling() {
        let body = "Washington acusa o grupo Kataib Hezbollah de ter matado três militares norte-americanos no domingo num ataque com drone contra uma base na Jordânia, junto à fronteira com a Síria."
        #expect(first(body, published: "2024-01-30")?.usKilled.spelled == "3")
    }

    @Test func italianInjuredAreAtLeastIsTheLatestToll() {
        let body = "Tre militari americani sono stati uccisi e decine sono rimasti feriti domenica in un attacco con un drone contro la base nota come Torre 22 in Giordania. Secondo il Pentagono, i feriti sono almeno 34."
        #expect(first(body, published: "2024-01-29")?.usInjured.spelled == "at least 34")
    }

    @Test func spanishDayOfTheReportIsNotTheAttacksDay() {
        let body = "Un dron atacó el domingo la base de la coalición en el aeropuerto de Erbil sin causar heridos, según informó el lunes el Servicio Antiterrorista de la región, y fue derribado por las defensas antiaéreas."
        #expect(first(body, published: "2024-01-16")?.date.exported == "2024-01-14")
    }
}
