import Testing
@testable import IncidentCore

/// "That announcement came days after a drone attack killed three US soldiers at a base in Jordan": a vague "days
/// after" dates the attack from the last date written before it, even one that dated no attack.
@Suite struct DaysAfterDateWrittenTests {
    private let story = "Two rockets struck Al-Asad air base in western Iraq on Monday, injuring five U.S. service members. "

    private func jordan(_ text: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(story + text, published: "2024-08-06").incidents.first { $0.country == "Jordan" }
    }

    @Test func daysAfterALateMonth() {
        let m = jordan("""
            Kataib Hezbollah announced a suspension of its operations in late January. That announcement came days after \
            a drone attack killed three U.S. soldiers at a base in Jordan, prompting dozens of U.S. strikes.
            """)
        #expect(m?.kind == .mention && m?.date.exported == "2024-01" && m?.usKilled.spelled == "3")
    }

    @Test func daysAfterADay() {
        let m = jordan("""
            The militias halted their attacks on Jan. 30. The halt came days after a drone attack killed three U.S. \
            soldiers at a base in Jordan, prompting waves of U.S. strikes.
            """)
        #expect(m?.kind == .mention && m?.date.exported == "2024-01")
    }

    @Test func countedDaysAreNotVague() {
        // "two days after" is a count, left to the rules that count days.
        let tokens = TextScanner.tokens(of: "came two days after a drone attack")
        #expect(FrameBuilder.periodBefore(in: 0..<tokens.count, tokens: tokens) == nil)
        let vague = TextScanner.tokens(of: "came days after a drone attack")
        #expect(FrameBuilder.periodBefore(in: 0..<vague.count, tokens: vague)?.0 == 3)
    }

    @Test func daysAfterTalksTellNothing() {
        let tokens = TextScanner.tokens(of: "came days after the talks in Baghdad ended")
        #expect(FrameBuilder.periodBefore(in: 0..<tokens.count, tokens: tokens) == nil)
    }
}
