import Testing
@testable import IncidentCore

/// A group's own words quoted before "the group said" claim the attack when they say the speaker did it; an official's
/// quoted account of what militants did claims nothing.
@Suite struct QuotedStatementClaimTests {
    typealias F = ExtractionFixtures

    @Test func ourFightersInAQuotedStatementClaim() {
        let e = F.extract("""
            A drone targeted Harir air base in Erbil province on Monday evening, a security official said. \
            "Our mujahideen struck the occupation base at Harir with a drone," the Islamic Resistance in Iraq said in a \
            statement.
            """, published: "2024-01-02")
        #expect(e.incidents.first?.claimedBy == "Islamic Resistance in Iraq", "\(F.dump(e, body: ""))")
    }

    @Test func theSpeakerNamedInItsOwnWordsClaims() {
        let e = F.extract("""
            Iran fired missiles at the Ain al-Asad base in Iraq early on Wednesday. "The soldiers of the IRGC Aerospace \
            Force launched a successful operation and targeted the al-Asad airbase," the IRGC said in a statement.
            """, published: "2020-01-08")
        #expect(e.incidents.first?.claimedBy == "Islamic Revolutionary Guard Corps", "\(F.dump(e, body: ""))")
    }

    @Test func anOfficialQuotedTellingWhatMilitantsDidClaimsNothing() {
        let e = F.extract("""
            Rockets hit Ain al-Asad air base on Monday. "Kataib Hezbollah militants fired the rockets from a truck," \
            an Iraqi security official said.
            """, published: "2021-03-02")
        #expect(e.incidents.first?.claimedBy == nil, "\(F.dump(e, body: ""))")
    }

    @Test func aQuotedAccountOfBeingAttackedClaimsNothing() {
        let e = F.extract("""
            Rockets hit Ain al-Asad air base on Monday. "Our positions were targeted by American aircraft last week," \
            Kataib Hezbollah said in a statement.
            """, published: "2021-03-02")
        #expect(e.incidents.first?.claimedBy == nil, "\(F.dump(e, body: ""))")
    }
}
