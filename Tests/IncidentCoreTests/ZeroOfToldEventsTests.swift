import Testing
@testable import IncidentCore

/// Round 6: a zero told right after earlier events recalled in passing is theirs, every one of them, and not the
/// story's own attack's.
@Suite struct ZeroOfToldEventsTests {
    private let lead = "Two rockets struck Ain al-Asad air base in western Iraq on Tuesday, Iraqi security officials said. "

    private func figures(_ e: ArticleExtraction, kind: IncidentKind, at site: String) -> (String, String)? {
        e.incidents.first { $0.kind == kind && $0.location == site }.map { ($0.usKilled.spelled, $0.usInjured.spelled) }
    }

    @Test func neitherHoldsForBothEarlierEvents() {
        let e = ExtractionFixtures.extract(lead + """
            On December 20, drones targeted the Harir air base north of Erbil, and another drone fell near the Erbil \
            airport. Neither caused injuries.
            """, published: "2024-01-10")
        #expect(figures(e, kind: .mention, at: "Al-Harir Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, kind: .mention, at: "Erbil Air Base")?.1 == "0")
        #expect(figures(e, kind: .attack, at: "Ain al-Asad Air Base")?.1 == "unknown")
    }

    @Test func aSentenceWithoutSiteOrDayBetweenContinuesTheEarlierEvent() {
        let e = ExtractionFixtures.extract(lead + """
            On December 20, two drones were launched at the Harir air base. One was shot down and the other fell \
            outside the perimeter, officials said at the time. No one was hurt.
            """, published: "2024-01-10")
        #expect(figures(e, kind: .mention, at: "Al-Harir Air Base")?.0 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, kind: .mention, at: "Al-Harir Air Base")?.1 == "0")
        #expect(figures(e, kind: .attack, at: "Ain al-Asad Air Base")?.1 == "unknown")
    }

    @Test func aRelativeClauseAboutTheEarlierAttack() {
        let e = ExtractionFixtures.extract(lead + """
            The base was last hit on December 20, when a drone attack damaged a hangar. Officials said at the time that \
            Iran-backed militias were behind the attack, which also caused no injuries.
            """, published: "2024-01-10")
        #expect(figures(e, kind: .mention, at: "Ain al-Asad Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, kind: .attack, at: "Ain al-Asad Air Base")?.1 == "unknown")
    }

    @Test func germanZeroAfterAnEarlierAttack() {
        let e = ExtractionFixtures.extract("""
            Nach Angaben der irakischen Armee schlugen am Donnerstagabend zwei Raketen auf dem Luftwaffenstützpunkt \
            Balad ein. Erst am Dienstag waren fünf Raketen auf die Luftwaffenbasis Ain al-Assad abgefeuert worden. Auch \
            dabei gab es nach Angaben der Koalition keine Opfer.
            """, published: "2019-12-06")
        #expect(figures(e, kind: .mention, at: "Ain al-Asad Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func aZeroBeforeTheEarlierEventStaysWithTheStory() {
        let e = ExtractionFixtures.extract(lead + """
            There were no injuries. On December 20, drones targeted the Harir air base north of Erbil.
            """, published: "2024-01-10")
        #expect(figures(e, kind: .attack, at: "Ain al-Asad Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, kind: .mention, at: "Al-Harir Air Base")?.1 == "unknown")
    }

    @Test func aZeroOfAttacksInGeneralIsNoEventsZero() {
        let e = ExtractionFixtures.extract(lead + """
            On December 20, drones targeted the Harir air base north of Erbil. Officials say most such attacks cause no \
            casualties.
            """, published: "2024-01-10")
        #expect(figures(e, kind: .mention, at: "Al-Harir Air Base")?.1 == "unknown", "\(ExtractionFixtures.dump(e, body: ""))")
    }
}
