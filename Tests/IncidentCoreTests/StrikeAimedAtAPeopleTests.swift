import Testing
@testable import IncidentCore

/// Round 20 (au25): "Friday's strikes were not aimed at Iranian personnel": a people after "at" names who was (not)
/// struck, not the place; the strike keeps the town the story names.
@Suite struct StrikeAimedAtAPeopleTests {
    @Test func aPeopleIsNoPlaceOfTheStrike() {
        let strikes = ExtractionFixtures.extract("""
            US strikes militia sites in Iraq

            US officials said Friday's strikes were not aimed at Iranian personnel, but that the Quds Force had a \
            presence at some of the facilities.
            """, published: "2024-02-03").incidents.filter { $0.kind == .usStrike }
        #expect(!strikes.isEmpty)
        #expect(!strikes.contains { $0.location == "Iranian" })
    }
}
