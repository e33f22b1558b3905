import Testing
@testable import IncidentCore

/// Round 22: "Bases hosting US-led coalition troops in Iraq and Syria came under attack for the third consecutive day on
/// Wednesday": the days of the run are the story's news, so "On Tuesday, coalition air defenses shot down two drones as
/// they approached Ain al-Assad" is an attack, not an earlier event; and "The series began on Monday, the anniversary
/// itself, when two drones were downed" keeps its Monday past the apposition.
@Suite struct ConsecutiveDaysLeadTests {
    private static let story = """
        Coalition bases hit for third straight day

        ERBIL (Kurdistan 24) – Bases hosting US-led coalition troops in Iraq and Syria came under attack for the third \
        consecutive day on Wednesday, as Iran-backed militias marked the anniversary of the killing of Soleimani.

        Five rockets were fired at Ain al-Assad airbase in Anbar province on Wednesday afternoon, a coalition official said.

        On Tuesday, coalition air defenses shot down two armed drones as they approached Ain al-Assad. Nobody was hurt.

        The series began on Monday, the anniversary itself, when two explosive-laden drones were downed near Baghdad \
        International Airport.
        """

    @Test func eachDayOfTheRunIsAnAttack() {
        let incidents = ExtractionFixtures.extract(Self.story, published: "2022-01-06").incidents
        let tuesday = incidents.first { $0.date.day?.iso == "2022-01-04" }
        #expect(tuesday?.kind == .attack)
        #expect(tuesday?.location == "Ain al-Asad Air Base")
    }

    @Test func theDayTheSeriesBeganDatesTheWhenClause() {
        let incidents = ExtractionFixtures.extract(Self.story, published: "2022-01-06").incidents
        #expect(incidents.first { $0.location == "Victory Base Complex" }?.date.day?.iso == "2022-01-03")
    }
}
