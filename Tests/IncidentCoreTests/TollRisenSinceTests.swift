import Testing
@testable import IncidentCore

/// A toll told as risen since an earlier count: "a sixth service member was injured" counts six, and "the number of
/// troops diagnosed ... has risen to 109" counts 109 however long its subject, with the first "no Americans harmed"
/// still standing for deaths.
@Suite struct TollRisenSinceTests {
    typealias F = ExtractionFixtures

    @Test func anOrdinalCountsEveryoneHurtSoFar() {
        let e = F.extract("""
            Sixth US service member hurt in Iraq rocket attack

            A sixth U.S. service member was injured in Monday's rocket attack on Al-Asad air base in western Iraq, a \
            defense official said on Wednesday.
            """, published: "2024-08-07")
        let attack = e.incidents.first { $0.kind == .attack }
        #expect(attack?.usInjured == Figure(count: 6), "\(F.dump(e, body: ""))")
    }

    @Test func aSecondSoldierKilledIsTwoKilled() {
        let e = F.extract("""
            A rocket attack on Camp Taji on Wednesday killed a second American soldier, who died of his wounds, \
            officials said.
            """, published: "2020-03-12")
        #expect(e.incidents.first?.usKilled == Figure(count: 2), "\(F.dump(e, body: ""))")
    }

    @Test func aTollRisenToAfterALongSubjectIsTheLatestCount() {
        let e = F.extract("""
            The number of American troops diagnosed with concussions after Iran's Jan. 8 ballistic missile barrage on \
            Ain al-Asad air base in western Iraq has climbed to 109, the Pentagon said Monday. Officials first said no \
            Americans had been harmed.
            """, published: "2020-02-11")
        let attack = e.incidents.first { $0.location == "Ain al-Asad Air Base" }
        #expect(attack?.usInjured == Figure(count: 109), "\(F.dump(e, body: ""))")
        #expect(attack?.usKilled == Figure(count: 0))
    }

    @Test func theNumberOfAttacksRisenIsNoToll() {
        let e = F.extract("""
            Rockets struck Ain al-Asad air base on Monday, causing no injuries. The number of attacks on U.S. forces in \
            Iraq and Syria since October 17 has risen to 150, the Pentagon said.
            """, published: "2024-01-16")
        #expect(e.incidents.first?.usInjured == Figure(count: 0), "\(F.dump(e, body: ""))")
    }
}
