import Testing
@testable import IncidentCore

/// Round 6: "no" reaches every noun it coordinates with "or" or "nor" ("No material damage or casualties were
/// recorded"), but a question left open ("no details of damage or casualties") is no zero.
@Suite struct NegatedCoordinationTests {
    private let lead = "Rockets struck the Ain al-Asad air base in western Iraq on Friday, officials said. "

    private func injured(_ sentence: String) -> String? {
        ExtractionFixtures.extract(lead + sentence, published: "2023-11-20").incidents
            .first { $0.kind == .attack }?.usInjured.spelled
    }

    @Test func noReachesTheCasualtiesAfterOr() {
        #expect(injured("No material damage or casualties were recorded, the source said.") == "0")
        #expect(injured("There was no material damage or casualties.") == "0")
        #expect(injured("No structural damage nor injuries were reported.") == "0")
    }

    @Test func anOpenQuestionIsNoZero() {
        #expect(injured("Officials gave no details of damage or casualties.") == "unknown")
        #expect(injured("There was no word on damage or casualties.") == "unknown")
    }

    @Test func aCountAfterAndIsStillACount() {
        #expect(injured("The attack caused heavy damage and two casualties.") == "2")
    }
}
