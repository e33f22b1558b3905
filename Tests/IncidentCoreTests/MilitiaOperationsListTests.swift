import Testing
@testable import IncidentCore

/// A militia channel's daily list of operations: its title names the group and the day, the items give clock times
/// only and call the fighters "the Mujahideen". Each operation is the group's, on the title's day.
@Suite struct MilitiaOperationsListTests {
    typealias F = ExtractionFixtures

    static let list = """
    Operations of the Islamic Resistance in Iraq for Monday 1-1-2024

    1- At 11:15 a.m., the Mujahideen targeted the American occupation base in the Rumalyn landing zone in Syria with \
    appropriate weapons.

    2- At 3:40 p.m., the Mujahideen targeted the American occupation base at Harir airport in Erbil with a drone.
    """

    @Test func eachOperationIsClaimedByTheGroupOfTheTitle() {
        let attacks = F.extract(Self.list, published: "2024-01-02").incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.allSatisfy { $0.claimedBy == "Islamic Resistance in Iraq" })
    }

    @Test func eachOperationHasTheTitlesDay() {
        let attacks = F.extract(Self.list, published: "2024-01-02").incidents.filter { $0.kind == .attack }
        #expect(attacks.allSatisfy { $0.date == IncidentDate(day: CalendarDay(iso: "2024-01-01"), precision: .day) })
        #expect(attacks.last?.location == "Al-Harir Air Base")
    }

    @Test func aStatementDenyingAnAttackClaimsNothing() {
        let body = """
        Statement

        In the name of God, the Most Gracious, the Most Merciful.

        We in Kataib Sayyid al-Shuhada deny any connection to the rocket attack that targeted Camp Taji on Wednesday \
        evening, and we affirm that our weapons are directed only at the occupier.
        """
        let a = F.extract(body, published: "2020-03-12").incidents.first { $0.kind == .attack }
        #expect(a?.location == "Camp Taji")
        #expect(a?.claimedBy == nil)
    }
}
