import Testing
@testable import IncidentCore

/// Round 8 (places): a US strike told only as "strikes" is an air strike when the story names, in a sentence of its
/// own, the aircraft that carried it out; not aircraft of another time, only flying, or of another state.
@Suite struct AircraftOfStrikesTests {
    private func strikes(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .usStrike }
    }

    @Test func bombersThatDroppedTheMunitions() {
        let s = strikes("""
            The United States struck 85 targets in Iraq and Syria on Friday in retaliation for the drone attack that \
            killed three US soldiers in Jordan. Long-range B-1 bombers dropped more than 125 precision munitions on the \
            sites, officials said.
            """, published: "2024-02-03")
        #expect(!s.isEmpty)
        #expect(s.allSatisfy { $0.weapons == [.airStrike] })
    }

    @Test func strikesCarriedOutByAircraft() {
        let s = strikes("""
            U.S. forces struck weapons storage sites used by Iran-aligned groups in Syria on Monday, Central Command \
            said. Officials said Monday's strikes were carried out by manned and unmanned aircraft.
            """, published: "2024-11-12")
        #expect(s.first?.weapons == [.airStrike])
    }

    @Test func aircraftOfAnotherTimeNameNothing() {
        let s = strikes("""
            U.S. forces struck a site near Musayyib on Tuesday, Central Command said. The U.S. had retaliated for the \
            Tower 22 attack with a wave of airstrikes in February.
            """, published: "2024-07-31")
        #expect(s.first?.weapons.isEmpty == true)
    }

    @Test func aircraftOnlyFlyingOverOrOfAnotherStateNameNothing() {
        let s = strikes("""
            U.S. forces struck weapons depots used by militias in Syria on Monday, the Pentagon said. Coalition \
            helicopters flew over the area afterwards. Separately, Turkish jets struck Kurdish positions in the north.
            """, published: "2024-11-12")
        #expect(s.first?.weapons.isEmpty == true)
    }
}
