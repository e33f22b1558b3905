import Testing
@testable import IncidentCore

/// "Kataib Hezbollah claimed responsibility for the Christmas Day attack": a claim naming its attack by its day after
/// "for" is that day's attack's, not the story's attack of another day.
@Suite struct ClaimForADayNamedAttackTests {
    typealias F = ExtractionFixtures

    @Test func aClaimForTheChristmasDayAttackIsTheMondayMentions() {
        let e = F.extract("""
            Rockets were fired at the U.S. base at Shaddadi in northeastern Syria on Tuesday evening, causing no injuries, \
            a U.S. official said.

            On Monday, a one-way attack drone struck Erbil Air Base in northern Iraq, wounding three U.S. service members.

            Kataib Hezbollah had claimed responsibility for the Christmas Day attack, U.S. officials said.
            """, published: "2023-12-27")
        let shaddadi = e.incidents.first { $0.location == "Al-Shaddadi" }
        let erbil = e.incidents.first { $0.location == "Erbil Air Base" }
        #expect(shaddadi?.claimedBy == nil, "\(F.dump(e, body: ""))")
        #expect(erbil?.claimedBy == "Kataib Hezbollah")
    }

    @Test func aClaimForTheStorysOwnDayStays() {
        let e = F.extract("""
            A drone struck Erbil Air Base in northern Iraq on Monday, wounding three U.S. service members. Kataib \
            Hezbollah claimed responsibility for Monday's attack.
            """, published: "2023-12-26")
        #expect(e.incidents.first?.claimedBy == "Kataib Hezbollah", "\(F.dump(e, body: ""))")
    }
}
