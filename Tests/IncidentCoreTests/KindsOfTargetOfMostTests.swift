import Testing
@testable import IncidentCore

/// What "most" of the attacks counted hit, and where the embassy stands, name no site of the story's attack; a bomb
/// blown up on a convoy is an attack (round 9, places).
@Suite struct KindsOfTargetOfMostTests {
    typealias F = ExtractionFixtures

    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func whatMostOfTheAttacksTargetedIsNoSite() {
        let body = """
        Rockets hit the Green Zone

        Two rockets fell in the Green Zone on Thursday night without causing casualties. It was the 25th rocket \
        attack on US interests since late October. Most have targeted the embassy, bases hosting coalition troops or \
        Baghdad airport.
        """
        let found = attacks(body, published: "2020-03-27")
        #expect(found.count == 1)
        #expect(found.first?.location == "Green Zone")
    }

    @Test func frenchMostIsReadToo() {
        let body = """
        Irak : des roquettes sur la Zone verte

        Au moins trois roquettes se sont abattues jeudi soir dans la Zone verte de Bagdad, sans faire de victimes. \
        Il s'agit de la 25e attaque à la roquette contre des intérêts américains depuis fin octobre. La plupart ont \
        visé l'ambassade, des bases abritant des soldats de la coalition ou l'aéroport de Bagdad.
        """
        let found = attacks(body, published: "2020-03-27")
        #expect(!found.contains { $0.location == "Victory Base Complex" })
    }

    @Test func mostOfTheRocketsStillTellTheSite() {
        let body = """
        Rockets hit Ain al-Asad

        Ten rockets were fired on Wednesday. Most of the rockets fell inside Ain al-Asad air base, officials said.
        """
        #expect(attacks(body, published: "2021-03-04").contains { $0.location == "Ain al-Asad Air Base" })
    }

    @Test func theEmbassyWhereAZoneHoldsItIsNoTarget() {
        let body = """
        Irak : des roquettes tirées sur la Zone verte de Bagdad

        Au moins trois roquettes se sont abattues jeudi soir dans la Zone verte de Bagdad, où se trouve l'ambassade \
        des Etats-Unis, sans faire de victimes.
        """
        // The Green Zone as written ("Zone", flagged with its candidates), not the embassy it holds.
        let location = attacks(body, published: "2020-03-27").first?.location
        #expect(location != nil && location != "US Embassy Baghdad")
    }

    @Test func aBombBlownUpOnAConvoyIsAnAttack() {
        let body = """
        Statement

        At dawn today, a group of our engineering unit blew up an explosive device on a convoy carrying equipment of \
        the American army on the highway near al-Rutba.
        """
        let incidents = F.extract(body, published: "2020-07-25").incidents
        #expect(incidents.contains { $0.weapons.contains(.ied) })
    }

    @Test func talksThatBlewUpAreNoAttack() {
        let body = """
        Talks

        The talks with the American delegation blew up over the timetable, officials said.
        """
        #expect(F.extract(body, published: "2020-07-25").incidents.isEmpty)
    }
}
