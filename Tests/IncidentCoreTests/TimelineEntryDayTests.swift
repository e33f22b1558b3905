import Testing
@testable import IncidentCore

/// Timelines and trackers tell one event per dated entry: a day heading over a prose paragraph ("Oct. 17" then "Two
/// drones target Ain al-Asad ..."), or a line that opens with the weekday and the day before a dash ("Monday, January
/// 29 — Syria, Hasakah. The group claimed ..."). Each entry's event takes that day, not the day of publication.
@Suite struct TimelineEntryDayTests {
    typealias F = ExtractionFixtures

    private func days(_ body: String, published: String, kind: IncidentKind = .attack) -> [String: String] {
        var found: [String: String] = [:]
        for i in F.extract(body, published: published).incidents where i.kind == kind {
            found[i.location ?? "?"] = i.date.day.map { "\($0)" } ?? "-"
        }
        return found
    }

    @Test func aProseParagraphUnderADayHeadingIsThatDaysEntry() {
        let body = """
        What we know about the attacks on American troops this month

        Militias have fired on U.S. bases several times since the start of the month, the Pentagon says.

        Dec. 3
        A one-way drone is shot down as it nears the Al-Harir base north of Erbil. There are no injuries.

        Dec. 5
        Rockets land inside Ain al-Asad air base in Anbar province. One U.S. service member is lightly hurt.

        What comes next
        The Pentagon said on Friday it was weighing its options.
        """
        let found = days(body, published: "2023-12-09")
        #expect(found["Al-Harir Air Base"] == "2023-12-03")
        #expect(found["Ain al-Asad Air Base"] == "2023-12-05")
    }

    @Test func headingsWrittenOutWithAWeekdayDateTheirProseToo() {
        let body = """
        Chronologie des attaques

        Tuesday, 17 October
        Drones struck the al-Tanf garrison in southern Syria; two were shot down.

        Thursday, 19 October
        A drone was downed near Victory Base at Baghdad airport, officials said.
        """
        let found = days(body, published: "2023-10-23")
        #expect(found["Al-Tanf Garrison"] == "2023-10-17")
        #expect(found["Victory Base Complex"] == "2023-10-19")
    }

    @Test func aSingleDayLineUnderAHeadlineIsNoTimelineHeading() {
        // A date printed under the headline stamps the story; the prose under it dates its attack by its own words,
        // and a paragraph with no day of its own is not that line's entry.
        let body = """
        Drone hits base in Syria

        Wednesday, November 8, 2023
        A drone struck a U.S. base at al-Shaddadi in Hasakah province on Tuesday, a war monitor said.
        """
        #expect(days(body, published: "2023-11-08")["Al-Shaddadi"] == "2023-11-07")
    }

    @Test func aTrackerLineOpeningWithTheWeekdayAndDayDatesTheSentencesAfterIt() {
        let body = """
        Weekly tracker, March 4-10

        Monday, March 4 — Iraq, Anbar. Two rockets were fired at Ain al-Asad air base. No damage was reported.

        Thursday, March 7 — Syria, Deir ez-Zor. The Islamic Resistance in Iraq claimed a drone attack on the Conoco gas field.
        """
        let found = days(body, published: "2024-03-11")
        #expect(found["Ain al-Asad Air Base"] == "2024-03-04")
        #expect(found["Conoco gas field"] == "2024-03-07")
    }

    @Test func theEntrysDayDatesAStrikeToldAfterIt() {
        let body = """
        Tracker, week of February 12

        Friday, February 16 — U.S. response. U.S. aircraft struck a militia weapons depot near al-Qaim, in western Iraq.
        """
        let strikes = F.extract(body, published: "2024-02-19").incidents.filter { $0.kind == .usStrike }
        #expect(strikes.contains { $0.date.day.map { "\($0)" } == "2024-02-16" })
    }

    @Test func aSentenceOfTheEntryWithADayOfItsOwnKeepsIt() {
        // The entry's day dates only what is told without a day: "on March 3" in the entry of March 4 stays March 3.
        let body = """
        Weekly tracker, March 4-10

        Monday, March 4 — Syria. The Pentagon said rockets had hit the Conoco gas field base on March 3. No one was hurt.
        """
        #expect(days(body, published: "2024-03-11")["Conoco gas field"] == "2024-03-03")
    }
}
