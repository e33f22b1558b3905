import Testing
@testable import IncidentCore

/// A claim that names the attacks it claims by their days ("claimed the Thursday and Saturday attacks", "Gli attacchi
/// di ieri sono stati rivendicati") belongs to the attacks of those days, and to no attack of another day.
@Suite struct ClaimDaysTests {
    typealias F = ExtractionFixtures

    @Test(arguments: [
        "The Islamic Resistance in Iraq claimed the Thursday and Saturday attacks on social media.",
        "Kataib Hezbollah claimed the rocket and drone attacks in a statement.",
    ])
    func attacksJoinedByAndAreClaimed(_ sentence: String) throws {
        let c = try #require(F.claim(sentence))
        #expect(!c.isGeneral && !c.isNegated)
    }

    @Test func theAttacksOfTheNamedDaysGetTheClaimAndTheOtherDayNone() {
        let body = """
        On Thursday, a drone targeting Erbil air base was shot down. On Friday, rockets were fired at the base at \
        al-Shaddadi. Early Saturday, a drone attacked al-Tanf. No one was hurt in any of the attacks. The Islamic \
        Resistance in Iraq claimed the Thursday and Saturday attacks on Telegram.
        """
        let incidents = F.extract(body, published: "2023-11-06").incidents.filter { $0.kind == .attack }
        func claimant(_ site: String) -> String? { incidents.first { $0.location?.contains(site) == true }?.claimedBy }
        #expect(claimant("Erbil") == "Islamic Resistance in Iraq")
        #expect(claimant("Tanf") == "Islamic Resistance in Iraq")
        #expect(incidents.contains { $0.location?.contains("Shaddadi") == true })
        #expect(claimant("Shaddadi") == nil)
    }

    @Test func aPassiveClaimOfYesterdaysAttacksIsNotTodaysClaim() {
        let body = """
        Due droni sono stati lanciati all'alba di oggi contro la base di Ain al-Asad. Ieri due droni avevano preso di \
        mira la base di Harir, nel Kurdistan iracheno. Gli attacchi di ieri sono stati rivendicati dalla Resistenza \
        islamica in Iraq in un messaggio su Telegram.
        """
        let e = F.extract(body, published: "2023-10-18").incidents
        #expect(e.first { $0.kind == .attack }?.claimedBy == nil)
        #expect(e.first { $0.kind == .mention && $0.location?.contains("Harir") == true }?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func theDayAClaimWasMadeNamesNoAttack() {
        // "said early on Thursday that its fighters had attacked": Thursday is when it spoke, the attack was Wednesday.
        let body = """
        A drone was shot down near Erbil airport late on Wednesday, the Counter-Terrorism Directorate said. The Islamic \
        Resistance in Iraq said early on Thursday that its fighters had attacked the base at Erbil airport with a drone.
        """
        let a = F.extract(body, published: "2023-10-26").incidents.first { $0.kind == .attack }
        #expect(a?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func theCountryEndingTheResistancesNameIsNoSiteOfItsClaim() {
        // "la Résistance islamique en Irak ... a revendiqué les deux attaques" claims the two Syrian attacks.
        let body = """
        Un drone a été abattu près de la base de la coalition à Chaddadi, tandis que plusieurs roquettes ont visé la \
        base installée sur le champ gazier de Conoco, mercredi soir. Dans un message publié sur Telegram, la Résistance \
        islamique en Irak a revendiqué les deux attaques.
        """
        let attacks = F.extract(body, published: "2023-11-09").incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.allSatisfy { $0.claimedBy == "Islamic Resistance in Iraq" })
    }

    @Test func todaysAttackIsAClaimOfTheStorysDay() {
        #expect(F.claim("The Islamic Resistance in Iraq has claimed today's attack on Harir.") != nil)
        #expect(F.claim("A group called Saraya Awliya al-Dam claimed tonight's rocket attack.") != nil)
    }
}
