import Testing
@testable import IncidentCore

/// A mob storming a site that hosts Americans (the US embassy, 31 December 2019) attacks it; storming a house does not.
@Suite struct StormedSiteTests {
    typealias F = ExtractionFixtures

    @Test func stormingTheEmbassyIsAnAttackOnIt() {
        let body = """
        Iraqi militia supporters besiege US embassy in Baghdad

        BAGHDAD - Hundreds of Iraqi militia supporters stormed the outer wall of the U.S. Embassy in Baghdad on Tuesday, setting fire to a guard post. No U.S. personnel were hurt, a State Department spokesman said.
        """
        let found = F.extract(body, published: "2019-12-31").incidents
        #expect(F.kindSiteDay(body, published: "2019-12-31") == ["attack US Embassy Baghdad 2019-12-31"])
        #expect(found.first?.weapons.isEmpty == true)
    }

    @Test func aStormingRecalledBeforeTheStrikeThatProvokedItIsAMention() {
        let body = """
        Five years after the embassy siege, Iraq's militias have moved from the street to the state

        Five years ago today, supporters of Kataib Hezbollah stormed the outer compound of the U.S. Embassy in Baghdad, setting fire to a reception area and chanting "Death to America" after U.S. airstrikes killed 25 of the group's fighters.
        """
        #expect(F.kindSiteDay(body, published: "2024-12-31") == ["mention US Embassy Baghdad 2019-12-31"])
    }

    @Test func stormingAHouseAttacksNoUSSite() {
        let body = """
        Iraqi forces arrest Islamic State suspects north of Baghdad

        Iraq's Counter-Terrorism Service stormed a house in Tarmiyah, north of Baghdad, on Tuesday and arrested two Islamic State suspects.
        """
        #expect(F.kindSiteDay(body, published: "2019-12-31").isEmpty)
    }
}
