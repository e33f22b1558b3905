import Testing
@testable import IncidentCore

/// Round 14, "what a look-back story tells": anniversaries, hearings, drawdown analyses and strike releases recall
/// earlier attacks. Each is a mention on the day (and year) the story gives it, and the story's own day makes no
/// attack of its own.
@Suite struct LookBackStoryTests {
    typealias F = ExtractionFixtures

    @Test func aDayWithoutAYearIsInTheYearItsParagraphTells() {
        let body = """
        Five years on, the embassy siege still shapes Iraq

        BAGHDAD — Five years ago this week, militia supporters surrounded the U.S. Embassy in Baghdad.

        On Dec. 27, 2019, rockets struck the K-1 base near Kirkuk, killing an American contractor. On Dec. 31, militia supporters stormed the U.S. Embassy in Baghdad.
        """
        let told = F.kindSiteDay(body, published: "2025-01-02")
        #expect(told.contains("mention US Embassy Baghdad 2019-12-31"))
        #expect(!told.contains { $0.hasPrefix("attack") })
    }

    @Test func aSpanishDayKeepsTheYearWrittenAfterDe() {
        let body = """
        Cinco años después de Soleimani, Irak sigue atrapado entre Washington y Teherán

        La muerte de Soleimani fue el desenlace de una escalada que había comenzado días antes. El 27 de diciembre de 2019, una lluvia de cohetes sobre la base K-1, cerca de Kirkuk, mató a un contratista civil estadounidense.
        """
        #expect(F.kindSiteDay(body, published: "2025-01-03") == ["mention K-1 Air Base 2019-12-27"])
    }

    @Test func theRemembranceDayAtTheRememberedSiteIsNoAttack() {
        let body = """
        Un año después del ataque a la Torre 22, las familias piden respuestas

        Washington, 28 ene (EFE).- Las familias de los tres soldados estadounidenses muertos en el ataque con dron contra la base de la Torre 22, en Jordania, reclamaron este martes al Pentágono más información.

        El 28 de enero de 2024, un dron lanzado por milicias respaldadas por Irán impactó contra las viviendas de la base.
        """
        let found = F.incidents(body, published: "2025-01-28")
        #expect(F.kindSiteDay(body, published: "2025-01-28") == ["mention Tower 22 2024-01-28"])
        #expect(found.first?.usKilled.count == 3)
    }

    @Test func militiaSupportersStormingAfterAStrikeAreAnEventOfTheirOwn() {
        let body = """
        Five years after the K-1 attack, the base is quiet

        KIRKUK — The K-1 base is an Iraqi army post again.

        U.S. jets bombed five Kataib Hezbollah sites in Iraq and Syria on Dec. 29, 2019, and the next day militia supporters stormed the U.S. Embassy in Baghdad.
        """
        #expect(F.kindSiteDay(body, published: "2024-12-27").contains("mention US Embassy Baghdad 2019-12-30"))
    }

    @Test func yearsOfFireAreARunAndTheGazaWarIsATime() {
        let body = """
        Militias claim victory as U.S. troops leave Harir

        U.S. troops are handing Harir air base to Kurdish forces this week, a move militias describe as the fruit of years of rocket and drone fire on American sites.

        During the campaign that followed the start of the Gaza war in October 2023, Harir was targeted repeatedly, culminating in a drone attack in December 2023 that wounded no one.
        """
        let told = F.kindSiteDay(body, published: "2025-10-06")
        #expect(told == ["mention Al-Harir Air Base 2023-12-01"])
    }

    @Test func anAttackToldAgainWithoutADayIsTheRecalledOne() {
        let body = """
        Army leaders tell House panel air defenses need more interceptors

        WASHINGTON — Army leaders told the House Armed Services Committee on Thursday that the service is short of interceptors.

        Rep. Mike Rogers cited the Jan. 20 attack on Al Asad Air Base in western Iraq, when militants fired ballistic missiles at the base.

        Lt. Gen. Robert Rasch said Patriot crews had shot down most of the missiles that hit Al Asad.
        """
        #expect(F.kindSiteDay(body, published: "2024-03-21") == ["mention Ain al-Asad Air Base 2024-01-20"])
    }

    @Test func theAttackAStrikeFollowsIsAMention() {
        let body = """
        CENTCOM Conducts Strike Against Militia Facility in Syria

        TAMPA, Fla. — On Feb. 3, U.S. Central Command forces conducted a strike against a weapons storage facility near Mayadin, Syria.

        The strike follows the Jan. 30 one-way drone attack on al-Tanf garrison in southern Syria.
        """
        #expect(F.kindSiteDay(body, published: "2024-02-04").contains("mention Al-Tanf Garrison 2024-01-30"))
    }

    @Test func theAttacksStrikesFollowAreMentions() {
        let body = """
        Statement on U.S. Defensive Precision Airstrikes

        U.S. military forces earlier this evening conducted defensive precision airstrikes against facilities used by Iran-backed militia groups in the Iraq-Syria border region.

        The strikes follow a series of UAV attacks, including one on April 14 against Erbil airport.
        """
        #expect(F.kindSiteDay(body, published: "2021-06-28").contains("mention Erbil Air Base 2021-04-14"))
    }
}
