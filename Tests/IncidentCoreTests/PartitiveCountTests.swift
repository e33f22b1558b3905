import Testing
@testable import IncidentCore

/// "Twenty of the troops were hurt at al-Tanf garrison and four at Al-Asad Air Base": a count of the people the lead
/// counted, told site by site. A share said to be American ("Two of the coalition troops wounded ... are Americans")
/// is still the US figure, not a count of the coalition's troops.
@Suite struct PartitiveCountTests {
    typealias F = ExtractionFixtures

    @Test func aCountOfTheTroopsToldSiteBySite() {
        let title = "Two dozen US troops hurt in drone attacks in Iraq and Syria, Pentagon says"
        let body = """
            \(title)

            Twenty-four U.S. service members suffered minor injuries when drones struck two bases in Syria and Iraq last \
            week, the Pentagon said Tuesday.

            Twenty of the troops were hurt at al-Tanf garrison in southern Syria and four at Al-Asad Air Base in western \
            Iraq, both on Oct. 18, a spokesman told reporters.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2023-10-24")).incidents
        let tanf = found.first { $0.location == "Al-Tanf Garrison" }
        let asad = found.first { $0.location == "Ain al-Asad Air Base" }
        #expect(tanf?.usInjured.spelled == "20")
        #expect(asad?.usInjured.spelled == "4")
        #expect(tanf?.date.exported == "2023-10-18")
    }

    @Test func aShareSaidToBeAmericanIsTheUSFigure() {
        let title = "Rockets hit Camp Taji again"
        let body = """
            \(title)

            Rockets struck Camp Taji north of Baghdad on Saturday, wounding several coalition troops.

            Two of the coalition troops wounded in the attack are Americans, a U.S. defense official said.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2020-03-15")).incidents
        #expect(found.first { $0.location == "Camp Taji" }?.usInjured.spelled == "2")
    }
}
