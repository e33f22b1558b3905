import Testing
@testable import IncidentCore

/// Incident dates: explicit and relative dates resolved against publication, year inference, precision.
@Suite struct DateFinderTests {
    typealias F = ExtractionFixtures

    private func dates(_ text: String, published: String) -> [DateMention] {
        let tokens = TextScanner.tokens(of: text)
        return DateFinder.find(in: 0..<tokens.count, tokens: tokens, published: CalendarDay(iso: published))
    }

    private func attackDate(_ text: String, published: String) -> ExtractedIncident? {
        F.extract(text, published: published).incidents.first { $0.kind == .attack }
    }

    @Test func explicitDatesInSeveralSpellings() {
        #expect(dates("on January 20", published: "2024-01-21").first?.day == F.day("2024-01-20"))
        #expect(dates("on 20 January 2024", published: "2024-03-01").first?.day == F.day("2024-01-20"))
        #expect(dates("on Oct. 17", published: "2023-11-21").first?.day == F.day("2023-10-17"))
        #expect(dates("on Jan 21", published: "2024-01-22").first?.day == F.day("2024-01-21"))
        #expect(dates("on October 7th", published: "2023-10-20").first?.day == F.day("2023-10-07"))
        #expect(dates("on Oct. 17, 2023", published: "2024-05-01").first?.day == F.day("2023-10-17"))
    }

    @Test func yearInferredAcrossTheYearBoundary() {
        #expect(dates("on December 30", published: "2024-01-02").first?.day == F.day("2023-12-30"))
        #expect(dates("on January 2", published: "2023-12-31").first?.day == F.day("2024-01-02"),
                "a few days' slack for a story dated just before the event")
        #expect(dates("In November", published: "2024-01-05").first?.day == F.day("2023-11-01"))
    }

    @Test func relativeDays() {
        // Published Saturday 2024-01-20.
        #expect(dates("this Saturday", published: "2024-01-20").first?.day == F.day("2024-01-20"))
        #expect(dates("on Monday", published: "2024-01-20").first?.day == F.day("2024-01-15"))
        #expect(dates("early Tuesday", published: "2024-01-20").first?.day == F.day("2024-01-16"))
        #expect(dates("yesterday", published: "2024-01-20").first?.day == F.day("2024-01-19"))
        #expect(dates("today", published: "2024-01-20").first?.day == F.day("2024-01-20"))
        #expect(dates("last Friday", published: "2024-01-19").first?.day == F.day("2024-01-12"),
                "'last Friday' on a Friday is the week before")
        #expect(dates("Friday", published: "2024-01-19").first?.day == F.day("2024-01-19"))
        #expect(dates("Monday", published: "2024-01-02").first?.day == F.day("2024-01-01"))
        #expect(dates("on Sunday", published: "2024-01-02").first?.day == F.day("2023-12-31"))
    }

    @Test func nearMidnightIsUncertain() {
        #expect(dates("late Monday", published: "2024-01-20").first?.uncertain == true)
        #expect(dates("Monday night", published: "2024-01-20").first?.uncertain == true)
        #expect(dates("overnight", published: "2024-01-20").first?.uncertain == true)
        #expect(dates("early Monday", published: "2024-01-20").first?.uncertain == false)
        let a = attackDate("Rockets hit Ain al-Asad air base late Sunday.", published: "2024-01-22")
        #expect(a?.date.day == F.day("2024-01-21"))
        #expect(a?.dateUncertain == true)
    }

    @Test func monthOnlyAndPeriods() {
        let month = dates("In January, drones hit", published: "2024-08-05").first
        #expect(month?.day == F.day("2024-01-01") && month?.precision == .month)
        let mid = dates("since mid-October", published: "2023-12-26").first
        #expect(mid?.isSince == true && mid?.precision == .month && mid?.day == F.day("2023-10-01"))
        let between = dates("Between Oct. 17 and Jan. 17", published: "2024-01-21")
        #expect(between.count == 2 && between[0].isSince && between[1].isPeriodEnd)
        #expect(between[1].day == F.day("2024-01-17"))
    }

    @Test func modalMayIsNotAMonth() {
        #expect(dates("the number may rise", published: "2024-01-20").isEmpty)
        #expect(dates("on May 3", published: "2024-06-01").first?.day == F.day("2024-05-03"))
    }

    @Test func noPublicationDateLeavesRelativeDatesUnknown() {
        let e = ExtractionFixtures.extractor.extract(title: "", body: "Rockets hit Ain al-Asad air base on Monday.", published: nil)
        #expect(e.incidents.first?.date == .unknown)
        let f = ExtractionFixtures.extractor.extract(title: "", body: "Rockets hit Ain al-Asad air base on 20 January 2024.", published: nil)
        #expect(f.incidents.first?.date.day == F.day("2024-01-20"))
    }

    @Test func dateSpanQuotesTheWords() {
        let body = "Drones struck the Conoco gas field early Tuesday, officials said."
        let e = F.extract(body, published: "2023-11-21")
        let fact = e.incidents.first?.facts.first { $0.field == "date" }
        #expect(fact.map { F.quote($0.span, in: body) } == "early Tuesday")
    }
}
