import Testing
@testable import IncidentCore

/// Round 20 (au14): "The strikes drew criticism from some Democrats in Congress": a house of lawmakers after "in" is
/// where the strikes were judged, not where they hit.
@Suite struct StrikeJudgedInCongressTests {
    @Test func congressIsNoPlaceOfTheStrike() {
        let strikes = ExtractionFixtures.extract("""
            US strikes militia border post

            US warplanes struck a border crossing used by Iran-backed militias in eastern Syria late Thursday, the \
            Pentagon said.

            The strikes drew criticism from some Democrats in Congress, who said the administration should have sought \
            authorisation.
            """, published: "2021-02-26").incidents.filter { $0.kind == .usStrike }
        #expect(!strikes.isEmpty)
        #expect(!strikes.contains { $0.location == "Congress" })
    }
}
