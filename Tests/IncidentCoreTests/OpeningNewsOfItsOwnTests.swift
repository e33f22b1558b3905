import Testing
@testable import IncidentCore

/// A story whose opening dates its attack to a recent day in a clause that names no site ("three rockets were fired
/// at the area late on Tuesday") has news of its own: the earlier attack on the same site that it recalls with a
/// date is a mention, and does not lend the story's attack its day.
@Suite struct OpeningNewsOfItsOwnTests {
    typealias F = ExtractionFixtures

    @Test func theRecalledDayStaysWithTheRecalledAttack() {
        let body = """
            A salvo of rockets struck near Erbil International Airport, causing minor damage to a hangar used by the \
            US-led coalition, Kurdish officials said.

            The Kurdistan Region's counter-terrorism service said three rockets were fired at the area late on \
            Tuesday from the south-west. There were no casualties.

            It was the second attack on the airport in less than a month. On 15 February, a barrage aimed at the \
            airport killed a foreign contractor working with the coalition and wounded a US service member.
            """
        #expect(F.kindSiteDay(body, published: "2021-03-10") == ["attack Erbil Air Base 2021-03-09",
                                                                 "mention Erbil Air Base 2021-02-15"])
    }
}
