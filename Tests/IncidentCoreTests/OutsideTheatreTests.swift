import Testing
@testable import IncidentCore

/// Round 8 (places): an attack placed in a country or sea outside Iraq, Syria and Jordan is no incident of the table,
/// however it is told; a clause that also names a target of ours, or tells the outside attack as what came before,
/// keeps its own.
@Suite struct OutsideTheatreTests {
    @Test func aBaseInQatarIsNoIncident() {
        let all = ExtractionFixtures.incidents("""
            Two drones were shot down near Ain al-Asad air base in western Iraq late on Monday, security sources said.

            On Monday evening, Iran fired missiles at al-Udeid air base in Qatar, the largest American base in the \
            Middle East. Qatar said its air defences intercepted them.
            """, published: "2025-06-24")
        #expect(all.map(\.location) == ["Ain al-Asad Air Base"])
    }

    @Test func aShipInTheRedSeaAndABaseInKuwaitAreNoIncidents() {
        let all = ExtractionFixtures.incidents("""
            Rockets struck the Conoco gas field base in eastern Syria on Thursday, a U.S. official said. Separately \
            on Thursday, a U.S. Navy destroyer in the northern Red Sea shot down three cruise missiles launched from \
            Yemen. A drone was also downed over a U.S. camp in Kuwait on Wednesday, the official said.
            """, published: "2023-10-20")
        #expect(all.count == 1)
        #expect(all.first?.location == "Conoco gas field")
    }

    @Test func anOutsideAttackToldAsWhatCameBeforeKeepsTheClause() {
        let all = ExtractionFixtures.incidents("""
            Drones struck radar systems at two Iraqi military bases overnight, hours after Iran fired missiles at a \
            US base in Qatar, officials said on Tuesday.
            """, published: "2025-06-24")
        #expect(!all.isEmpty)
    }

    @Test func troopsFlownToKuwaitAreNoTarget() {
        let all = ExtractionFixtures.incidents("""
            Iranian ballistic missiles struck Ain al-Asad air base in Iraq on Jan. 8. Eleven service members were \
            injured there and were flown to Germany and Kuwait for evaluation.
            """, published: "2020-01-17")
        #expect(all.contains { $0.location == "Ain al-Asad Air Base" })
    }
}
