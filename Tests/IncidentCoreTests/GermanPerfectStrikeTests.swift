import Testing
@testable import IncidentCore

/// Round 22: "Die US-Streitkräfte haben am Sonntag Stellungen der pro-iranischen Miliz Kataib Hisbollah im Irak und in
/// Syrien bombardiert": German puts the strike verb of a perfect at the end of the clause; the US forces still struck.
@Suite struct GermanPerfectStrikeTests {
    @Test func theVerbAtTheEndMakesAStrike() {
        let incidents = ExtractionFixtures.extract("""
            USA bombardieren Stellungen der Kataib Hisbollah

            Die US-Streitkräfte haben am Sonntag Stellungen der pro-iranischen Miliz Kataib Hisbollah im Irak und in \
            Syrien bombardiert.
            """, published: "2019-12-30").incidents
        #expect(!incidents.contains { $0.kind == .attack })
        #expect(incidents.contains { $0.kind == .usStrike && $0.date.day?.iso == "2019-12-29" })
    }

    @Test func theMilitiaStillAttacks() {
        let incidents = ExtractionFixtures.extract("""
            Raketen auf Stützpunkt

            Milizen haben am Sonntag den Stützpunkt Ain al-Asad mit Raketen angegriffen.
            """, published: "2019-12-30").incidents
        #expect(incidents.first?.kind == .attack)
    }
}
