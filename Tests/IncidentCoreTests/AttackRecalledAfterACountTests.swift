import Testing
@testable import IncidentCore

/// "Militias have launched more than 200 attacks on U.S. forces since October 2023, though the pace fell sharply after
/// the deadly drone strike on Tower 22 in January": a sentence that counts attacks can end by recalling one, named by
/// its site rather than by US forces.
@Suite struct AttackRecalledAfterACountTests {
    typealias F = ExtractionFixtures

    private func mentions(_ body: String, published: String) -> [String] {
        F.extract(body, published: published).incidents.filter { $0.kind == .mention }
            .map { "\($0.location ?? "-") \($0.date.precision) \($0.date.day.map { "\($0.year)-\($0.month)" } ?? "-")" }
    }

    @Test(arguments: [
        "Militias have launched more than 200 attacks on troops in the region since October, though the pace fell sharply after the deadly drone strike on Tower 22 in January.",
        "Armed groups carried out more than 170 attacks between October and February, but the pace dropped after a one-way drone slammed into Tower 22 in January.",
    ])
    func anAttackAtASiteAfterACountIsRecalled(_ sentence: String) {
        let body = """
        Rockets fired at US base in Syria

        Two rockets were fired at the Al-Shaddadi base in Syria's Hasakah province on Monday, causing no injuries, a US official said.

        \(sentence)
        """
        #expect(mentions(body, published: "2024-11-12") == ["Tower 22 month 2024-1"])
    }

    @Test func aCountEndingWithAnAttackNamingNoSiteAndNoUSForcesRecallsNone() {
        let body = """
        Rockets fired at US base in Syria

        Two rockets were fired at the Al-Shaddadi base in Syria's Hasakah province on Monday, causing no injuries, a US official said.

        Militias have launched more than 200 attacks since October, though the pace fell after a drone strike in January.
        """
        #expect(mentions(body, published: "2024-11-12").isEmpty)
    }

    /// "... had declared a pause after the U.S. retaliated for the deaths of three soldiers in Jordan in late January":
    /// the dead of the recalled attack are the US's, though the clause left with them names no US party.
    @Test func theDeadOfTheAttackACountEndsWithAreAmericans() {
        let body = """
        Rockets fired at US base in Syria

        Two rockets were fired at the Al-Shaddadi base in Syria's Hasakah province on Sunday, causing no injuries, a US official said.

        The Islamic Resistance in Iraq, which claimed most of the more than 150 attacks on U.S. troops from October to February, stopped its operations after the U.S. retaliated for the deaths of three soldiers in Jordan in late January.
        """
        let recalled = F.extract(body, published: "2024-04-22").incidents.filter { $0.kind == .mention }
        #expect(recalled.map(\.country) == ["Jordan"])
        #expect(recalled.first?.usKilled.count == 3)
        #expect(recalled.first?.date.precision == .month)
    }
}
