import Testing
@testable import IncidentCore

/// "Iran retaliated five days later": a count of days or weeks later or earlier is counted from the date the text
/// just gave, so the attack it tells is dated apart from the story's.
@Suite struct RecalledDaysApartTests {
    private let story = "At least 10 rockets struck Ain al-Asad air base on Wednesday. "

    private func mention(_ recall: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(story + recall, published: "2021-03-03").incidents.first { $0.location == "Balad Air Base" }
    }

    @Test func daysLaterCountFromTheDateJustTold() {
        let m = mention("On Feb. 15, rockets hit the coalition base at Erbil airport. Five days later, rockets struck Balad air base.")
        #expect(m?.kind == .mention)
        #expect(m?.date.exported == "2021-02-20")
    }

    @Test func aWeekLaterAndDaysEarlier() {
        let week = mention("On Feb. 8, rockets hit the coalition base at Erbil airport. A week later rockets struck Balad air base.")
        #expect(week?.kind == .mention && week?.date.exported == "2021-02-15")
        let earlier = mention("On Feb. 22, rockets hit the coalition base at Erbil airport. Two days earlier, rockets struck Balad air base.")
        #expect(earlier?.kind == .mention && earlier?.date.exported == "2021-02-20")
    }

    @Test func inTheMiddleOfTheSentence() {
        let e = ExtractionFixtures.extract("""
            Rockets landed near the US embassy in Baghdad early on Sunday. Tensions have soared since the US strike that \
            killed Qassem Soleimani on January 3. Iran retaliated five days later with ballistic missiles on Ain al-Asad airbase.
            """, published: "2020-02-16")
        let asad = e.incidents.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.kind == .mention && asad?.date.exported == "2020-01-08", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func daysWithoutLaterOrEarlierCountNothing() {
        // "for five days" is a span, not a day apart: the attack keeps the story's day.
        let e = ExtractionFixtures.extract(story + "Rockets struck Balad air base after five days of calm.", published: "2021-03-03")
        #expect(!e.incidents.contains { $0.date.exported == "2021-02-26" || $0.date.exported == "2021-03-08" })
        #expect(FrameBuilder.daysFromLastDate(in: 0..<4, tokens: TextScanner.tokens(of: "for five days running")) == nil)
    }
}
