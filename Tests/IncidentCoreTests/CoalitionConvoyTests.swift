import Testing
@testable import IncidentCore

/// A story that opens on convoys of the coalition tells each convoy hit after it as an attack on them.
@Suite struct CoalitionConvoyTests {
    typealias F = ExtractionFixtures

    @Test func aSecondConvoyHitInAnotherTownIsASecondAttack() {
        let body = """
        Two IEDs targeted convoys carrying equipment for the US-led coalition in two Iraqi governorates on Thursday. \
        The first device went off near al-Mahawil district as a convoy of trucks passed. In the evening, a second \
        explosive device hit a convoy in al-Rifai district, north of al-Nasiriyah.
        """
        let attacks = F.extract(body, published: "2021-08-13").incidents.filter { $0.kind == .attack }
        #expect(attacks.contains { $0.location?.contains("Rifai") == true && $0.weapons.contains(.ied) })
    }

    @Test func aConvoyOfAnotherStoryIsNoCoalitionConvoy() {
        let body = """
        A roadside bomb hit a convoy of Iraqi army trucks near Tarmiyah on Thursday, wounding two soldiers, police said.
        """
        #expect(!F.extract(body, published: "2021-08-13").incidents.contains { $0.kind == .attack })
    }
}
