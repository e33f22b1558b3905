import Testing
@testable import IncidentCore

/// Round 8 (places): a post "held by the group" is the post of the partner force the clause named; a partner
/// incident is at the town where its post is ("at the entrance of the town of Dhiban", "on the outskirts of Harir"),
/// not at the US base the story measures it from; "Bashar Assad regime forces" name no base.
@Suite struct PartnerPostPlaceTests {
    private func first(_ body: String, published: String = "2023-11-12") -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first
    }

    @Test func aCheckpointHeldByTheGroupNamedBefore() {
        let incident = first("""
            Two members of the YPG were killed when a drone struck a checkpoint held by the terrorist group in eastern \
            Syria on Saturday, local sources said. The drone hit the checkpoint at the entrance of the town of Dhiban, \
            about 6 kilometers from the al-Omar oil field, where the U.S. maintains its largest base in Syria.
            """)
        #expect(incident?.kind == .partner)
        #expect(incident?.location == "Dhiban")
    }

    @Test func aPostOnTheOutskirtsOfATown() {
        let incident = first("""
            Two Peshmerga fighters were wounded on Saturday evening when a drone struck a Peshmerga post on the \
            outskirts of Kesnazan, a few kilometres from the air base used by the coalition.
            """)
        #expect(incident?.kind == .partner)
        #expect(incident?.location == "Kesnazan")
    }

    @Test func aFirstNameBeforeASurnameIsNoBase() {
        let all = ExtractionFixtures.extract("""
            Rockets struck the Conoco gas field base in eastern Syria on Saturday. They were launched from areas held \
            by Bashar Assad regime forces and Iran-backed militias, a source said.
            """, published: "2023-11-12").incidents
        #expect(all.map(\.location) == ["Conoco gas field"])
    }

    @Test func aCheckpointHeldByAGroupNoPartnerNamedIsNoPost() {
        // No partner force is named before "the group": the post is nobody's we know, and the attack stays one on US forces.
        let incident = first("""
            A drone struck a checkpoint held by the group near the U.S. base at the al-Omar oil field on Saturday, \
            wounding two U.S. service members, officials said.
            """)
        #expect(incident?.kind == .attack)
    }
}
