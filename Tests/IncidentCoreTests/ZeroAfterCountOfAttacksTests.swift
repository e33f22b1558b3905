import Testing
@testable import IncidentCore

/// Round 11, tolls: a zero told right after a lead that counts the story's attacks is the zero of each of them.
@Suite struct ZeroAfterCountOfAttacksTests {
    private func incidents(_ text: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(text, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func aZeroAfterFourAttacksCountedInGermanReachesEach() {
        let found = incidents("""
            Insgesamt habe es seit Sonntag vier Angriffe gegeben, teilte ein Vertreter des US-Verteidigungsministeriums \
            am Montag mit. Verletzt worden sei dabei nach ersten Erkenntnissen niemand.

            Demnach wurden US-Soldaten am Sonntag auf dem Ölfeld Al-Omar mit Drohnen angegriffen. Ebenfalls am Sonntag \
            habe es einen Drohnenangriff auf den Stützpunkt Schaddadi gegeben. Am Montag sei dann der Landeplatz \
            Rumailan mit einer Drohne angegriffen worden.
            """, published: "2023-11-13")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.usInjured.spelled == "0" && $0.usKilled.spelled == "0" })
    }

    @Test func aZeroAfterAttackedThreeTimesReachesEach() {
        let found = incidents("""
            U.S. forces in eastern Syria came under attack three times on Wednesday, a U.S. defense official said. No \
            injuries were reported.

            Two rockets were fired at Mission Support Site Green Village in the morning. Hours later, a drone was shot \
            down as it approached the base at al-Shaddadi.
            """, published: "2023-10-26")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.usInjured.spelled == "0" })
    }
}
