import Testing
@testable import IncidentCore

/// Round 11, tolls: the dead named one by one with their military ranks are counted by their names.
@Suite struct DeadNamedByRankTests {
    private func figures(_ text: String, published: String, at site: String) -> (killed: String?, injured: String?) {
        let incident = ExtractionFixtures.extract(text, published: published).incidents.first { $0.location == site }
        return (incident?.usKilled.spelled, incident?.usInjured.spelled)
    }

    @Test func namesAfterKilledAreCounted() {
        let f = figures("""
            The strike came days after the Jan. 28 drone attack on Tower 22, a small outpost in Jordan. That attack \
            killed Sgt. William Jerome Rivers, Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondria Moffett and \
            wounded more than 40 other service members.
            """, published: "2024-02-08", at: "Tower 22")
        #expect(f.killed == "3")
        #expect(f.injured == "more than 40")
    }

    @Test func namesBeforeDiedAreCountedAndAnotherNationsAreNot() {
        let f = figures("""
            Rockets struck Camp Taji north of Baghdad on Wednesday evening. Army Spc. Juan Miguel Mendez Covarrubias, \
            27, of Hanford, Calif., and Air Force Staff Sgt. Marshal D. Roberts, 28, of Owasso, Okla., died of their \
            wounds. A British soldier, Lance Cpl. Brodie Gillon, was also killed.
            """, published: "2020-03-13", at: "Camp Taji")
        #expect(f.killed == "2")
    }

    @Test func aNameOfAnotherArmyInTheListIsNotCounted() {
        let f = figures("""
            Wednesday's attack on Camp Taji killed U.S. Army Spc. Juan Miguel Mendez Covarrubias, U.S. Air Force Staff \
            Sgt. Marshal Roberts and British Army Lance Cpl. Brodie Gillon.
            """, published: "2020-03-13", at: "Camp Taji")
        #expect(f.killed == "2")
    }

    @Test func aGeneralKilledIsNoToll() {
        // Must not trigger: "Maj. Gen. Qassem Soleimani" is a commander, and his killing is no toll of troops.
        let f = figures("""
            Iran fired more than a dozen missiles at Ain al-Asad Air Base on Wednesday in retaliation for the killing \
            of Maj. Gen. Qassem Soleimani, spokesman Lt. Col. Thomas Campbell said.
            """, published: "2020-01-09", at: "Ain al-Asad Air Base")
        #expect(f.killed == "unknown")
    }
}
