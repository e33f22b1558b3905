import Testing
@testable import IncidentCore

/// Two ways a US strike was misread in an attack story: "fired six artillery rounds at the launch site" counted rounds
/// as a run of strikes (so no strike), and "killed alongside him in a U.S. drone strike near Baghdad airport on Jan. 3,
/// 2020", in a story of 2022, was recorded as a strike of the story.
@Suite struct ArtilleryRoundsAndOldStrikesTests {
    typealias F = ExtractionFixtures

    private func strikes(_ last: String) -> [String] {
        let body = """
        Rockets hit Green Village base in Syria

        Eight rockets struck the Green Village base in Deir el-Zour province on Wednesday, the coalition said. They caused no injuries.

        \(last)
        """
        return F.extract(body, published: "2022-01-05").incidents.filter { $0.kind == .usStrike }.map { i in
            "\(i.date.day.map { "\($0.year)-\($0.month)-\($0.day)" } ?? "-") \(i.location ?? "-")"
        }
    }

    @Test func artilleryRoundsFiredAtALaunchSiteAreAStrike() {
        #expect(strikes("Coalition forces fired six artillery rounds at the launch site near al-Mayadin in response, the coalition said.")
                == ["2022-1-5 al-Mayadin"])
    }

    @Test func aStrikeOfYearsBeforeToldInPassingIsNoStrikeOfTheStory() {
        #expect(strikes("Militias have vowed to avenge Abu Mahdi al-Muhandis, killed in a U.S. drone strike near Baghdad airport on Jan. 3, 2020.").isEmpty)
    }

    /// A strike a few weeks before is still recorded ("It comes after a U.S. strike on Dec. 20 near al-Qaim").
    @Test func aStrikeOfAFewWeeksBeforeIsStillRecorded() {
        #expect(strikes("The attack comes after a U.S. strike on Dec. 20 near al-Qaim killed two militiamen.") == ["2021-12-20 al-Qaim"])
    }
}
