import Testing
@testable import IncidentCore

/// Round 20 (au25): "The strikes, which began late on Friday, about 11pm local time, hit command and control centres":
/// the part of a day after "began" tells when one night's strikes began, their day; "a series of attacks that began on
/// October 17" still opens a period.
@Suite struct StrikeBeganLateOnADayTests {
    @Test func strikesThatBeganLateOnFridayAreFridays() {
        let strikes = ExtractionFixtures.extract("""
            US hits Iran-linked groups in Iraq and Syria

            The US military said its strikes, which began late on Friday, about 11pm local time, hit command and control \
            centres and drone storage sites at seven facilities in Iraq and Syria.
            """, published: "2024-02-03").incidents.filter { $0.kind == .usStrike }
        #expect(!strikes.isEmpty)
        #expect(strikes.allSatisfy { $0.date.day?.iso == "2024-02-02" && $0.date.precision == .day })
    }

    @Test func aSeriesThatBeganOnADayIsAPeriod() {
        let incidents = ExtractionFixtures.extract("""
            Attacks on US troops go on

            A series of attacks on US forces that began on October 17 has continued, officials said on Monday, \
            with at least 40 attacks so far.
            """, published: "2023-11-06").incidents
        #expect(!incidents.contains { $0.date.day?.iso == "2023-10-17" && $0.kind == .attack })
    }
}
