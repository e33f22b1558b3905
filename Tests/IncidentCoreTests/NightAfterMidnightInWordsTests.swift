import Testing
@testable import IncidentCore

/// A night told from one day to the next ("in the night from Thursday to Friday") with its hour told in words as after
/// midnight ("shortly after midnight", "peu après minuit") is the night's second day, as it is with a clock time.
@Suite struct NightAfterMidnightInWordsTests {
    typealias F = ExtractionFixtures

    @Test func shortlyAfterMidnightIsTheSecondDay() {
        let title = "Drone downed near coalition base in Kurdistan"
        let body = """
            \(title)

            A drone was shot down in the night from Thursday to Friday as it approached the Harir air base, where US \
            troops are stationed, the region's counter-terrorism service said. It was intercepted shortly after \
            midnight and caused no damage.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2024-01-05")).incidents
        #expect(found.first?.date.day == F.day("2024-01-05"), "\(found.map { $0.date.day?.iso ?? "-" })")
    }

    @Test func peuApresMinuitInFrenchCopy() {
        let title = "Un drone abattu près d'une base de la coalition au Kurdistan"
        let body = """
            \(title)

            Un drone a été abattu dans la nuit de jeudi à vendredi à l'approche de la base aérienne d'Harir, où sont \
            stationnés des soldats américains. Le drone a été intercepté peu après minuit, sans faire de victimes.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2024-01-05")).incidents
        #expect(found.first?.date.day == F.day("2024-01-05"), "\(found.map { $0.date.day?.iso ?? "-" })")
    }

    @Test func withoutAnHourTheNightIsItsFirstDay() {
        let title = "Drone downed near coalition base in Kurdistan"
        let body = """
            \(title)

            A drone was shot down in the night from Thursday to Friday as it approached the Harir air base, where US \
            troops are stationed. It caused no damage.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2024-01-05")).incidents
        #expect(found.first?.date.day == F.day("2024-01-04"), "\(found.map { $0.date.day?.iso ?? "-" })")
    }
}
