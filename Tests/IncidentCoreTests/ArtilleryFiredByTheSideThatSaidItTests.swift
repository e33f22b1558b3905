import Testing
@testable import IncidentCore

/// "In a statement, the coalition said it had fired artillery at points of origin near al-Mayadin": "it" is the side
/// that said so; the artillery is the coalition's strike, not an attack at al-Mayadin.
@Suite struct ArtilleryFiredByTheSideThatSaidItTests {
    @Test func theCoalitionSayingItFiredArtilleryTellsAStrike() {
        let body = """
        Rockets hit Green Village base in Syria

        Eight rockets struck the Green Village base in Deir el-Zour province on Tuesday, the coalition said. They caused no injuries.

        In a statement, the coalition said it had fired artillery at points of origin near al-Mayadin.
        """
        let kinds = ExtractionFixtures.extract(body, published: "2022-01-05").incidents.map { "\($0.kind) \($0.location ?? "-")" }
        #expect(kinds == ["attack Al-Omar oil field (Green Village)", "usStrike al-Mayadin"])
    }
}
