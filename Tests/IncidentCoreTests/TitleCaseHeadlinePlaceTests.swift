import Testing
@testable import IncidentCore

/// A title-case headline capitalises its verb ("U.S. Drone Strike in Baghdad Kills Kataib Hezbollah Commander"): the
/// verb ends the place the strike was told at, which is "Baghdad", not "Baghdad Kills".
@Suite struct TitleCaseHeadlinePlaceTests {
    @Test func aHeadlinesVerbIsNoPartOfThePlace() {
        // As an article file is read: the headline is the title and the body's first line.
        let title = "U.S. Drone Strike in Baghdad Kills Kataib Hezbollah Commander"
        let body = title + "\n\nA U.S. drone strike on Wednesday night killed a senior commander of the Iran-backed militia, the U.S. military said."
        let extraction = ExtractionFixtures.extractor.extract(title: title, body: body, published: CalendarDay(iso: "2024-02-08"))
        let strikes = extraction.incidents.filter { $0.kind == .usStrike }
        #expect(strikes.contains { $0.location == "Baghdad" })
        #expect(!strikes.contains { $0.location?.contains("Kills") == true })
    }
}
