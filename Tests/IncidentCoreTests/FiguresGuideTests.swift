import Testing
@testable import IncidentCore

/// Round 8, tolls: US figures read the way the labelling guide counts them.
@Suite struct FiguresGuideTests {
    private func injured(_ text: String, published: String, at site: String) -> String? {
        let e = ExtractionFixtures.extract(text, published: published)
        return e.incidents.first { $0.location == site }?.usInjured.spelled
    }

    // MARK: Troops evaluated for injuries are no figure until someone is diagnosed or hurt

    @Test func beingEvaluatedIsNoInjury() {
        #expect(injured("""
            Ballistic missiles struck Ain al-Asad air base on Saturday evening. Several U.S. personnel are being \
            evaluated for traumatic brain injuries, Central Command said.
            """, published: "2024-01-21", at: "Ain al-Asad Air Base") == "unknown")
    }

    @Test func beingCheckedForPossibleConcussionsIsNoInjury() {
        #expect(injured("""
            Rockets hit Ain al-Asad air base on Saturday. An official said no Americans had been killed and that an \
            unknown number of troops were being checked for possible concussions.
            """, published: "2024-01-21", at: "Ain al-Asad Air Base") == "unknown")
    }

    @Test func anEvaluationReopensAnEarlierNoCasualties() {
        #expect(injured("""
            Missiles hit Ain al-Asad air base on Saturday. "A number of U.S. personnel are being evaluated for \
            traumatic brain injuries," Central Command said. An Iraqi security source had earlier said there were no \
            casualties among the base's personnel.
            """, published: "2024-01-21", at: "Ain al-Asad Air Base") == "unknown")
    }

    @Test func aDiagnosedCountIsStillAFigure() {
        #expect(injured("""
            Missiles hit Ain al-Asad air base on Saturday. Four U.S. service members were later diagnosed with \
            traumatic brain injuries after being evaluated, officials said.
            """, published: "2024-01-23", at: "Ain al-Asad Air Base") == "4")
    }

    @Test func possibleInjuriesToUSTroopsStayPossible() {
        // Not an evaluation: the statement says US troops may have been hurt.
        #expect(injured("""
            Militants fired ballistic missiles at Ain al-Asad air base on Saturday, CENTCOM said, citing possible \
            injuries to US military personnel.
            """, published: "2024-01-21", at: "Ain al-Asad Air Base") == "possible")
    }

    // MARK: Injuries to the coalition with no American named are no US figure

    @Test func minorInjuriesToCoalitionForcesAreNotUS() {
        #expect(injured("""
            Two drones targeted the al-Tanf garrison on Wednesday. One was destroyed and the other crashed inside the \
            base, resulting in minor injuries to coalition forces, a Pentagon spokesman said.
            """, published: "2023-10-19", at: "Al-Tanf Garrison") == "unknown")
        #expect(injured("""
            A drone struck the al-Tanf garrison on Wednesday, causing minor injuries to coalition personnel, officials said.
            """, published: "2023-10-19", at: "Al-Tanf Garrison") == "unknown")
    }

    @Test func minorInjuriesToUSForcesAreUS() {
        #expect(injured("""
            A drone struck the al-Tanf garrison on Wednesday, causing minor injuries to U.S. forces, officials said.
            """, published: "2023-10-19", at: "Al-Tanf Garrison") == "several")
    }

    // MARK: A zero told in the paragraph of one site is that site's

    private func figures(_ text: String, published: String) -> [String: String] {
        let e = ExtractionFixtures.extract(text, published: published)
        var out: [String: String] = [:]
        for i in e.incidents where i.kind == .attack { out[i.location ?? "-"] = i.usInjured.spelled }
        return out
    }

    @Test func aZeroInALaterSitesParagraphStaysThere() {
        let f = figures("""
            On Monday, drones targeted the al-Tanf garrison, the Islamic Resistance in Iraq said.

            The latest attack came on Wednesday, when rockets were fired at Ain al-Asad air base. A U.S. defense \
            official said there were no injuries.
            """, published: "2023-12-21")
        #expect(f["Ain al-Asad Air Base"] == "0", "\(f)")
        #expect(f["Al-Tanf Garrison"] == "unknown", "\(f)")
    }

    @Test func aZeroAfterALeadNamingTwoSitesIsTheParagraphSites() {
        let f = figures("""
            Militias said they launched drones at Erbil air base and at Ain al-Asad air base on Wednesday.

            Kurdish officials said a drone was shot down near Erbil airport. "There were no casualties," they said.
            """, published: "2024-01-25")
        #expect(f["Erbil Air Base"] == "0", "\(f)")
        #expect(f["Ain al-Asad Air Base"] == "unknown", "\(f)")
    }

    @Test func aZeroInAParagraphOfItsOwnStillReachesTheSitesBefore() {
        // Must not change: no site is named in the zero's paragraph before it.
        let f = figures("""
            Drones targeted the al-Harir air base on Wednesday, and rockets were fired at the al-Tanf garrison.

            No injuries were reported, a U.S. official said.
            """, published: "2023-10-26")
        #expect(f["Al-Harir Air Base"] == "0", "\(f)")
        #expect(f["Al-Tanf Garrison"] == "0", "\(f)")
    }

    // MARK: A count told of an earlier event at several sites is their sum, not the first site's

    private func recalled(_ text: String, published: String) -> [String: String] {
        let e = ExtractionFixtures.extract(text, published: published)
        var out: [String: String] = [:]
        for i in e.incidents where i.kind == .mention { out[i.location ?? "-"] = i.usInjured.spelled }
        return out
    }

    @Test func aCountOfTwoEarlierSitesGoesToNeither() {
        let f = recalled("""
            Rockets struck the Rumalyn Landing Zone on Sunday, causing no injuries, officials said. Earlier this month, \
            the Pentagon said 21 U.S. personnel suffered minor injuries in drone attacks on al-Tanf and Ain al-Asad on \
            Oct. 18.
            """, published: "2023-10-30")
        #expect(f["Al-Tanf Garrison"] == "unknown", "\(f)")
        #expect(f["Ain al-Asad Air Base"] == "unknown", "\(f)")
    }

    @Test func aCountOfOneEarlierSiteIsItsOwn() {
        // Must not change: one site, its count.
        let f = recalled("""
            Rockets struck the Rumalyn Landing Zone on Sunday, causing no injuries, officials said. On Oct. 18, a \
            drone attack on al-Tanf injured 20 U.S. personnel, the Pentagon said.
            """, published: "2023-10-30")
        #expect(f["Al-Tanf Garrison"] == "20", "\(f)")
    }

    // MARK: "and many more wounded" continues the party of the count before it

    @Test func manyMoreWoundedAreTheSameTroops() {
        #expect(injured("""
            Three U.S. service members were killed and many more wounded in a drone attack on Tower 22 on Sunday.
            """, published: "2024-01-29", at: "Tower 22") == "several")
        #expect(injured("""
            Three U.S. soldiers were killed and several more were hurt when a drone struck Tower 22 on Sunday.
            """, published: "2024-01-29", at: "Tower 22") == "several")
    }

    @Test func moreAttacksAreNoCount() {
        // Must not trigger: "more" of attacks, not of people hurt.
        #expect(injured("""
            A drone struck Tower 22 on Sunday, and many more attacks are expected, officials said.
            """, published: "2024-01-29", at: "Tower 22") == "unknown")
    }
}
