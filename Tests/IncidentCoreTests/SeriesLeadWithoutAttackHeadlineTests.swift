import Testing
@testable import IncidentCore

/// An analysis whose lead counts a recent run of attacks tells each of them as news, even when its headline names
/// no attack ("Iraq's Militias Have Found a New Weapon", "Ain al-Asad back in the crosshairs").
@Suite struct SeriesLeadWithoutAttackHeadlineTests {
    typealias F = ExtractionFixtures

    @Test func aRunCountedOverThePastWeekIsTheStorysNews() {
        let body = """
        Iraq's Militias Have Found a New Weapon

        Over the past week, American troops in Iraq and Syria came under fire at least six times, in what U.S. officials describe as the most intense run of attacks in months.

        On July 7, 14 rockets slammed into Ain al-Asad air base, wounding two Americans. On July 8, a drone targeted the U.S. Embassy in Baghdad and was shot down.
        """
        #expect(F.kindSiteDay(body, published: "2021-07-12") == [
            "attack Ain al-Asad Air Base 2021-07-07", "attack US Embassy Baghdad 2021-07-08",
        ])
    }

    @Test func aPolicyStoryWithoutACountedRunKeepsItsMentions() {
        let body = """
        Washington weighs the future of its Iraq mission

        The administration is weighing whether to keep troops in Iraq beyond next year, officials said, as talks with Baghdad resume.

        On July 7, 14 rockets slammed into Ain al-Asad air base, wounding two Americans.
        """
        #expect(F.kindSiteDay(body, published: "2021-07-12") == ["mention Ain al-Asad Air Base 2021-07-07"])
    }
}
