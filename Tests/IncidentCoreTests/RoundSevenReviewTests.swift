import Testing
@testable import IncidentCore

/// Ordinary sentences that round 7's rules, read together after their merge, must not misread or crash on.
@Suite struct RoundSevenReviewTests {
    typealias F = ExtractionFixtures

    @Test func aHeadlineEndingInTheStatementPhraseDoesNotCrash() {
        #expect(F.claim("Kataib Hezbollah suspends attacks on US forces, says in statement") == nil)
        #expect(F.claim("the group said in a") == nil)
    }

    @Test func strikesSomeoneElseOrderedAreNoUSStrike() {
        let body = "Iran's supreme leader ordered missile strikes on Ain al-Asad on Wednesday, state media said."
        #expect(!F.extract(body, published: "2020-01-09").incidents.contains { $0.kind == .usStrike })
    }

    @Test func anotherCountrysAirstrikesAreNoUSStrike() {
        let body = "The group said the drone attack on Tuesday was revenge for Israel's airstrikes on Gaza."
        #expect(!F.extract(body, published: "2023-11-01").incidents.contains { $0.kind == .usStrike })
    }

    @Test func officialsClaimingAboutTheBaseAreNoClaim() {
        #expect(F.claim("Iraqi officials claimed the base suffered no damage.") == nil)
    }

    @Test func anAttackOneOfManyClaimedByAGroupIsStillClaimed() throws {
        let c = try #require(F.claim("The attack, one of more than 150 recent attacks on US forces, has been claimed by the Islamic Resistance in Iraq."))
        #expect(!c.isGeneral)
    }

    @Test func aTownWithAnArticleInsideItsNameIsWrittenWhole() {
        let body = "A roadside bomb struck a convoy carrying supplies for the US-led coalition near Jurf al-Sakhar on Sunday, an Iraqi security source said. No one was hurt."
        #expect(F.extract(body, published: "2021-05-24").incidents.first { $0.kind == .attack }?.location == "Jurf al-Sakhar")
    }
}
