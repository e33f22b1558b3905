import Testing
@testable import IncidentCore

/// "The groups largely halted their attacks after a drone strike killed three U.S. soldiers in Jordan": a deadly attack
/// in another country, recalled after "after" with no day of its own, is an undated mention. It is neither a second
/// attack on the story's day nor the toll of the story's attack.
@Suite struct UndatedDeadlyRecallTests {
    typealias F = ExtractionFixtures

    private func rows(_ last: String) -> [String] {
        let body = """
        Rockets hit base hosting US troops in Syria

        Two rockets struck the Al-Shaddadi base in Syria's Hasakah province on Tuesday, slightly injuring one American service member, a US official said.

        \(last)
        """
        return F.extract(body, published: "2024-11-13").incidents.map { i in
            "\(i.kind) \(i.date.day.map { "\($0.month)-\($0.day)" } ?? "-") \(i.country ?? "-") \(i.location ?? "-") killed \(i.usKilled.count.map(String.init) ?? "-")"
        }
    }

    @Test(arguments: [
        "Iran-aligned factions had largely paused their attacks since February, after a one-way drone killed three American troops in Jordan.",
        "Militias in Iraq stopped most of their operations in early 2024 after the United States retaliated for a drone strike that killed three U.S. soldiers in Jordan.",
    ])
    func aDeadlyAttackRecalledAfterAfterIsAnUndatedMention(_ sentence: String) {
        #expect(rows(sentence) == ["attack 11-12 Syria Al-Shaddadi killed -", "mention - Jordan - killed 3"])
    }

    @Test func aRecalledDeadlyAttackAtANamedSiteKeepsItsSite() {
        #expect(rows("The strikes on the militias eased after a drone strike killed three U.S. soldiers at Tower 22.")
                == ["attack 11-12 Syria Al-Shaddadi killed -", "mention - Jordan Tower 22 killed 3"])
    }

    /// "Armed groups carried out more than 170 attacks between October and early February, when the campaign stopped after
    /// ...": the event a count ends with, named only by its weapon, its dead and their country.
    @Test func aCountEndingWithAnUndatedDeadlyAttackInACountryRecallsIt() {
        #expect(rows("Armed groups launched more than 170 attacks on US forces between October and early February, when the campaign stopped after the US retaliated for a drone strike that killed three US soldiers in Jordan.")
                == ["attack 11-12 Syria Al-Shaddadi killed -", "mention - Jordan - killed 3"])
    }

    /// Told in the same country as the story's attack with no site, the dead may be the story's own: not recalled here.
    @Test func deadInTheStorysOwnCountryAreNotRecalledByThisRule() {
        let got = rows("Two soldiers were killed after a drone struck a base in Syria.")
        #expect(!got.contains { $0.hasPrefix("mention") })
    }
}
