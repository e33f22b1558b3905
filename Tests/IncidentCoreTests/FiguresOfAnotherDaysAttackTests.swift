import Testing
@testable import IncidentCore

/// "Wednesday's attack, in which rockets hit Taji, killed two Americans": an aside naming an attack by another day
/// gives its figures, and those of the siteless sentence after it, to that attack, not to the story's.
@Suite struct FiguresOfAnotherDaysAttackTests {
    typealias F = ExtractionFixtures

    @Test func anEarlierDaysTollIsNotTheStorysAttacks() {
        let e = F.extract("""
            A barrage of rockets hit Camp Taji in Iraq on Saturday, wounding two U.S. troops. Wednesday's attack, in which \
            about 15 rockets hit Taji, killed two Americans and a British soldier. About 14 others were wounded.
            """, published: "2020-03-15")
        let attack = e.incidents.first { $0.kind == .attack }
        #expect(attack?.usKilled.isUnknown == true, "\(F.dump(e, body: ""))")
        #expect(attack?.usInjured == Figure(count: 2))
    }

    @Test func theStorysOwnDayToldAgainKeepsItsToll() {
        // "died in the attack early Sunday" dates the story's attack, whatever day the lead tells it on.
        let e = F.extract("""
            The Army on Tuesday identified the three soldiers killed when a drone struck Tower 22 in Jordan. The three \
            died in the attack early Sunday. At least 40 other service members were wounded.
            """, published: "2024-01-30")
        #expect(e.incidents.first?.usInjured == Figure(count: 40, qualifier: .atLeast), "\(F.dump(e, body: ""))")
    }
}
