import Testing
@testable import IncidentCore

/// Round 8: earlier attacks recalled in passing (mentions), and the days of found incidents.
/// A story attack told only as what someone said on a day ("said on Wednesday that rockets fell") happened that day,
/// so the same site named again on a whole day before it is an earlier attack there.
@Suite struct ReportedDayOfTheStoryTests {
    private func incidents(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents
    }

    @Test func theSameSiteOnTheDayBeforeTheReportedDayIsAnEarlierAttack() {
        let found = incidents("""
            Iraqi security officials said on Thursday that three rockets landed inside the Ain al-Asad air base in \
            Anbar province, causing no casualties. On Wednesday, a drone was shot down near Ain al-Asad.
            """, published: "2022-01-07")
        let attack = found.first { $0.kind == .attack }
        #expect(attack?.date == IncidentDate(day: ExtractionFixtures.day("2022-01-06"), precision: .day))
        #expect(attack?.weapons == [.rocket])
        let m = found.first { $0.kind == .mention }
        #expect(m?.location == "Ain al-Asad Air Base")
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2022-01-05"), precision: .day))
        #expect(m?.weapons == [.drone])
    }

    @Test func anotherWordingOfTheReportedDayDoesToo() {
        let found = incidents("""
            The US-led coalition announced on Sunday that two Katyusha rockets struck Camp Taji north of Baghdad. \
            On Saturday, rockets also landed inside Camp Taji, officials said.
            """, published: "2020-06-15")
        #expect(found.contains { $0.kind == .attack && $0.date.day == ExtractionFixtures.day("2020-06-14") })
        #expect(found.contains { $0.kind == .mention && $0.location == "Camp Taji"
            && $0.date.day == ExtractionFixtures.day("2020-06-13") })
    }

    /// A day on which something else was done about the attack (names released) does not date it.
    @Test func aDayNamesWereReleasedDoesNotDateTheAttack() {
        let found = incidents("""
            The Pentagon on Friday released the names of two U.S. soldiers killed in the rocket attack on Camp Taji. \
            Both died in the attack late Wednesday.
            """, published: "2020-03-14")
        #expect(!found.contains { $0.kind == .mention })
        #expect(found.first { $0.kind == .attack }?.date.day == ExtractionFixtures.day("2020-03-11"))
    }
}
