import Testing
@testable import IncidentCore

/// Cumulative totals with breakdown, since, as-of and US injured; duplicates kept once.
@Suite struct TotalFinderTests {
    typealias F = ExtractionFixtures

    @Test func totalWithBreakdownAndSaidOnDay() throws {
        let body = """
        The Pentagon said on Wednesday that there have been 151 attacks on US forces, including 66 in Iraq, \
        84 in Syria and 1 in Jordan.
        """
        let t = try #require(F.extract(body, published: "2024-02-02").totals.first)
        #expect(t.total == Figure(count: 151))
        #expect(t.iraq == 66 && t.syria == 84 && t.jordan == 1)
        #expect(t.asOf == F.day("2024-01-31"))
        let span = try #require(t.facts.first { $0.field == "total_iraq" }).span
        #expect(F.quote(span, in: body) == "66 in Iraq")
    }

    @Test func sinceMidMonthAndNumberWords() throws {
        let t = try #require(F.extract("Militias have attacked US forces more than one hundred times since mid-October.",
                                       published: "2023-12-26").totals.first)
        #expect(t.total == Figure(count: 100, qualifier: .moreThan))
        #expect(t.since == F.day("2023-10-01") && t.sincePrecision == .month)
        #expect(t.asOf == F.day("2023-12-26"))
    }

    @Test func periodEndIsAsOf() throws {
        let t = try #require(F.extract("Between Oct. 17 and Jan. 17, at least 140 drone and rocket attacks were launched.",
                                       published: "2024-01-21").totals.first)
        #expect(t.asOf == F.day("2024-01-17") && t.since == F.day("2023-10-17"))
    }

    @Test func undatedTotalKeepsAsOfNil() throws {
        let t = try #require(F.extract("The attacks had been more frequent – more than 175 times – in the first months of the war.",
                                       published: "2024-08-05").totals.first)
        #expect(t.asOf == nil)
    }

    @Test func sameTotalTwiceIsKeptOnce() {
        let body = """
        It was one of the approximately 140 rocket and missile attacks on American troops. There have been 140 \
        militia attacks on US troops in the past three months, including 57 in Iraq and 83 in Syria, a \
        spokeswoman said on Thursday.
        """
        let totals = F.extract(body, published: "2024-01-20").totals
        #expect(totals.count == 1)
        #expect(totals.first?.iraq == 57)
        #expect(totals.first?.asOf == F.day("2024-01-18"))
    }

    @Test func smallCountsAndTroopsAreNotTotals() {
        #expect(F.extract("Two recent attacks hit bases housing U.S. troops on July 16 and 25.", published: "2024-08-05").totals.isEmpty)
        #expect(F.extract("A total of 2,500 American troops are stationed in Iraq.").totals.isEmpty)
    }
}
