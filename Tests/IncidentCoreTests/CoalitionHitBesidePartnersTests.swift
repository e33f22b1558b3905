import Testing
@testable import IncidentCore

/// An attack that hurt coalition troops (counted as the coalition's, or by a coalition nation) beside partner troops
/// is an attack on the coalition, not a partner-only incident: "three coalition soldiers and two Iraqi soldiers were
/// injured", "a British soldier and two Iraqi soldiers". Partner troops alone still make a `partner` incident.
@Suite struct CoalitionHitBesidePartnersTests {
    typealias F = ExtractionFixtures

    private func kind(_ toll: String) -> IncidentKind? {
        F.extract("Rockets hit Camp Taji\n\nMore than two dozen rockets hit Camp Taji on Saturday. According to officials, \(toll).",
                  published: "2020-03-15").incidents.first?.kind
    }

    @Test(arguments: ["three coalition soldiers and two Iraqi soldiers were injured",
                      "a British soldier and two Iraqi soldiers were injured"])
    func coalitionTroopsHurtBesidePartnersMakeAnAttack(_ toll: String) {
        #expect(kind(toll) == .attack)
    }

    @Test func partnerTroopsAloneStayAPartnerIncident() {
        #expect(kind("two Iraqi soldiers were injured") == .partner)
    }
}
