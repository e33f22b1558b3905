import Testing
@testable import IncidentCore

/// Round 21: a clause that names a town of several sites and, beside it, one of them by its kind ("a embaixada dos
/// Estados Unidos em Bagdá", "near US embassy") tells an attack on that site, not on another site the story names; a
/// later clause naming an earlier event's site without a day ("the Erbil attack") speaks of that event again.
@Suite struct SiteNamedByKindTests {
    @Test func anEmbassyNamedByItsKindIsAnAttackOfItsOwn() {
        let incidents = ExtractionFixtures.extract("""
            Foguetes atingem a embaixada americana em Bagdá

            A embaixada dos Estados Unidos em Bagdá foi atingida por três foguetes na noite desta quinta-feira (7), \
            segundo fontes de segurança iraquianas. Não houve feridos.

            Também nesta quinta-feira, drones atacaram a base aérea de Ain al-Assad, na província de Anbar, disse um \
            oficial americano.
            """, published: "2023-12-08").incidents
        let embassy = incidents.first { $0.location == "US Embassy Baghdad" }
        #expect(embassy?.kind == .attack)
        #expect(embassy?.weapons == [.rocket])
        #expect(embassy?.confidence["location"] == .inferred)
        #expect(incidents.first { $0.location == "Ain al-Asad Air Base" }?.weapons == [.drone])
    }

    @Test func aLaterMentionOfAnEarlierSiteIsNoAttackOfTheDay() {
        let incidents = ExtractionFixtures.extract("""
            Rockets hit Baghdad's Green Zone near US embassy

            Two rockets struck Baghdad's fortified Green Zone, which houses government offices and foreign missions, \
            Iraqi officials said. The rockets landed on Sunday evening, one of them near the embassy's car park.

            Last Tuesday, rockets hit Erbil airport, where coalition troops are based, killing a contractor.

            The State Department condemned the Erbil attack and promised a response.
            """, published: "2021-02-22").incidents
        #expect(incidents.first?.location == "US Embassy Baghdad")
        #expect(incidents.first?.date.day?.iso == "2021-02-21")
        #expect(incidents.filter { $0.location == "Erbil Air Base" }.map(\.kind) == [.mention])
    }
}
