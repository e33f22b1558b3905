import Testing
@testable import IncidentCore

/// Round 22: "o assassínio de Soleimani, morto por um drone americano junto ao aeroporto de Bagdade" (read "killed by a
/// drone american"): a killing done by a US aircraft is a US strike, no attack on US forces at the airport; recalled in
/// a story counting the years since, it is no incident at all.
@Suite struct KilledByAUSDroneTests {
    @Test func aKillingByAnAmericanDroneIsNoAttack() {
        let incidents = ExtractionFixtures.extract("""
            Cinco anos depois, a noite dos mísseis

            Faz hoje cinco anos que o Irão lançou o maior ataque directo da sua história contra forças dos Estados Unidos.

            Na madrugada de 8 de Janeiro de 2020, a Guarda Revolucionária disparou mísseis balísticos contra a base \
            aérea de Ain al-Assad, no Iraque.

            Para Teerão, o ataque foi uma vingança pelo assassínio de Soleimani, morto por um drone americano junto ao \
            aeroporto de Bagdade cinco dias antes.
            """, published: "2025-01-08").incidents
        #expect(!incidents.contains { $0.location == "Victory Base Complex" })
        #expect(incidents.filter { $0.kind == .mention }.count == 1)
    }

    @Test func killedByADroneWithNoUSWordIsStillAnAttack() {
        let incidents = ExtractionFixtures.extract("""
            Drone kills soldier at Tower 22

            A US soldier was killed by a drone at Tower 22 in Jordan on Sunday, officials said.
            """, published: "2024-01-29").incidents
        #expect(incidents.first?.kind == .attack)
    }
}
