import Testing
@testable import IncidentCore

/// Claims as real copy words them: a statement with asides before what it said, a claim told after the attack it
/// claims, a passive claim with the time between verb and claimant, German reported speech, Italian passives.
@Suite struct ClaimReadingTests {
    typealias F = ExtractionFixtures

    @Test(arguments: [
        "The Islamic Resistance in Iraq said in a statement posted to its Telegram channel shortly after midnight that its fighters had targeted the occupation base at Harir with a drone.",
        "A group calling itself the Islamic Resistance in Iraq announced, in a statement on its official channel, that its members had targeted the base in al-Shaddadi.",
        "The group announced in a statement, seen by Baghdad Today, that it had targeted Ain al-Assad base with two drones.",
        "The group said on its Telegram channel on Oct. 18 that it had attacked al-Tanf with two drones.",
        "No Americans were hurt in that attack, which the Islamic Resistance in Iraq claimed.",
        "Claimed same day by the Islamic Resistance in Iraq (IRI) on Telegram.",
        "IRI claimed \"the Rumeilan base\" with \"a salvo of rockets.\"",
    ])
    func aClaimAsCopyWordsIt(_ sentence: String) throws {
        let c = try #require(F.claim(sentence))
        #expect(!c.isGeneral && !c.isNegated)
    }

    @Test(arguments: [
        "U.S. Central Command said in a statement released on Friday that it had struck two facilities in Syria.",
        "A spokesman said in a statement, issued late on Monday, that it was too early to say who had fired.",
        "The strikes hit a depot that the group had used, officials claimed.",
    ])
    func noClaimOfAnAttack(_ sentence: String) {
        #expect(F.claim(sentence) == nil)
    }

    @Test func similarAttacksClaimedByFrontsAreNoClaimOfThisOne() throws {
        let c = try #require(F.claim("Similar attacks in recent months have been claimed by little-known groups that officials say are fronts for Kataib Hezbollah."))
        #expect(c.isGeneral)
        #expect(F.claim("The attacks on Ain al-Asad and Erbil on Tuesday have been claimed by the Islamic Resistance in Iraq.")?.isGeneral == false)
    }

    @Test func anItalianPassiveClaimNamesItsClaimant() {
        let body = "Due droni hanno colpito martedì la base di Ain al-Asad, nell'ovest dell'Iraq, dove sono di stanza militari statunitensi. Secondo una fonte della sicurezza irachena, i droni sono stati abbattuti e non ci sono state vittime. L'attacco è stato rivendicato poche ore dopo dalla \"Resistenza islamica in Iraq\", in un messaggio diffuso su Telegram."
        #expect(F.extract(body, published: "2023-10-25").incidents.first { $0.kind == .attack }?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func germanReportedSpeechIsAClaim() {
        let body = "Pro-iranische Milizen haben am Neujahrstag einen Stützpunkt der US-Streitkräfte im Nordosten Syriens mit einer Drohne angegriffen. Die Gruppe «Islamischer Widerstand im Irak» erklärte am Montagabend auf Telegram, sie habe die «Besatzungsbasis» in Schaddadi ins Visier genommen."
        #expect(F.extract(body, published: "2024-01-02").incidents.first { $0.kind == .attack }?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func aBackgroundClaimOnTheAttacksDayIsItsClaim() {
        let body = "The number of U.S. service members diagnosed with brain injuries after Iran's Jan. 8 ballistic missile attack on Ain al-Asad air base has risen to 64, the Pentagon said Thursday. Iran's Islamic Revolutionary Guard Corps claimed the barrage, which came in the early hours of Jan. 8 local time."
        let a = F.extract(body, published: "2020-01-31").incidents.first { $0.kind == .attack }
        #expect(a?.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func aClaimTwoSentencesOnThatPointsBackIsTheRecalledAttacks() {
        let body = "Rockets struck the Green Zone in Baghdad on Monday, damaging a building; no one was hurt. Last Monday, a barrage of rockets hit the airport complex in Erbil that houses coalition troops. A foreign contractor was killed and a US service member was wounded. A little-known group calling itself Awliya al-Dam said it was behind that attack."
        let e = F.extract(body, published: "2021-02-22").incidents
        #expect(e.first { $0.kind == .attack }?.claimedBy == nil)
        #expect(e.first { $0.kind == .mention }?.claimedBy == "Saraya Awliya al-Dam")
    }
}
