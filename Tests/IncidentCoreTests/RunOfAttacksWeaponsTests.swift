import Testing
@testable import IncidentCore

/// A run of attacks told beside the story's attack lends it no weapon and is no attack of its own (round 9, places).
@Suite struct RunOfAttacksWeaponsTests {
    typealias F = ExtractionFixtures

    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func theFirstTimeSetAgainstRocketsManyTimesKeepsTheDroneAlone() {
        let body = """
        Drone hits Ain al-Asad

        A drone struck Ain al-Asad air base late on Saturday, damaging a hangar. It was the first time a drone had hit \
        Ain al-Asad, which has been targeted with rockets many times.
        """
        #expect(attacks(body, published: "2021-05-09").first?.weapons == [.drone])
    }

    @Test func aSeriesOfAttacksAtTheSitesLendsNoWeapon() {
        let body = """
        Drone wounds guards at Conoco

        A drone struck a post of guards at the Conoco gas field base on Monday night. Iran-backed groups were behind a \
        series of drone and rocket attacks on the Conoco and al-Omar bases last year.
        """
        let conoco = attacks(body, published: "2024-08-06").first { $0.location == "Conoco gas field" }
        #expect(conoco?.weapons == [.drone])
    }

    @Test func theLatestInAStringKeepsItsOwnWeapons() {
        let body = """
        Militants fire missiles, rockets at Ain al-Asad

        Iran-backed militants fired ballistic missiles and rockets at Ain al-Asad air base on Saturday evening, the \
        latest in a string of attacks on U.S. forces in the region.
        """
        #expect(attacks(body, published: "2024-01-21").first?.weapons == [.ballisticMissile, .rocket])
    }

    @Test func aStringOfAttacksOnTheEmbassyIsNoAttack() {
        let body = """
        Drone hits Ain al-Asad

        A drone struck Ain al-Asad air base late on Saturday. Officials have blamed Iran-backed militias for a string \
        of rocket attacks on bases hosting US troops and on the US embassy in Baghdad.
        """
        let found = attacks(body, published: "2021-05-09")
        #expect(!found.contains { $0.location == "US Embassy Baghdad" })
        #expect(found.contains { $0.location == "Ain al-Asad Air Base" })
    }
}
