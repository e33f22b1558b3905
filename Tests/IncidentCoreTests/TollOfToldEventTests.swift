import Testing
@testable import IncidentCore

/// Round 6: a toll told right after one earlier event, in a clause naming no site or day and naming the people as
/// American, is that event's, with the other casualties of the clause; a toll "up to now" or of anyone stays put.
@Suite struct TollOfToldEventTests {
    private func extract(_ body: String, published: String) -> ArticleExtraction {
        ExtractionFixtures.extract(body, published: published)
    }

    @Test func theTollAfterARecalledAttackIsIts() {
        let e = extract("""
            U.S. troops began leaving Ain al-Asad air base this week under a withdrawal agreement with Baghdad, Iraqi \
            officials said. On January 8, 2020, Iran fired a barrage of ballistic missiles at the base. No one was \
            killed, but more than 100 US service members were later diagnosed with traumatic brain injuries.
            """, published: "2025-01-10")
        let m = e.incidents.first { $0.kind == .mention }
        #expect(m?.usInjured.spelled == "more than 100", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(m?.usKilled.spelled == "0")
    }

    @Test func theOthersHurtGoWithIt() {
        let e = extract("""
            Two rockets struck Ain al-Asad air base late on Tuesday, officials said, causing no casualties. The base was \
            last hit on January 20, when Iran-backed militias fired ballistic missiles and rockets at it. Several US \
            service members suffered minor injuries and an Iraqi soldier was wounded.
            """, published: "2024-07-17")
        let attack = e.incidents.first { $0.kind == .attack }
        let m = e.incidents.first { $0.kind == .mention }
        #expect(attack?.usInjured.spelled == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(attack?.kind == .attack)
        #expect(m?.usInjured.spelled == "several")
        #expect(m?.otherCasualties.first?.who == "Iraqi soldier")
    }

    @Test func aTollUpToNowStaysWithTheStory() {
        let e = extract("""
            Two rockets struck Ain al-Asad air base late on Tuesday, officials said. The base was last hit on January \
            20, when militias fired ballistic missiles at it. Three US service members have been treated for minor \
            injuries, officials said.
            """, published: "2024-07-17")
        #expect(e.incidents.first { $0.kind == .attack }?.usInjured.spelled == "3", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(e.incidents.first { $0.kind == .mention }?.usInjured.isUnknown == true)
    }

    @Test func othersOfNoNamedNationStayPut() {
        let e = extract("""
            Two rockets struck Ain al-Asad air base late on Tuesday, officials said. The base was last hit on January \
            20, when militias fired ballistic missiles at it. About a dozen others were wounded.
            """, published: "2024-07-17")
        #expect(e.incidents.first { $0.kind == .mention }?.usInjured.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
    }
}
