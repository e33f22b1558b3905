import Testing
@testable import IncidentCore

/// Round 6: an earlier event told "there", at "the base's gate" or at "the coalition's airport base" is at the site
/// told before it; "there were no casualties" and "a base in Iraq" point nowhere.
@Suite struct SitePointedBackTests {
    private func mention(_ body: String, published: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .mention }
    }

    @Test func thereIsTheSiteToldBefore() {
        let m = mention("""
            Drones targeted al-Tanf garrison in southern Syria on Tuesday, a U.S. official said. In December, a drone \
            attack wounded two American service members there.
            """, published: "2024-01-10")
        #expect(m?.location == "Al-Tanf Garrison")
        #expect(m?.country == "Syria")
    }

    @Test func theBasesGateIsTheBaseToldBefore() {
        let m = mention("""
            Two Katyusha rockets struck Balad Air Base on Sunday evening, Iraqi security sources said. On February 20, \
            a rocket struck near the base's gate.
            """, published: "2021-04-05")
        #expect(m?.location == "Balad Air Base")
    }

    @Test func theCoalitionsAirportBaseIsTheSiteToldBefore() {
        let m = mention("""
            A drone laden with explosives struck near Erbil airport late on Saturday, officials said. In April, a drone \
            struck a hangar at the coalition's airport base.
            """, published: "2021-06-27")
        #expect(m?.location == "Erbil Air Base")
    }

    @Test func aBaseInAnotherCountryPointsNowhere() {
        let m = mention("""
            Drones targeted al-Tanf garrison in southern Syria on Tuesday, a U.S. official said. In December, a drone \
            attack wounded two American service members at a base in Iraq.
            """, published: "2024-01-10")
        #expect(m?.location == nil)
        #expect(m?.country == "Iraq")
    }

    @Test func anExistentialThereIsNoPlace() {
        let m = mention("""
            Two rockets struck Ain al-Asad air base in western Iraq on Sunday, officials said. In January, drones \
            targeted U.S. forces in eastern Syria, and there were no casualties.
            """, published: "2024-02-05")
        #expect(m?.location == nil)
        #expect(m?.country == "Syria")
    }
}
