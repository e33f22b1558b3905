import Testing
@testable import IncidentCore

/// The first attack clause told with a day of its own, before any clause named a site, is the story's attack even
/// where its own place is not in the gazetteer: sites told after it on earlier days are earlier events.
@Suite struct StoryDayBeforeAnySiteTests {
    private let lead = """
        Rockets were fired at Baghdad's Green Zone, Iraq's military said. Two rockets landed late on Monday near the \
        perimeter of the U.S. diplomatic compound.
        """

    @Test func aSiteOnAnEarlierDayToldAfterIsAMention() {
        let e = ExtractionFixtures.extract(lead + " On Saturday, rockets struck Balad air base north of Baghdad.",
                                           published: "2021-02-23")
        let balad = e.incidents.first { $0.location == "Balad Air Base" }
        #expect(balad?.kind == .mention && balad?.date.exported == "2021-02-20", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(e.incidents.first { $0.kind == .attack }?.date.exported == "2021-02-22")
    }

    @Test func lastWeekdayAWeekBackIsAMentionToo() {
        let e = ExtractionFixtures.extract(lead + " Last Monday, a barrage of rockets hit the coalition base at Erbil airport.",
                                           published: "2021-02-22")
        let erbil = e.incidents.first { $0.location == "Erbil Air Base" }
        #expect(erbil?.kind == .mention && erbil?.date.exported == "2021-02-15", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func aSiteOnTheStorysDayIsTheStorysPlace() {
        // Not earlier: the site told after is where the story's rockets fell.
        let e = ExtractionFixtures.extract(lead + " One of the rockets hit near the Victory base at Baghdad airport on Monday.",
                                           published: "2021-02-23")
        #expect(!e.incidents.contains { $0.kind == .mention }, "\(ExtractionFixtures.dump(e, body: ""))")
    }
}
