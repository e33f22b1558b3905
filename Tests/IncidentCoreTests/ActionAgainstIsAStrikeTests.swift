import Testing
@testable import IncidentCore

/// Round 13 (kinds): "U.S. forces took necessary and proportionate action against" a militia leader is the
/// Pentagon's way of telling its own strike; the story is a `us_strike`, not an attack on US forces.
@Suite struct ActionAgainstIsAStrikeTests {
    @Test func actionTakenAgainstALeaderIsAStrike() {
        let found = ExtractionFixtures.incidents("""
            Earlier today, U.S. forces took necessary and proportionate action against a leader of Harakat al-Nujaba \
            who was actively involved in planning and carrying out attacks against American personnel. The strike took \
            place in Baghdad.
            """, published: "2024-01-04")
        #expect(found.count == 1)
        #expect(found.first?.kind == .usStrike)
        #expect(found.first?.location == "Baghdad")
    }

    @Test func actionWithoutATargetIsNoStrike() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Ain al-Asad air base on Tuesday, injuring two U.S. service members. The United States will \
            take action to protect its forces, the Pentagon said.
            """, published: "2024-01-10")
        #expect(found.allSatisfy { $0.kind != .usStrike })
        #expect(found.first?.kind == .attack)
    }
}
