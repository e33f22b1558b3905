import Testing
@testable import IncidentCore

/// Clauses that tell another whole day lend an attack none of their weapons: a log's drone attack on Dec. 6 does not
/// take the rockets of the Dec. 8 entry, or of a note about that day.
@Suite struct WeaponsOfItsDayTests {
    typealias F = ExtractionFixtures

    @Test func anAttackKeepsTheWeaponsOfItsOwnDay() {
        let e = F.extract("""
            ATTACKS ON U.S. FORCES — ENTRIES FOR DEC. 6–8, 2023

            Dec. 6 (Wed.) — IRAQ — Ain al-Asad AB, Anbar. One-way attack drone shot down by base air defenses. No \
            injuries (U.S. defense official).

            Dec. 8 (Fri.) — IRAQ — U.S. Embassy Baghdad. Up to seven rockets fired at the embassy compound; minor \
            damage. No injuries.

            Analyst note: the Dec. 8 attack is the first on the embassy since the campaign began, and the first use \
            of rockets against it since early 2023.
            """, published: "2023-12-10")
        let asad = e.incidents.first { $0.location == "Ain al-Asad Air Base" }
        #expect(asad?.weapons == [.drone], "\(F.dump(e, body: ""))")
    }
}
