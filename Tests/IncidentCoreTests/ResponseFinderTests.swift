import Testing
@testable import IncidentCore

/// US responses: recorded on the attack and as their own us_strike incident, never as an attack.
@Suite struct ResponseFinderTests {
    typealias F = ExtractionFixtures

    @Test func acGunshipStrikeIsAUSStrike() throws {
        let body = """
        Ballistic missiles hit Ain al-Asad air base early Tuesday, injuring eight US troops. A US AC-130 \
        gunship conducted a self-defense strike on the militia vehicle, killing several militants.
        """
        let e = F.extract(body, published: "2023-11-21")
        let attacks = e.incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.usInjured == Figure(count: 8))
        #expect(attacks.first?.usResponse != nil)
        let strike = try #require(e.incidents.first { $0.kind == .usStrike })
        #expect(strike.otherCasualties.first?.who == "militia")
        #expect(strike.otherCasualties.first?.qualifier == .several)
        #expect(attacks.first?.weapons == [.ballisticMissile])
    }

    @Test func precisionStrikesOnFacilities() throws {
        let body = """
        Three US soldiers were injured in a drone attack on Erbil air base on Monday. In response, US forces \
        carried out precision strikes on three facilities used by Kataib Hezbollah, killing one militant and \
        wounding 24 others.
        """
        let e = F.extract(body, published: "2023-12-26")
        let a = try #require(e.incidents.first { $0.kind == .attack })
        #expect(a.usInjured == Figure(count: 3))
        #expect(a.otherCasualties.isEmpty)
        let s = try #require(e.incidents.first { $0.kind == .usStrike })
        #expect(s.otherCasualties.first?.killed == 1)
        #expect(e.incidents.filter { $0.kind == .attack }.count == 1)
    }

    @Test func strikeOnlyArticleHasNoAttack() {
        let body = "The US military said Sunday it had carried out an air strike on a Kataib Hezbollah commander in Baghdad."
        let e = F.extract(body, published: "2024-02-08")
        #expect(!e.incidents.contains { $0.kind == .attack })
        #expect(e.incidents.contains { $0.kind == .usStrike })
    }

    @Test func genericRetaliationIsNotAStrikeIncident() {
        let body = "Rockets hit Ain al-Asad on Friday. Washington has carried out repeated retaliatory strikes."
        let e = F.extract(body)
        #expect(!e.incidents.contains { $0.kind == .usStrike })
    }

    @Test func markerFinderKeepsPassiveVoiceOut() {
        func marker(_ text: String) -> Range<Int>? {
            let tokens = TextScanner.tokens(of: text)
            return ResponseFinder.marker(in: 0..<tokens.count, tokens: tokens, afterStrike: false)
        }
        #expect(marker("U.S. forces have been attacked 66 times") == nil)
        #expect(marker("the US bombed three facilities") != nil)
        #expect(marker("a U.S. strike killed four fighters") != nil)
        #expect(marker("US troops were attacked on Monday") == nil)
    }
}
