import Testing
@testable import IncidentCore

/// What US news outlets write around a strike or an attack: the attack a strike was "retaliation for", a recall told
/// loosely and again with its site, a clock in Washington time, an attack "shortly after" which a strike came, a
/// strike dated by a possessive day in a story told the day after, a lead-in that gives the day of the attacks told
/// next, and a claim of "those on Oct. 18".
@Suite struct USOutletRecallsAndClocksTests {
    typealias F = ExtractionFixtures

    @Test func theAttackAStrikeWasRetaliationForIsRecalledNotStruck() {
        let body = """
        Two rockets hit Balad Air Base on Tuesday, the coalition said. No U.S. personnel were hurt.

        The attack followed U.S. airstrikes in Syria last week, which officials said were retaliation for a March 3 \
        rocket attack on Ain al-Asad Air Base that wounded two American troops.
        """
        let incidents = F.incidents(body, published: "2021-03-17")
        #expect(!incidents.contains { $0.kind == .usStrike && $0.location == "Ain al-Asad Air Base" })
        let recalled = incidents.first { $0.location == "Ain al-Asad Air Base" }
        #expect(recalled?.kind == .mention)
        #expect(recalled?.date.day == CalendarDay(year: 2021, month: 3, day: 3))
        #expect(recalled?.usInjured == Figure(count: 2))
    }

    @Test func woundedWithoutACountBeatsACountOnlyEvaluated() {
        let body = """
        Two American soldiers were killed and many more were wounded when a drone hit Tower 22 in Jordan on Sunday, \
        officials said. Some 40 troops were being evaluated for possible traumatic brain injuries.
        """
        let attack = F.incidents(body, published: "2024-01-29").first { $0.kind == .attack }
        #expect(attack?.usInjured.count == nil)
        #expect(attack?.usInjured.reportsCasualties == true)
    }

    @Test func aLooseRecallAndItsSitedRetellingAreOneMention() {
        let body = """
        U.S. aircraft struck militia sites in western Iraq on Saturday, the second wave of retaliation for a drone \
        attack that killed three American soldiers in Jordan late last month, officials said.

        The Jan. 28 attack on Tower 22, a small outpost in Jordan, also wounded more than 40 troops.
        """
        let mentions = F.incidents(body, published: "2024-02-04").filter { $0.kind == .mention }
        #expect(mentions.count == 1)
        #expect(mentions.first?.location == "Tower 22")
        #expect(mentions.first?.usKilled == Figure(count: 3))
    }

    @Test func aWashingtonClockTimeDatesTheAttackAtTheTarget() {
        let body = """
        Iran launched ballistic missiles at U.S. forces in Iraq on Tuesday, the Pentagon said.

        The missiles were fired at around 6 p.m. ET and struck Ain al-Asad air base, a U.S. official said.
        """
        let attack = F.incidents(body, published: "2020-01-08").first { $0.location == "Ain al-Asad Air Base" }
        #expect(attack?.date.day == CalendarDay(year: 2020, month: 1, day: 8))
    }

    @Test func anAttackShortlyBeforeADatedStrikeIsOfItsDay() {
        let body = """
        A U.S. aircraft struck a militia truck near Abu Ghraib on Wednesday, minutes after its crew fired rockets at \
        Victory Base Complex, U.S. officials said.
        """
        let attack = F.incidents(body, published: "2023-11-23").first { $0.kind == .attack }
        #expect(attack?.date.day == CalendarDay(year: 2023, month: 11, day: 22))
        #expect(attack?.date.precision == .day)
    }

    @Test func aPossessiveDayDatesTheStrikesNotTheDayOfTheTelling() {
        let body = """
        U.S. airstrikes on Kataib Hezbollah killed at least 19 fighters, militia officials said Tuesday.

        The Pentagon said Monday's strikes hit three sites in Iraq, including a command post near al-Qaim.
        """
        let strike = F.incidents(body, published: "2019-12-31").first { $0.kind == .usStrike }
        #expect(strike?.date.day == CalendarDay(year: 2019, month: 12, day: 30))
    }

    @Test func aLeadInDatesTheSitedAttackToldNextAndItsClaimOfThatDayCovers() {
        let body = """
        U.S. jets struck a depot near Mayadin on Friday, the Pentagon said.

        The worst attacks came on Oct. 19. At Ain al-Asad air base, drones targeted U.S. forces, wounding three \
        service members.

        The Islamic Resistance in Iraq claimed several of the attacks, including those on Oct. 19.
        """
        let recalled = F.incidents(body, published: "2023-10-28").first { $0.location == "Ain al-Asad Air Base" }
        #expect(recalled?.kind == .mention)
        #expect(recalled?.date.day == CalendarDay(year: 2023, month: 10, day: 19))
        #expect(recalled?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func theAttackAStrikeCameADayAfterIsRecalledAndSoIsItsRetelling() {
        let body = """
        U.S. helicopters struck a rocket team near Mayadin on Thursday, two days after the militants fired rockets at \
        Conoco gas field, a base housing U.S. troops, the coalition said.

        On Tuesday, three rockets hit the Conoco base, causing no injuries, the coalition said at the time.
        """
        let incidents = F.incidents(body, published: "2022-01-07")
        let recalled = incidents.filter { $0.location?.contains("Conoco") == true }
        #expect(recalled.count == 1)
        #expect(recalled.first?.kind == .mention)
        #expect(recalled.first?.date.day == CalendarDay(year: 2022, month: 1, day: 4))
    }

    @Test func aCompassPartOfTheCountryTheSiteIsNotInTellsAnotherAttack() {
        let body = """
        A drone was shot down over the al-Tanf garrison on Monday, the coalition said. Nobody was hurt.

        Another drone was downed near a base housing U.S. troops in north-eastern Syria on Monday, officials said.
        """
        let attacks = F.incidents(body, published: "2024-01-16").filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.contains { $0.location == nil && $0.country == "Syria" && $0.weapons.contains(.drone) })
    }
}
