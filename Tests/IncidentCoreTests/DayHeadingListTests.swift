import Testing
@testable import IncidentCore

/// A line of a tracker that holds only a day heads the entries listed under it.
@Suite struct DayHeadingListTests {
    private func heading(_ line: String, published: String = "2024-01-02") -> String? {
        let tokens = TextScanner.tokens(of: line)
        return FrameBuilder.dateHeading(0..<tokens.count, tokens: tokens, published: CalendarDay(iso: published))?.day?.iso
    }

    @Test func linesHoldingOnlyADayAreHeadings() {
        #expect(heading("Saturday, Dec. 30, 2023") == "2023-12-30")
        #expect(heading("25 JUL 2024 (Thursday)", published: "2024-07-31") == "2024-07-25")
        #expect(heading("Wednesday, November 8", published: "2023-11-09") == "2023-11-08")
    }

    @Test func linesTellingMoreAreNoHeadings() {
        #expect(heading("On Saturday, Dec. 30, drones hit Harir.") == nil)
        #expect(heading("Attack tracker: Dec. 30, 2023 – Jan. 1, 2024") == nil)
    }

    @Test func eachBulletTakesItsHeadingsDay() {
        let body = """
            Attacks on U.S. forces, daily log

            Tuesday, November 7

            - Conoco gas field, Deir ez-Zor, Syria. Drone, evening. No injuries.

            Wednesday, November 8

            - Al-Harir Air Base, Erbil, Iraq. One-way attack drone, shot down. No casualties.

            - Conoco gas field, Syria. Multiple rockets, evening. No injuries.
            """
        let e = ExtractionFixtures.extract(body, published: "2023-11-09")
        let attacks = e.incidents.filter { $0.kind == .attack }
        #expect(attacks.map { "\($0.location ?? "-") \($0.date.day?.iso ?? "-")" } == [
            "Conoco gas field 2023-11-07", "Al-Harir Air Base 2023-11-08", "Conoco gas field 2023-11-08",
        ], "\(ExtractionFixtures.dump(e, body: body))")
    }

    @Test func aWeekdayInBracketsStillOpensADatedEntry() {
        let body = """
            ATTACKS ON U.S. FORCES IN IRAQ AND SYRIA — ENTRIES FOR DEC. 6–7, 2023

            Dec. 6 (Wed.) — IRAQ — Ain al-Asad AB, Anbar. One-way attack drone, shot down. No injuries.

            Dec. 7 (Thu.) — SYRIA — Rumalyn LZ, Hasakah. Multiple rockets. No injuries.
            """
        let e = ExtractionFixtures.extract(body, published: "2023-12-10")
        #expect(e.incidents.map { "\($0.location ?? "-") \($0.date.day?.iso ?? "-")" } == [
            "Ain al-Asad Air Base 2023-12-06", "Rumalyn Landing Zone 2023-12-07",
        ], "\(ExtractionFixtures.dump(e, body: body))")
    }
}
