import Testing
@testable import IncidentCore

/// A town that lends its name to a base the story names is that base (round 9, places).
@Suite struct TownOfNamedBaseTests {
    typealias F = ExtractionFixtures

    @Test func theAttackOnTheTownOfANamedCampIsAtTheCamp() {
        let body = """
        Camp Taji hit again

        More than 30 rockets struck Camp Taji on Saturday, wounding two Americans. Wednesday's rocket attack on Taji \
        killed two American service members.
        """
        let mention = F.extract(body, published: "2020-03-15").incidents.first { $0.kind == .mention }
        #expect(mention?.location == "Camp Taji")
    }

    @Test func aGermanBaseWordAndItsTownAreOneBase() {
        let body = """
        Raketen auf Stützpunkt Tadschi

        Mehr als 30 Raketen schlugen am Samstag auf dem Militärstützpunkt Tadschi ein, drei Soldaten der Koalition \
        wurden verletzt. Bereits am Mittwochabend waren bei einem Raketenangriff auf Tadschi zwei US-Soldaten getötet \
        worden.
        """
        let incidents = F.extract(body, published: "2020-03-15").incidents
        #expect(!incidents.contains { $0.location == "Tadschi" })
    }

    @Test func theTownAloneStaysTheTown() {
        let body = """
        Rockets near Taji

        Two rockets landed near Taji on Saturday, close to a highway used by coalition convoys, police said. No US \
        personnel were hurt.
        """
        let incidents = F.extract(body, published: "2020-03-15").incidents
        #expect(!incidents.contains { $0.location == "Camp Taji" })
    }
}
