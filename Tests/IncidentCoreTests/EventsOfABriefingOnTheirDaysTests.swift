import Testing
@testable import IncidentCore

/// Round 14 (days): a briefing or a wire story tells the events of several days, each on its own day: an undated
/// site told right after a dated attack in its paragraph, a reply told in the paragraph of the attack it answers, and
/// the attack's opening sentence before a spokesman's later day.
@Suite struct EventsOfABriefingOnTheirDaysTests {
    private typealias F = ExtractionFixtures

    @Test func undatedSecondSiteTakesTheDayOfItsParagraph() {
        let body = """
            A drone struck a U.S. base at al-Tanf on Wednesday, a U.S. official said, causing no injuries.

            On Thursday, rockets were fired at the Conoco gas field base. A drone also targeted Mission Support Site \
            Green Village, causing minor damage.
            """
        let rows = F.kindSiteDay(body, published: "2023-10-28")
        #expect(rows.contains("attack Al-Omar oil field (Green Village) 2023-10-26"))
        #expect(rows.contains("attack Conoco gas field 2023-10-26"))
    }

    @Test func replyInTheParagraphOfALaterAttackIsOfThatDay() {
        let body = """
            On Tuesday, coalition forces conducted a strike against rocket launchers near Mayadin.

            On Wednesday morning, Mission Support Site Green Village came under rocket fire. There were no injuries. \
            Coalition forces responded with artillery fire at the point of origin.
            """
        let strikes = F.incidents(body, published: "2023-01-05").filter { $0.kind == .usStrike }
        #expect(strikes.count == 2)
        #expect(strikes.contains { $0.date.day == CalendarDay(iso: "2023-01-04") && $0.weapons == [.artillery] })
    }

    @Test func openingSentenceDayBeatsTheSpokesmansDay() {
        let body = """
            At least 14 rockets were fired at around 9:30 pm on Monday. Three struck Erbil International Airport, where \
            US-led coalition forces are based.

            Early on Tuesday, coalition spokesman Col. Wayne Marotto said one US service member had been injured.
            """
        let found = F.incidents(body, published: "2021-02-16")
        #expect(found.first?.kind == .attack)
        #expect(found.first?.date.day == CalendarDay(iso: "2021-02-15"))
    }
}
