import Testing
@testable import IncidentCore

/// "The pattern dates to late 2019. On Dec. 27 that year, ...": a day followed by "that year" is in the year written
/// last before it, and the paragraph's later bare days go on from it; read against publication they were five years off.
@Suite struct ThatYearTests {
    typealias F = ExtractionFixtures

    @Test func aDayThatYearAndTheDaysAfterIt() {
        let body = """
            The joint announcement on Friday closes a decade-long chapter of the coalition's mission in Iraq.

            The pattern dates to late 2019. On Dec. 27 that year, more than 30 rockets slammed into K-1 Air Base near \
            Kirkuk, killing an American civilian contractor and wounding four U.S. service members. US strikes on \
            Kataib Hezbollah followed; on Dec. 31, militia supporters stormed the outer compound of the US Embassy in Baghdad.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2024-09-28")).incidents
        #expect(found.first { $0.location == "K-1 Air Base" }?.date.exported == "2019-12-27")
        #expect(found.first { $0.location == "US Embassy Baghdad" }?.date.exported == "2019-12-31")
    }

    @Test func aMonthThatYear() {
        let body = """
            Drones hit radar installations at Camp Taji on Tuesday, officials said.

            Coalition troops left Camp Taji in August 2020, months after rockets killed two American soldiers and a \
            British soldier at the base in March that year.
            """
        let found = F.extractor.extract(title: "", body: body, published: F.day("2025-06-11")).incidents
        #expect(found.contains { $0.kind == .mention && $0.date.exported == "2020-03" }, "\(found.map(\.date.exported))")
    }
}
