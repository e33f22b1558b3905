import Testing
@testable import IncidentCore

/// Round 13 (kinds): rockets of the same volley that land in a quarter of the base's city ("the city's Ankawa
/// district", "a residential neighborhood") are that attack's spill, not a second attack at a site of its own.
@Suite struct QuarterOfTheCityTests {
    @Test func theCitysDistrictJoinsTheBaseAttack() {
        let found = ExtractionFixtures.incidents("""
            Six rockets were fired at Erbil International Airport, which hosts US-led coalition troops, on Wednesday \
            night. The coalition said none of its personnel were hurt. Two residents were wounded when rockets landed \
            in the city's Ankawa district, the ministry added.
            """, published: "2020-10-01")
        #expect(found.filter { $0.kind == .attack }.count == 1)
        #expect(found.first?.location == "Erbil Air Base")
    }

    @Test func aDistrictOfAnotherProvinceIsItsOwnAttack() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Baghdad airport on Friday, damaging two planes. In al-Muthanna, an improvised explosive \
            device exploded on Friday near a coalition convoy in the al-Rumaytha district, a security source said.
            """, published: "2022-01-28")
        #expect(found.filter { $0.kind == .attack }.count == 2)
    }
}
