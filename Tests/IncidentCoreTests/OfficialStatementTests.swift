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
}
