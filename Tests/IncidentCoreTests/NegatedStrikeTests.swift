import Testing
@testable import IncidentCore

/// "Os Estados Unidos não tolerarão ataques contra as suas tropas" (read "will not tolerate attacks"), "the United
/// States did not strike back": a strike the US is said not to make is none.
@Suite struct NegatedStrikeTests {
    typealias F = ExtractionFixtures

    @Test func aStrikeNotMadeIsNone() {
        let body = """
            Rockets hit the Ain al-Asad air base on Monday night, injuring five U.S. service members, officials said.

            The United States did not strike back immediately, a defense official said.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-08-06")).incidents
        #expect(!found.contains { $0.kind == .usStrike }, "\(found.map(\.kind))")
        #expect(found.first { $0.kind == .attack }?.usInjured.spelled == "5")
    }

    @Test func thePortugueseWarningIsNoStrike() {
        let body = """
            Pelo menos cinco militares norte-americanos ficaram feridos num ataque com foguetes contra a base aérea de Ain \
            al-Assad, no oeste do Iraque, na segunda-feira à noite, segundo o Pentágono.

            O secretário da Defesa, Lloyd Austin, garantiu que os Estados Unidos não tolerarão ataques contra as suas \
            tropas, informou o Pentágono.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-08-06")).incidents
        #expect(!found.contains { $0.kind == .usStrike }, "\(found.map(\.kind))")
    }
}
