import Testing
@testable import IncidentCore

/// "... claimed responsibility on Wednesday for the drone attack on Harir air base on Tuesday night": the day a claim
/// was made is a telling; the attack keeps its own day.
@Suite struct ClaimMadeOnADayTests {
    typealias F = ExtractionFixtures

    @Test(arguments: ["claimed responsibility on Wednesday for", "claimed Wednesday"])
    func theDayOfTheClaimIsNotTheAttacks(_ claimed: String) {
        let body = """
            A group calling itself Ashab al-Kahf \(claimed) the drone attack that targeted Harir air base north of \
            Erbil on Tuesday night, in a statement on Telegram.
            """
        #expect(F.kindSiteDay(body, published: "2022-06-09") == ["attack Al-Harir Air Base 2022-06-07"],
                "\(F.kindSiteDay(body, published: "2022-06-09"))")
    }
}
