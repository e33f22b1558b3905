import Testing
@testable import IncidentCore

/// What a claim sentence claims: the attacks it names by their sites ("claimed the Erbil and Rumalyn attacks"), and
/// no other the story tells; the claim made, even after a description of the group's past claims.
@Suite struct ClaimNamingSitesTests {
    typealias F = ExtractionFixtures

    @Test func sitesBeforeTheNounAreTheAttacksClaimed() {
        #expect(F.claim("The Islamic Resistance in Iraq, a coalition of militias, claimed the Erbil and Rumalyn attacks on Telegram.") != nil)
        #expect(F.claim("Kataib Hezbollah claimed the Ain al-Asad attack in a video.") != nil)
        #expect(F.claim("The group claimed the Tower 22 attack the next day.") != nil)
    }

    @Test func aNameRightAfterTheVerbIsNoObject() {
        #expect(F.claim("The group claimed Washington would pay for its attacks.") == nil)
    }

    @Test func bothNamedAttacksAreClaimedAndAThirdIsNot() {
        let body = """
        Iran-backed militants targeted US forces in Iraq and Syria on Tuesday, a US official said. A drone was shot down \
        near Erbil air base, and separately a drone targeted US troops at Rumalyn Landing Zone in Syria. Rockets also \
        landed near the Green Village base in Deir ez-Zor. None of the attacks caused injuries.

        The Islamic Resistance in Iraq claimed the Erbil and Rumalyn attacks on its Telegram channel on Tuesday.
        """
        let attacks = F.incidents(body, published: "2024-01-03").filter { $0.kind == .attack }
        #expect(attacks.first { $0.location == "Erbil Air Base" }?.claimedBy == "Islamic Resistance in Iraq")
        #expect(attacks.first { $0.location == "Rumalyn Landing Zone" }?.claimedBy == "Islamic Resistance in Iraq")
        let green = attacks.first { $0.location?.contains("Green Village") == true }
        #expect(green != nil)
        #expect(green?.claimedBy == nil)
    }

    @Test func theClaimMadeIsFoundPastTheGroupsPastClaims() {
        let claim = F.claim("""
        The Islamic Resistance in Iraq, the umbrella group that has claimed most of the attacks on U.S. forces since \
        October, said in a Telegram post that its fighters had "targeted the occupation base in al-Shaddadi."
        """)
        #expect(claim != nil)
        #expect(claim?.isGeneral == false)
    }

    @Test func thePastClaimsAloneAreNoClaimOfThisAttack() {
        let claim = F.claim("The group, which has claimed most of the attacks on U.S. forces since October, did not comment.")
        #expect(claim == nil || claim?.isGeneral == true)
    }

    @Test func aClaimListingSeveralSitesClaimsTheAttackToldAtEach() {
        let body = """
        Drones targeted U.S. troops at two locations in Syria on Thursday, a U.S. defense official said. A drone flew at \
        the Conoco gas field base and was shot down. Later a second drone targeted troops near the al-Tanf garrison. A \
        third drone fell near Rumalyn Landing Zone. No one was hurt.

        The Islamic Resistance in Iraq said on Telegram that it had struck "the occupation base in the Conoco field" and \
        "the occupation forces near al-Tanf" with drones.
        """
        let attacks = F.incidents(body, published: "2024-01-05").filter { $0.kind == .attack }
        #expect(attacks.first { $0.location == "Conoco gas field" }?.claimedBy == "Islamic Resistance in Iraq")
        #expect(attacks.first { $0.location == "Al-Tanf Garrison" }?.claimedBy == "Islamic Resistance in Iraq")
        let rumalyn = attacks.first { $0.location == "Rumalyn Landing Zone" }
        #expect(rumalyn != nil)
        #expect(rumalyn?.claimedBy == nil)
    }

    @Test func anAttackAGeneralClaimIncludesByNameIsClaimed() {
        let body = """
        Drones targeted U.S. forces at the Tal Baydar base in Syria on Sunday, a U.S. official said. No one was hurt. \
        Iran-backed factions under the name "Islamic Resistance in Iraq" have claimed most of the attacks on U.S. bases \
        since October 17, including a rocket attack on the al-Shaddadi base on Saturday.
        """
        let e = F.incidents(body, published: "2023-11-05")
        #expect(e.first { $0.kind == .mention && $0.location == "Al-Shaddadi" }?.claimedBy == "Islamic Resistance in Iraq")
        #expect(e.first { $0.kind == .attack && $0.location == "Tal Baydar" }?.claimedBy == nil)
    }

    @Test func mostOfTheAttacksWithoutAnyNamedIsGeneral() {
        let claim = F.claim("The Islamic Resistance in Iraq has claimed most of the attacks on U.S. forces since October.")
        #expect(claim?.isGeneral == true)
    }

    @Test func thatAttackIsTheAttackToldJustBefore() {
        let body = """
        Militants attacked U.S. forces three times on Wednesday, a defense official said.

        A drone was shot down near al-Harir air base in Iraq. There were no injuries.

        Rockets struck near the U.S. base at Shaddadi in Syria. No U.S. personnel were hurt. Kataib Hezbollah claimed \
        that attack in a video.

        A drone was shot down near the Conoco gas field base. Nobody was hurt.
        """
        let attacks = F.incidents(body, published: "2023-11-09").filter { $0.kind == .attack }
        #expect(attacks.first { $0.location == "Al-Shaddadi" }?.claimedBy == "Kataib Hezbollah")
        #expect(attacks.first { $0.location == "Al-Harir Air Base" }?.claimedBy == nil)
        #expect(attacks.first { $0.location == "Conoco gas field" }?.claimedBy == nil)
    }

    @Test func thatOperationPointsBackAsThatAttackDoes() {
        let body = """
        The week began on December 13, when the Islamic Resistance in Iraq said it had attacked the al-Tanf base with \
        two drones. On Friday, the factions turned to Iraq, launching a drone at Ain al-Asad air base. The Islamic \
        Resistance claimed that operation as well.
        """
        let attacks = F.incidents(body, published: "2023-12-16").filter { $0.kind == .attack }
        #expect(attacks.first { $0.location == "Ain al-Asad Air Base" }?.claimedBy == "Islamic Resistance in Iraq")
    }
}

