import Testing
@testable import IncidentCore

/// A headline that opens with the US as striker ("US airstrike ... kills four", "US strikes ... target drone launch
/// site") tells the strike; the attacks its story tells before the strike's day are what came before, mentions.
@Suite struct StrikeHeadlineTests {
    typealias F = ExtractionFixtures

    @Test func anAttackDaysBeforeAStrikeHeadlinedWithItsTollIsAMention() {
        let body = """
        An American airstrike on a militia position near Iskandariya, south of Baghdad, killed two fighters late \
        on Monday, security sources told the agency on Tuesday.

        The strike came after a string of attacks on bases hosting US troops. Last Thursday, three rockets landed \
        inside Ain al-Asad air base in Anbar, causing no casualties, security sources said.
        """
        let incidents = F.extractor.extract(title: "US airstrike on militia site south of Baghdad kills two fighters",
                                            body: body, published: CalendarDay(iso: "2024-08-06")).incidents
        #expect(incidents.contains { $0.kind == .usStrike })
        let asad = incidents.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.kind == .mention)
        #expect(asad?.date.day == CalendarDay(iso: "2024-08-01"))
    }

    @Test func anAttackOfLastWeekBeforeAStrikeIsAMention() {
        let body = """
        WASHINGTON, Aug 20 (Reuters) - The U.S. military carried out a strike in eastern Syria on Tuesday against \
        militants who were preparing to launch drones at U.S. forces, a U.S. official said.

        It follows a drone attack last week on the Conoco gas field base, which caused no casualties.
        """
        let incidents = F.extractor.extract(title: "US strikes in Syria target drone launch site - officials",
                                            body: body, published: CalendarDay(iso: "2024-08-20")).incidents
        #expect(incidents.contains { $0.kind == .usStrike })
        #expect(incidents.first { $0.location == "Conoco gas field" }?.kind == .mention)
        #expect(!incidents.contains { $0.kind == .attack })
    }

    @Test func aHeadlineOfUSTroopsHitStillTellsTheAttack() {
        let body = """
        BAGHDAD, Aug 6 (Reuters) - Rockets struck Ain al-Asad air base in western Iraq on Monday, wounding five U.S. \
        service members, U.S. officials said. U.S. forces struck the launch site hours later.
        """
        let incidents = F.extractor.extract(title: "US troops hit by rockets at Iraq base; US strikes back",
                                            body: body, published: CalendarDay(iso: "2024-08-06")).incidents
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.kind == .attack)
    }

    @Test func onlyAStrikerThenAStrikeOpensAStrikeHeadline() {
        let words = { (s: String) in s.lowercased().split { !$0.isLetter }.map(String.init) }
        #expect(IncidentAssembler.headlineOpensWithUSStrike(words("U.S. drone strike in Baghdad kills commander")))
        #expect(IncidentAssembler.headlineOpensWithUSStrike(words("US-led coalition jets strike ISIS hideouts")))
        #expect(!IncidentAssembler.headlineOpensWithUSStrike(words("US base hit by drone attack")))
        #expect(!IncidentAssembler.headlineOpensWithUSStrike(words("US troops targeted in Syria")))
        #expect(!IncidentAssembler.headlineOpensWithUSStrike(words("Drone attack wounds three; US strikes back")))
    }
}
