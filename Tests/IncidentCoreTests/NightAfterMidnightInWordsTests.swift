import Testing
@testable import IncidentCore

/// A night told from one day to the next ("in the night from Thursday to Friday") with its hour told in words as after
/// midnight ("shortly after midnight", "peu après minuit") is the night's second day, as it is with a clock time.
@Suite struct NightAfterMidnightInWordsTests {
    typealias F = ExtractionFixtures

    /// The day of the first incident found in `body` (under `title`), published on Friday 5 January 2024.
    private func dayFound(_ title: String, _ body: String) -> String {
        let found = F.extractor.extract(title: title, body: "\(title)\n\n\(body)", published: F.day("2024-01-05")).incidents
        return found.first?.date.day?.iso ?? "-"
    }

    @Test func shortlyAfterMidnightIsTheSecondDay() {
        let day = dayFound("Drone downed near coalition base in Kurdistan", """
            A drone was shot down in the night from Thursday to Friday as it approached the Harir air base, where US \
            troops are stationed, the region's counter-terrorism service said. It was intercepted shortly after \
            midnight and caused no damage.
            """)
        #expect(day == "2024-01-05")
    }

    @Test func peuApresMinuitInFrenchCopy() {
        let day = dayFound("Un drone abattu près d'une base de la coalition au Kurdistan", """
            Un drone a été abattu dans la nuit de jeudi à vendredi à l'approche de la base aérienne d'Harir, où sont \
            stationnés des soldats américains. Le drone a été intercepté peu après minuit, sans faire de victimes.
            """)
        #expect(day == "2024-01-05")
    }

    @Test func withoutAnHourTheNightIsItsFirstDay() {
        let day = dayFound("Drone downed near coalition base in Kurdistan", """
            A drone was shot down in the night from Thursday to Friday as it approached the Harir air base, where US \
            troops are stationed. It caused no damage.
            """)
        #expect(day == "2024-01-04")
    }
}
