import Testing
@testable import IncidentCore

/// A statement issued by a government's own body reports an attack; only a group's statement claims one.
@Suite struct OfficialStatementTests {
    typealias F = ExtractionFixtures

    @Test(arguments: [
        "Statement of the Kurdistan Region Counter-Terrorism Directorate",
        "Statement by the Security Media Cell",
        "Statement of the Joint Operations Command",
    ])
    func anOfficialBodysStatementClaimsNothing(_ heading: String) {
        let body = """
        \(heading)

        At 10:25 this morning, Thursday, a drone attempted to attack the base of the International Coalition forces at \
        Erbil International Airport. The drone was shot down before it reached its target. The attack caused no \
        casualties. Our forces will bring the perpetrators of this cowardly act to justice.
        """
        let a = F.extract(body, published: "2023-11-02").incidents.first { $0.kind == .attack }
        #expect(a?.location == "Erbil Air Base")
        #expect(a?.claimedBy == nil)
    }

    @Test func aGroupsStatementStillClaims() {
        let body = """
        Statement of Ashab al-Kahf

        Our mujahideen targeted a convoy of the American occupation near al-Diwaniyah on Thursday with an explosive device.
        """
        let a = F.extract(body, published: "2021-06-03").incidents.first { $0.kind == .attack }
        #expect(a?.claimedBy == "Ashab al-Kahf")
    }

    @Test func newsThatQuotesAStatementIsNoStatement() {
        // "said in a statement" and a quote with "our troops" do not make a news story the group's own statement.
        let body = """
        U.S. F-15E jets struck facilities in eastern Syria used by groups affiliated with Iran's Islamic Revolutionary \
        Guard Corps late Thursday, hours after a drone attack on a coalition base near Hasakah killed an American \
        contractor. The strikes hit targets in the Deir ez-Zor area, Defense Secretary Lloyd Austin said in a statement. \
        "No group will strike our troops with impunity," Austin said.
        """
        let incidents = F.extract(body, published: "2023-03-24").incidents
        #expect(!incidents.isEmpty)
        #expect(incidents.allSatisfy { $0.claimedBy == nil })
    }

    @Test(arguments: [
        "The group said on the same day it had also targeted the al-Omar oil field base with a drone.",
        "The group said it had also struck the base at Rumalyn.",
    ])
    func aStatementToldOnTheSameDayOrAlsoIsAClaim(_ sentence: String) throws {
        let c = try #require(F.claim(sentence))
        #expect(!c.isGeneral && !c.isNegated)
    }

    @Test func aGovernmentSpokesmanSayingTheyHitIsNoClaim() {
        let body = """
        U.S. bombers struck more than 85 targets used by Iran's Revolutionary Guard in Iraq and Syria on Friday. Iraq's \
        government condemned the strikes, and a spokesman said they had hit areas where Iraqi security forces were \
        stationed.
        """
        #expect(F.extract(body, published: "2024-02-03").incidents.allSatisfy { $0.claimedBy == nil })
    }
}
