import Testing
@testable import IncidentCore

/// Ordinary sentences that round 6's rules, read together after their merge, must not misread.
@Suite struct RoundSixReviewTests {
    typealias F = ExtractionFixtures

    @Test func aRecalledClauseOpeningWithASiteNounDoesNotCrash() {
        let body = "Rockets struck Ain al-Asad air base on Tuesday. Base guards shot down a drone near Erbil on Jan. 3, officials said."
        #expect(!F.extract(body, published: "2024-02-07").incidents.isEmpty)
    }

    @Test func anotherAirForcesJetsAreNoUSStrike() {
        let e = F.extract("Turkish F-16s struck SDF positions near Qamishli on Sunday, Ankara said.", published: "2024-01-15")
        #expect(!e.incidents.contains { $0.kind == .usStrike })
    }

    @Test func otherAttacksClaimedBeforeAreNoClaimOfThisOne() throws {
        let body = "Rockets struck Ain al-Asad air base on Tuesday. Kataib Hezbollah, which has claimed other attacks on US bases, did not comment."
        let a = try #require(F.extract(body, published: "2024-02-07").incidents.first { $0.kind == .attack })
        #expect(a.claimedBy == nil)
    }

    @Test func theSecondChristmasDayIsTheTwentySixth() {
        let e = F.extract("Raketen trafen am zweiten Weihnachtstag den Stützpunkt Ain al-Assad im Irak, teilte das US-Militär mit.",
                          published: "2023-12-28")
        #expect(e.incidents.first { $0.kind == .attack }?.date.day == F.day("2023-12-26"))
    }

    @Test func sirensGoingOffAreNoAttack() {
        let e = F.extract("Warning sirens went off at the US embassy in Baghdad on Sunday, staff said.", published: "2024-01-15")
        #expect(!e.incidents.contains { $0.kind == .attack })
    }

    @Test func aTollInANewParagraphIsTheStorys() throws {
        let body = "Rockets struck Ain al-Asad air base on Tuesday. Last month, a drone hit the coalition base at Erbil airport.\n\nTwo U.S. troops were wounded, officials said."
        let a = try #require(F.extract(body, published: "2024-01-20").incidents.first { $0.kind == .attack })
        #expect(a.usInjured.count == 2)
    }

    @Test func aBaseRunByPartnersThatHostsUSTroopsIsAnAttackOnThem() {
        let body = "Rockets struck Ain al-Asad air base, which is run by the Iraqi army and hosts US troops, on Tuesday. There were no injuries."
        #expect(F.extract(body, published: "2024-02-07").incidents.first?.kind == .attack)
    }
}
