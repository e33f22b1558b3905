import Testing
@testable import IncidentCore

/// "Saturday's attack came after a rocket barrage Wednesday night that killed two American service members": the
/// event an attack came after, told with a day of its own, is an earlier event; its toll is not the story's attack's.
@Suite struct CameAfterAnotherDayTests {
    typealias F = ExtractionFixtures

    @Test func theEarlierBarrageKeepsItsToll() {
        let e = F.extract("""
            Three U.S. service members were wounded Saturday when rockets struck Camp Taji, north of Baghdad.

            Saturday's attack came after a rocket barrage Wednesday night that killed two American service members.
            """, published: "2020-03-14")
        let taji = e.incidents.first { $0.kind == .attack }
        #expect(taji?.usKilled.isUnknown == true, "\(F.dump(e, body: ""))")
        #expect(taji?.usInjured.count == 3, "\(F.dump(e, body: ""))")
        let earlier = e.incidents.first { $0.kind == .mention }
        #expect(earlier?.date.day == F.day("2020-03-11"), "\(F.dump(e, body: ""))")
        #expect(earlier?.usKilled.count == 2, "\(F.dump(e, body: ""))")
    }
}
