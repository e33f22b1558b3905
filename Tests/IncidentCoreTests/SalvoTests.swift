import Testing
@testable import IncidentCore

/// A bare salvo is the militias' rockets; a salvo of something else is named by the noun after it.
@Suite struct SalvoTests {
    typealias F = ExtractionFixtures

    @Test func aBareSalvoIsRockets() {
        #expect(F.weapons("On 17 November, a salvo aimed at the embassy fell short.") == [.rocket])
    }

    @Test(arguments: ["a salvo of drones targeted the base", "a drone salvo targeted the base"])
    func aNamedSalvoIsWhatItNames(_ sentence: String) {
        #expect(F.weapons(sentence) == [.drone])
    }
}
