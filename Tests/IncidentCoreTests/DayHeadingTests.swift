import Testing
@testable import IncidentCore

/// Logs that group their entries under a line giving the day ("Wednesday, November 8") or open each entry with
/// the day and its weekday in brackets ("Dec. 6 (Wed.) — IRAQ — Ain al-Asad AB"): each entry gets its own day.
@Suite struct DayHeadingTests {
    typealias F = ExtractionFixtures

    private func days(_ body: String, published: String) -> [String: String] {
        var found: [String: String] = [:]
        for i in F.extract(body, published: published).incidents where i.kind == .attack {
            found[i.location ?? "?"] = i.date.day.map { "\($0)" } ?? "-"
        }
        return found
    }

    @Test func eachEntryTakesTheDayOfTheHeadingAboveIt() {
        let body = """
        Log of attacks, Nov. 7-8

        Tuesday, November 7
        - Conoco gas field, Deir ez-Zor, Syria. Rockets. No claim.
        Wednesday, November 8
        - Al-Harir Air Base, Erbil, Iraq. One-way attack drone, shot down. Claimed by the Islamic Resistance in Iraq.
        - Mission Support Site Green Village, Deir ez-Zor, Syria. Rocket attack. No injuries reported.
        """
        let found = days(body, published: "2023-11-09")
        #expect(found["Conoco gas field"] == "2023-11-07")
        #expect(found["Al-Harir Air Base"] == "2023-11-08")
        #expect(found["Al-Omar oil field (Green Village)"] == "2023-11-08")
    }

    @Test func headingsWithAYearAndEntriesWithoutABullet() {
        let body = """
        Attack tracker

        Saturday, Dec. 30, 2023
        Al-Harir Air Base, Erbil province, Iraq. One-way attack drone, afternoon. No injuries.
        Monday, Jan. 1, 2024
        Al-Shaddadi, Hasakah province, Syria. Drone, around midday. Claimed by the Islamic Resistance in Iraq.
        """
        let found = days(body, published: "2024-01-02")
        #expect(found["Al-Harir Air Base"] == "2023-12-30")
        #expect(found["Al-Shaddadi"] == "2024-01-01")
    }

    @Test func theHeadingDatesAStrikeEntryWithoutASite() throws {
        let body = """
        Tracker

        25 JUL 2024 (Thursday)
        - Ain al-Asad Air Base, Anbar, Iraq. Two rockets at the base. No casualties.
        - No attacks recorded. On 28 July, a faction leader warned on television.
        30 JUL 2024 (Tuesday)
        - US air strike, Musayyib, Babil province, Iraq. US forces struck a site used by militants.
        """
        let strike = try #require(F.extract(body, published: "2024-07-31").incidents.first { $0.kind == .usStrike })
        #expect(strike.date.day.map { "\($0)" } == "2024-07-30")
    }

    @Test func aWeekdayInBracketsAfterTheDayStillOpensAnEntry() {
        let body = """
        ENTRIES FOR DEC. 6-8

        Dec. 6 (Wed.) — IRAQ — Ain al-Asad AB, Anbar. One-way attack drone shot down. No injuries.
        Dec. 7 (Thu.) — SYRIA — Rumalyn LZ, Hasakah. Multiple rockets. No U.S. casualties reported.
        """
        let found = days(body, published: "2023-12-10")
        #expect(found["Ain al-Asad Air Base"] == "2023-12-06")
        #expect(found["Rumalyn Landing Zone"] == "2023-12-07")
    }

    @Test func aDayLineAboveProseIsNoHeadingForIt() {
        // A date printed under the headline of an ordinary story: the story's own "on Sunday" dates its attack.
        let body = """
        Rockets hit Ain al-Asad

        Monday, January 29, 2024
        Ain al-Asad air base in western Iraq came under rocket fire on Sunday, officials said.
        """
        #expect(days(body, published: "2024-01-29")["Ain al-Asad Air Base"] == "2024-01-28")
    }

    @Test func aDateLineAboveAWireLeadIsNoHeadingForIt() {
        let body = """
        Drones attack Erbil airport

        Friday, January 5, 2024
        ERBIL, Iraq (Reuters) - Two drones attacked the Erbil airport base on Thursday, officials said.
        """
        #expect(days(body, published: "2024-01-05")["Erbil Air Base"] == "2024-01-04")
    }

    @Test(arguments: [
        ("Wednesday, November 8", true),
        ("Saturday, Dec. 30, 2023", true),
        ("Dec. 6 (Wed.)", true),
        ("Wednesday, November 8: drones hit Harir", false),
        ("Rockets hit Harir on November 8", false),
    ])
    func aHeadingHoldsNothingButTheDay(_ line: String, _ isHeading: Bool) {
        let text = ScannedText(line)
        let heading = FrameBuilder.dateHeading(0..<text.tokens.count, tokens: text.tokens,
                                               published: CalendarDay(year: 2023, month: 12, day: 31))
        #expect((heading != nil) == isHeading)
    }
}
