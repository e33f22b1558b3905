import Testing
@testable import IncidentCore

/// Round 9, tolls: which zero or count is the US's, and which attacks a zero told of a group reaches.
@Suite struct WhoseTollTests {
    private func figures(_ text: String, published: String, at site: String) -> (killed: String?, injured: String?) {
        let incident = ExtractionFixtures.extract(text, published: published).incidents.first { $0.location == site }
        return (incident?.usKilled.spelled, incident?.usInjured.spelled)
    }

    // MARK: A zero told with a reflexive verb of reporting, in Italian and Spanish

    @Test func italianNoInjuriesReportedIsAZero() {
        let f = figures("""
            Diversi razzi sono stati lanciati ieri sera contro la base aerea di Ain al-Asad, dove sono di stanza truppe \
            americane. Non si registrano feriti, ha precisato un funzionario della Difesa statunitense.
            """, published: "2023-11-22", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
        #expect(f.killed == "0")
    }

    @Test func spanishWithoutInjuriesBeingRecordedIsAZero() {
        let f = figures("""
            Un dron atacó anoche la base aérea de Ain al Asad, en la provincia iraquí de Al Anbar, donde se encuentran \
            tropas de Estados Unidos, sin que se registraran heridos, informaron hoy fuentes de seguridad.

            Según un oficial del Ejército iraquí, el dron cayó poco antes de la medianoche en una zona abierta cerca de \
            la pista y provocó daños materiales leves.
            """, published: "2021-07-14", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
    }

    @Test func whetherAnyoneWasHurtStaysOpen() {
        // "se" as "whether": the question is left open, no zero.
        let f = figures("""
            Dois drones atacaram a base aérea de Ain al-Asad na terça-feira. O Pentágono não informou se houve feridos \
            entre os militares americanos.
            """, published: "2023-11-22", at: "Ain al-Asad Air Base")
        #expect(f.injured == "unknown")
    }
}
