import Testing
@testable import IncidentCore

/// "In January, Iran fired more than a dozen ballistic missiles at Ain al-Asad. No one was killed, but 110 service members
/// were diagnosed with traumatic brain injuries.": the toll right after a recalled attack is that attack's, though it
/// counts "service members" without calling them American, though it was told "last week", and though the Pentagon
/// "has since said" it. It is never the toll of the story's own attack.
@Suite struct TollToldAfterARecallTests {
    typealias F = ExtractionFixtures

    private func rows(_ toll: String) -> [String] {
        let body = """
        Rockets hit Camp Taji

        Three rockets hit Camp Taji on Friday, a US official said.

        In January, Iran fired more than a dozen ballistic missiles at Ain al-Asad. \(toll)
        """
        return F.extract(body, published: "2020-06-06").incidents.map { i in
            "\(i.kind) \(i.location ?? "-") killed \(i.usKilled.count.map(String.init) ?? "-") injured \(i.usInjured.count.map(String.init) ?? "-")"
        }
    }

    @Test(arguments: [
        "No one was killed, but 110 service members were diagnosed with traumatic brain injuries.",
        "No one was killed, but the Pentagon has since said 110 service members were diagnosed with traumatic brain injuries.",
        "No Americans were killed in that attack, but the Pentagon acknowledged last week that 110 soldiers had been injured.",
    ])
    func theTollAfterARecalledAttackIsItsOwn(_ toll: String) {
        #expect(rows(toll) == ["attack Camp Taji killed - injured -", "mention Ain al-Asad Air Base killed 0 injured 110"])
    }

    /// "About a dozen others were wounded" names nobody: it may be anyone's, and stays off the recalled attack.
    @Test func othersCountedWithoutANounAreNotTheRecalledAttacksToll() {
        let got = rows("About a dozen others were wounded.")
        #expect(got.last?.hasSuffix("injured -") == true)
    }

    /// "A coalition spokesman said on Friday that the latest rockets caused no injuries", a paragraph after the recall:
    /// a zero told on a day of telling still goes back to the story, not to the attack recalled.
    @Test func aLaterParagraphsZeroToldOnADayIsTheStorys() {
        let body = """
        Rockets hit Camp Taji

        Three rockets hit Camp Taji on Friday, a US official said.

        In January, Iran fired more than a dozen ballistic missiles at Ain al-Asad. No one was killed, but 110 service members were diagnosed with traumatic brain injuries.

        A coalition spokesman said on Saturday that the latest rockets caused no injuries.
        """
        let attack = F.extract(body, published: "2020-06-07").incidents.first { $0.kind == .attack }
        #expect(attack?.usInjured.count == 0)
    }
}
