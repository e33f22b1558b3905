import Testing
@testable import IncidentCore

/// A look-back paragraph that writes no year goes on in the year of the paragraph before it ("On Dec. 27, 2019 ...
/// [¶] ... on Jan. 8"), for days that read as old news anyway; a recent bare day stays the story's own.
@Suite struct YearOfTheParagraphBeforeTests {
    typealias F = ExtractionFixtures

    @Test func aBareDayAfterAParagraphOfAnotherYearTakesThatStorysYear() {
        let body = """
            On Dec. 27, 2019, more than 30 rockets slammed into K-1 Air Base near Kirkuk, killing an American \
            contractor and wounding four U.S. service members.

            Events then moved fast. Iran fired more than a dozen ballistic missiles at Ain al-Asad Air Base in \
            western Iraq on Jan. 8, and over 100 troops were later diagnosed with brain injuries.
            """
        #expect(F.kindSiteDay(body, published: "2024-12-30") == ["mention K-1 Air Base 2019-12-27",
                                                                 "mention Ain al-Asad Air Base 2020-01-08"])
    }

    @Test func aRecentBareDayStaysTheStorysOwn() {
        let body = """
            On Dec. 27, 2019, more than 30 rockets slammed into K-1 Air Base near Kirkuk, killing an American \
            contractor.

            Rockets struck Ain al-Asad Air Base in western Iraq on Dec. 28, officials said. No one was hurt.
            """
        #expect(F.kindSiteDay(body, published: "2024-12-30").contains("attack Ain al-Asad Air Base 2024-12-28"))
    }

    /// The story goes on from the paragraph before: a bare day after it is the first such day on or after the year
    /// it wrote, even when the same day a year earlier lies nearer.
    @Test func aCarriedBareDayGoesForwardFromTheYearBefore() {
        let body = """
            The factions claimed dozens of attacks on U.S. forces after Oct. 7, 2023, until a drone killed three \
            soldiers at Tower 22 in Jordan on Jan. 28.

            Quiet did not last. On Aug. 3, rockets struck Ain al-Asad Air Base in western Iraq, wounding two U.S. \
            service members.
            """
        #expect(F.kindSiteDay(body, published: "2024-10-20").contains("mention Ain al-Asad Air Base 2024-08-03"),
                "\(F.kindSiteDay(body, published: "2024-10-20"))")
    }
}
