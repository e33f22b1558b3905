import Testing
@testable import IncidentCore

/// An analysis whose headline and lead are about a recent run of attacks gives each attack of that run a row of its
/// own, as a roundup does, while a news lead telling its own day keeps the older attacks as mentions; and days
/// written as ordinal words ("the twenty-fifth of July") are days.
@Suite struct SeriesLeadTests {
    private func extract(_ title: String, _ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extractor.extract(title: title, body: body, published: CalendarDay(iso: published)).incidents
    }

    @Test func theAttacksOfARecentRunAnAnalysisIsAboutAreAttacks() {
        let body = """
        Over the past four weeks, bases in Syria that host American troops have come under fire at least six times, \
        and no group has claimed a single attack.

        The run opened on March 2, when two rockets landed inside the Conoco gas field base in Deir ez-Zor province. \
        No one was hurt. On March 19, a drone was shot down as it approached the Green Village base on the al-Omar \
        oil field.

        The quiet is deceptive, analysts say.
        """
        let incidents = extract("Rockets and drones over Syria's oil bases", body, published: "2023-03-28")
        let attacks = incidents.filter { $0.kind == .attack }
        #expect(attacks.contains { $0.location == "Conoco gas field" && $0.date.day == CalendarDay(iso: "2023-03-02") })
        #expect(attacks.contains { $0.location == "Al-Omar oil field (Green Village)" && $0.date.day == CalendarDay(iso: "2023-03-19") })
        #expect(!incidents.contains { $0.kind == .mention })
    }

    @Test func aWaveOfAttacksSinceAMonthIsARunToo() {
        let body = """
        A wave of drone and rocket attacks on American positions since mid-October has left Washington searching \
        for an answer that deters without widening the war.

        On Oct. 18, two drones struck the al-Tanf garrison in southern Syria, wounding several American troops. \
        On Oct. 26, rockets landed near Ain al-Asad air base in western Iraq without causing casualties.
        """
        let incidents = extract("The drone war on US bases is only getting started", body, published: "2023-11-20")
        #expect(incidents.filter { $0.kind == .attack }.count == 2)
        #expect(!incidents.contains { $0.kind == .mention })
    }

    @Test func aNewsLeadOfItsOwnDayIsNoSeries() {
        let body = """
        Two rockets struck Ain al-Asad air base in western Iraq on Tuesday, the latest in a wave of attacks on \
        American forces in the past three weeks, officials said.

        On Oct. 18, drones struck the al-Tanf garrison in southern Syria.
        """
        let incidents = extract("Rockets hit Ain al-Asad base", body, published: "2023-11-08")
        #expect(incidents.contains { $0.kind == .attack && $0.location == "Ain al-Asad Air Base" })
        #expect(incidents.contains { $0.kind == .mention && $0.location == "Al-Tanf Garrison" })
    }

    @Test func aDayWrittenAsAnOrdinalWordIsADay() {
        let body = """
        On the twenty-fifth of July, rockets were fired at the Ain al-Asad base in western Anbar, causing no casualties.
        """
        let attack = extract("", body, published: "2024-07-27").first { $0.kind == .attack }
        #expect(attack?.date.day == CalendarDay(iso: "2024-07-25"))
    }

    @Test func aHearingCountingAttacksSinceLongAgoKeepsItsRecalledAttacksAsMentions() {
        let body = """
        The commander of U.S. Central Command told senators on Wednesday that Iran-backed militias had carried out more \
        than 170 attacks on American forces in Iraq and Syria since October.

        He said the Jan. 28 drone strike on Tower 22, a logistics outpost in northeastern Jordan, was the turning point, \
        and recalled the Jan. 20 ballistic missile attack on Ain al-Asad air base in western Iraq.
        """
        let incidents = extract("CENTCOM chief tells senators militia attacks have paused", body, published: "2024-03-21")
        #expect(incidents.contains { $0.kind == .mention && $0.location == "Tower 22" })
        #expect(incidents.contains { $0.kind == .mention && $0.location == "Ain al-Asad Air Base" })
        #expect(!incidents.contains { $0.kind == .attack })
    }
}
