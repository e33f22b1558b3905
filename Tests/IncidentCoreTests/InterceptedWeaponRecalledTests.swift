import Testing
@testable import IncidentCore

/// "On April 4, a drone armed with explosives was shot down near the airport's fence": a weapon brought down on a day
/// well before the story's was an earlier attack (a mention) though no attack word tells it; on the story's own day,
/// or when it was a state's aircraft, it tells nothing new.
@Suite struct InterceptedWeaponRecalledTests {
    typealias F = ExtractionFixtures

    private func mentions(_ body: String, published: String) -> [String] {
        F.extract(body, published: published).incidents.filter { $0.kind == .mention }
            .map { "\($0.location ?? "-") \($0.date.day.map { "\($0)" } ?? "-")" }
    }

    private func story(_ recall: String) -> String {
        """
        Rockets target Harir air base in Kurdistan Region

        Two rockets were fired at Al-Harir air base in Erbil province on Wednesday night, causing no casualties, officials said.

        It was the second attempt on the base in a month. \(recall)
        """
    }

    @Test(arguments: [
        "On June 28, an explosive-laden drone was intercepted over the base by coalition air defences.",
        "On June 28, a drone was shot down over the base.",
    ])
    func aWeaponBroughtDownOnAnEarlierDayIsRecalled(_ recall: String) {
        #expect(mentions(story(recall), published: "2023-07-20") == ["Al-Harir Air Base 2023-06-28"])
    }

    @Test func aStatesAircraftBroughtDownIsNoAttack() {
        let recall = "On June 28, an American F-16 shot down a Turkish armed drone near the base."
        #expect(mentions(story(recall), published: "2023-07-20").isEmpty)
    }
}
