import Testing
@testable import IncidentCore

/// Round 8 (places): where a roundup's attacks are when the clause that tells one does not name its site: a paragraph
/// headed by its site ("Al-Shaddadi, Syria (Saturday)."), or bases counted but not named ("two separate bases").
@Suite struct RoundupEntrySitesTests {
    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func aParagraphHeadedByItsSiteIsAtThatSite() {
        let a = attacks("""
            Three more attacks on US forces since Friday, Pentagon says

            U.S. troops in Iraq and Syria came under attack at least three more times between Friday and Sunday, \
            Pentagon officials said on Monday.

            Al-Tanf, Syria (Friday). Two one-way attack drones flew toward the garrison near the Jordanian border late on Friday. \
            Both were shot down.

            Erbil, Iraq (Saturday). A drone approaching the coalition base at Erbil airport was downed on Saturday \
            evening.

            Ain al-Asad, Iraq (Sunday). Rockets struck Ain al-Asad air base early Sunday.
            """, published: "2023-10-30")
        #expect(a.count == 3)
        let tanf = a.first { $0.location == "Al-Tanf Garrison" }
        #expect(tanf?.date.day?.iso == "2023-10-27")
        #expect(tanf?.weapons == [.drone])
        #expect(a.first { $0.location == "Ain al-Asad Air Base" }?.weapons == [.rocket])
    }

    @Test func aLongOpeningSentenceHeadsNothing() {
        // The opening sentence tells its own attack: it is no heading, and the next clause stays with the site told.
        let a = attacks("""
            Rockets struck Ain al-Asad air base in western Iraq early on Sunday, the coalition said. Two drones were \
            also shot down near the base later in the day.
            """, published: "2023-10-30")
        #expect(a.count == 1)
        #expect(a.first?.location == "Ain al-Asad Air Base")
    }

    @Test func basesCountedButNotNamedAreOneAttackEach() {
        let a = attacks("""
            Militias launched at least four more attacks on U.S. troops between Thursday and Sunday, an official said.

            — On Thursday, a drone targeting Erbil Air Base in northern Iraq was shot down.

            — On Saturday, rockets were fired at the base at Shaddadi in northeastern Syria.

            — Early Sunday, drones targeted two separate bases housing U.S. forces in northeastern Syria. One was \
            downed; the other hit an empty area.
            """, published: "2023-11-06")
        #expect(a.count == 4)
        let unnamed = a.filter { $0.location == nil }
        #expect(unnamed.count == 2)
        #expect(unnamed.allSatisfy { $0.country == "Syria" && $0.date.day?.iso == "2023-11-05" && $0.weapons == [.drone] })
    }

    @Test func threeSitesWrittenAnotherWay() {
        let a = attacks("""
            Drones struck Ain al-Asad air base in western Iraq on Tuesday, the coalition said. Later on Wednesday, \
            rockets were fired at three U.S. positions in eastern Syria, a defense official said.
            """, published: "2023-11-09")
        #expect(a.filter { $0.location == nil && $0.country == "Syria" }.count == 3)
    }

    @Test func aLeadCountingTheSitesItNamesNextIsNoAttackOfItsOwn() {
        let a = attacks("""
            Rockets were fired at two bases housing U.S. troops in Iraq and Syria late Thursday, officials said.

            In Iraq, two rockets were launched toward Ain al-Asad air base but landed outside its perimeter. Hours \
            earlier, several rockets targeted a base used by U.S. forces at the Conoco gas field in Syria.
            """, published: "2024-08-09")
        #expect(a.count == 2)
        #expect(!a.contains { $0.location == nil })
    }

    @Test func aTallyOfBasesIsNoCount() {
        let a = attacks("""
            Rockets struck Ain al-Asad air base on Tuesday. On Wednesday, the Pentagon said it was the 11th attack \
            since Oct. 17 on the two bases in Iraq that host U.S. troops.
            """, published: "2023-11-02")
        #expect(a.count == 1)
    }
}
