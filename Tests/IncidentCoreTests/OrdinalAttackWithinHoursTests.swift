import Testing
@testable import IncidentCore

/// Round 21: "Si tratta del terzo attacco contro obiettivi americani in meno di 24 ore", told a few sentences after
/// the lead: numbering the story's attack within a count of hours makes a series of the day, as the lead's "the third
/// attack ... in less than 24 hours" does (round 20); "the third attack ... in a week" there stays background.
@Suite struct OrdinalAttackWithinHoursTests {
    private func story(_ span: String) -> String {
        """
        Iraq, razzi sulla base di Ayn al-Asad

        BAGHDAD, 8 LUG - Almeno dieci razzi si sono abbattuti ieri sulla base aerea di Ayn al-Asad, nella provincia \
        di al-Anbar, che ospita truppe statunitensi. Lo ha reso noto il portavoce della coalizione.

        Si tratta del terzo attacco contro obiettivi americani \(span). Martedì sera un drone carico di esplosivo ha \
        colpito l'area dell'aeroporto di Erbil, senza causare vittime.
        """
    }

    @Test func anAttackOfTheHoursCountedIsNews() {
        let erbil = ExtractionFixtures.extract(story("in meno di 24 ore"), published: "2021-07-08").incidents
            .first { $0.location == "Erbil Air Base" }
        #expect(erbil?.kind == .attack)
        #expect(erbil?.date.day?.iso == "2021-07-06")
    }

    @Test func aWeekCountedIsBackground() {
        let erbil = ExtractionFixtures.extract(story("in una settimana"), published: "2021-07-08").incidents
            .first { $0.location == "Erbil Air Base" }
        #expect(erbil?.kind == .mention)
    }
}
