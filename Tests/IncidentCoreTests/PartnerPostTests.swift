import Testing
@testable import IncidentCore

/// An attack told as hitting a partner force's own post is a partner incident, at the post's place, even when a
/// US site is named nearby; a base that hosts US troops, or a US casualty told as such, keeps it an attack.
@Suite struct PartnerPostTests {
    @Test(arguments: [
        "Militias shelled SDF military points in the village of Khasham near the Conoco gas field on Sunday, wounding two fighters.",
        "Tribal fighters attacked positions of the Syrian Democratic Forces (SDF) in Dhiban, near the al-Omar oil field, on Sunday.",
        "Gunmen fired rocket-propelled grenades at checkpoints held by the SDF in Dhiban, a few kilometres from the Green Village base, on Sunday.",
        "A drone struck a Peshmerga post in Khabat, west of Erbil Air Base, on Sunday, wounding three Peshmerga.",
    ])
    func anAttackOnAPartnerPostIsAPartnerIncident(_ sentence: String) throws {
        let e = ExtractionFixtures.extract(sentence, published: "2023-09-18")
        let incident = try #require(e.incidents.first, "\(ExtractionFixtures.dump(e, body: sentence))")
        #expect(incident.kind == .partner, "\(ExtractionFixtures.dump(e, body: sentence))")
        #expect(["Khasham", "Dhiban", "Khabat"].contains(incident.location ?? ""), "\(ExtractionFixtures.dump(e, body: sentence))")
        #expect(incident.date.day?.iso == "2023-09-17")
    }

    @Test func aBaseOwnedByAPartnerForceIsItsPost() throws {
        let body = """
            Four Katyusha rockets fell on a military base adjacent to Baghdad International Airport, belonging to the \
            Counter-Terrorism Service, on Monday. A coalition spokesman said no coalition members had been injured.
            """
        let e = ExtractionFixtures.extract(body, published: "2019-12-10")
        #expect(e.incidents.first?.kind == .partner, "\(ExtractionFixtures.dump(e, body: body))")
    }

    @Test func peopleOnlyAssumedAmericanAtAPartnerPostAreNoUSFigure() throws {
        let body = """
            A fighter of the SDF was killed and two others were wounded on Sunday when militias shelled SDF points in \
            Khasham, near the Conoco gas field.
            """
        let e = ExtractionFixtures.extract(body, published: "2023-09-18")
        let incident = try #require(e.incidents.first)
        #expect(incident.kind == .partner && incident.usInjured.isUnknown, "\(ExtractionFixtures.dump(e, body: body))")
    }

    @Test(arguments: [
        // A base that hosts US troops, described by its country: no partner's post.
        "Rockets struck an Iraqi military base hosting US troops north of Baghdad on Sunday, wounding two Iraqi soldiers and two U.S. service members.",
        // A US casualty told as such keeps it an attack, whatever else was hit.
        "Drones struck SDF positions and the coalition base at the Conoco gas field on Sunday, wounding three U.S. service members.",
        // An area a partner controls is no post of it.
        "Rockets fired from territory controlled by the SDF struck the Conoco gas field base on Sunday, injuring two U.S. troops.",
    ])
    func otherTargetsStayAttacks(_ sentence: String) throws {
        let e = ExtractionFixtures.extract(sentence, published: "2023-09-18")
        let incident = try #require(e.incidents.first, "\(ExtractionFixtures.dump(e, body: sentence))")
        #expect(incident.kind == .attack, "\(ExtractionFixtures.dump(e, body: sentence))")
    }

    @Test func theFinderReadsThePostAndItsPlace() throws {
        let text = "militias shelled SDF military points in the village of al-Tayyana on Sunday"
        let tokens = TextScanner.tokens(of: text)
        let found = try #require(PartnerPostFinder.find(in: 0..<tokens.count, tokens: tokens))
        let place = try #require(found.place)
        #expect(tokens[place].map(\.text).joined() == "al-tayyana")
        let base = TextScanner.tokens(of: "rockets hit an Iraqi Security Forces base in western Iraq")
        #expect(PartnerPostFinder.find(in: 0..<base.count, tokens: base) == nil)
    }
}
