import Testing
@testable import IncidentCore

/// Round 22: "Dois meses depois, foguetes lançados por milícias pró-iranianas mataram dois militares americanos ... na
/// base de Camp Taji": a count of months opening the sentence is counted forward from the last date told, to the month.
@Suite struct MonthsLaterTests {
    @Test func twoMonthsLaterGivesTheMonth() {
        let incidents = ExtractionFixtures.extract("""
            A year since the missiles on Ain al-Asad

            A year after Iran's missile attack, troops at Ain al-Asad remember the night.

            On January 8, 2020, Iran fired ballistic missiles at Ain al-Asad air base.

            Two months later, rockets fired by militias killed two American soldiers at Camp Taji, north of Baghdad.
            """, published: "2021-01-08").incidents
        let taji = incidents.first { $0.location == "Camp Taji" }
        #expect(taji?.date.day?.iso == "2020-03-01")
        #expect(taji?.date.precision == .month)
    }

    @Test func aCountOfMonthsUnderAYearIsRead() {
        #expect(FrameBuilder.monthsFromLastDate(in: 0..<6, tokens: ScannedText("Two months later, rockets fell").tokens)?.months == 2)
        #expect(FrameBuilder.monthsFromLastDate(in: 0..<6, tokens: ScannedText("Twelve months later, the count").tokens) == nil)
    }
}
