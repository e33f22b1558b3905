import Testing
@testable import IncidentCore

/// "The base came under rocket and drone fire on Tuesday": coming under a weapon's fire is being attacked with it,
/// so the clause tells an attack though it names no site and no attack word.
@Suite struct ComesUnderFireTests {
    typealias F = ExtractionFixtures

    private func mentions(_ body: String, published: String) -> [String] {
        F.extract(body, published: published).incidents.filter { $0.kind == .mention }
            .map { "\($0.location ?? "-") \($0.date.day.map { "\($0)" } ?? "-")" }
    }

    @Test(arguments: [
        "The base came under rocket and drone fire on Tuesday, according to the observatory.",
        "The garrison came under mortar fire on Tuesday, a local source said.",
        "On Tuesday the base had come under indirect fire, the coalition said.",
    ])
    func aBaseComingUnderAWeaponsFireIsAnAttack(_ sentence: String) {
        let body = """
        Drone attacks US base in Syria's Hasakah

        A drone attacked the U.S. base at al-Shaddadi in Hasakah province on Saturday, a war monitor reported.

        \(sentence)
        """
        #expect(mentions(body, published: "2024-01-06").contains("Al-Shaddadi 2024-01-02"))
    }

    @Test func comingUnderFireOfCriticsIsNoAttack() {
        let body = """
        Drone attacks US base in Syria's Hasakah

        A drone attacked the U.S. base at al-Shaddadi in Hasakah province on Saturday, a war monitor reported.

        The base's commander came under fire from lawmakers on Tuesday for the slow response.
        """
        #expect(mentions(body, published: "2024-01-06").isEmpty)
    }
}
