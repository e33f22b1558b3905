import Testing
@testable import IncidentCore

/// Claimed by only from an explicit claim, normalised to the catalog; attribution kept apart.
@Suite struct ClaimFinderTests {
    typealias F = ExtractionFixtures

    private func attack(_ body: String) throws -> ExtractedIncident {
        try #require(F.extract(body).incidents.first { $0.kind == .attack })
    }

    @Test(arguments: [
        "Kataib Hezbollah claimed responsibility for the drone attack on Ain al-Asad on Friday.",
        "Kata'ib Hizballah claimed the attack on Ain al-Asad on Friday.",
        "The drone attack on Ain al-Asad on Friday was claimed by Kataeb Hezbollah.",
        "Kataib Hezbollah said in a statement it carried out the drone attack on Ain al-Asad on Friday.",
    ])
    func explicitClaimsAreNormalised(_ body: String) throws {
        let a = try attack(body)
        #expect(a.claimedBy == "Kataib Hezbollah")
        #expect(a.attributedTo == nil)
    }

    @Test func aClaimOfAllTheAttacksCountedCoversEachSite() {
        let body = "Drones attacked Ain al-Asad air base, al-Harir air base and Tal Baidar on Friday. The Islamic Resistance "
            + "in Iraq, an umbrella group of Iran-aligned factions, claimed all three attacks, describing the targets as "
            + "bases in Ain al-Asad, Harir and Tal Bidar."
        let attacks = F.extract(body).incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 3)
        #expect(attacks.allSatisfy { $0.claimedBy == "Islamic Resistance in Iraq" })
    }

    @Test func aClaimOfMoreAttacksByTheGroupNamedBefore() {
        let body = "The week began on December 13, when the Islamic Resistance in Iraq said it had attacked the al-Tanf "
            + "base with two drones. The following day, the group claimed two more drone attacks in northeast Syria, one "
            + "on the al-Shaddadi base and another on the base at the Conoco gas field."
        let found = F.extract(body, published: "2023-12-20").incidents
        let shaddadi = found.first { $0.location == "Al-Shaddadi" }
        #expect(shaddadi?.claimedBy == "Islamic Resistance in Iraq")
        #expect(found.first { $0.location == "Conoco gas field" }?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func allAttacksWithoutACountIsNoClaimOfOne() {
        let text = ScannedText("The Islamic Resistance in Iraq has claimed all attacks on US forces since October.")
        #expect(ClaimFinder.find(in: 0..<text.tokens.count, tokens: text.tokens)?.isGeneral == true)
    }

    @Test func germanNegationAfterTheVerbIsNoClaim() throws {
        let body = """
        Bagdad (dpa) - Die US-Truppen in Syrien sind am Mittwoch erneut mit Raketen angegriffen worden. Die Raketen \
        schlugen auf dem Stützpunkt Conoco im Osten des Landes ein, wie ein Sprecher mitteilte. Verletzt wurde \
        niemand. Zu den Angriffen bekannte sich zunächst niemand. Die USA hatten zuvor zwei Einrichtungen \
        bombardiert, die nach Angaben des Pentagons von Irans Revolutionsgarden und mit ihnen verbündeten Gruppen \
        genutzt wurden.
        """
        let attacks = F.extract(body, published: "2023-10-27").incidents.filter { $0.kind == .attack }
        #expect(!attacks.isEmpty)
        #expect(attacks.allSatisfy { $0.claimedBy == nil })
    }

    @Test(arguments: [
        "The Islamic Revolutionary Guard Corps (IRGC) claimed responsibility in a statement carried by state television.",
        "Iran's Islamic Revolutionary Guard Corps claimed the barrage.",
    ])
    func theRevolutionaryGuardsClaimingAnAttackOnUSForces(_ claim: String) throws {
        let a = try attack("Ballistic missiles hit Ain al-Asad air base early on Wednesday, officials said. \(claim)")
        #expect(a.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func frenchClaimOfTheOperation() throws {
        let body = """
        Des missiles balistiques ont frappé mercredi la base aérienne d'Aïn al-Assad, qui abrite des soldats \
        américains, selon le Pentagone. Les Gardiens de la Révolution ont revendiqué l'opération dans un \
        communiqué diffusé par la télévision d'État.
        """
        let a = try #require(F.extract(body, published: "2020-01-08").incidents.first { $0.kind == .attack })
        #expect(a.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func islamicResistanceInQuotesAndShortName() throws {
        #expect(try attack("Drones hit Ain al-Asad on Friday. The “Islamic Resistance in Iraq” claimed responsibility in a statement.")
            .claimedBy == "Islamic Resistance in Iraq")
        #expect(try attack("The Islamic Resistance claimed responsibility for Friday's drone attack on the Al-Tanf garrison.")
            .claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func namedByOfficialsIsAttributionNotClaim() throws {
        let a = try attack("US officials said the drones that hit Tower 22 on Friday were used by Kataeb Hezbollah.")
        #expect(a.claimedBy == nil)
        #expect(a.attributedTo == "Kataib Hezbollah")
        let b = try attack("Rockets fired by Iranian-backed militias hit Ain al-Asad on Friday.")
        #expect(b.claimedBy == nil)
        #expect(b.attributedTo == "Iran-backed militias")
    }

    @Test func generalAndNegatedClaimsDoNotCount() throws {
        let a = try attack("""
        Rockets hit Ain al-Asad on Friday. The Islamic Resistance in Iraq has claimed responsibility for most of \
        the attacks since October.
        """)
        #expect(a.claimedBy == nil)
        let b = try attack("Rockets hit Ain al-Asad on Friday. No group has claimed responsibility.")
        #expect(b.claimedBy == nil)
    }

    @Test func claimSpanIsTheClaimWords() throws {
        let body = "Drones hit Ain al-Asad on Friday. Kataib Hezbollah claimed responsibility."
        let a = try attack(body)
        let span = try #require(a.facts.first { $0.field == "claimed_by" }).span
        #expect(F.quote(span, in: body) == "claimed responsibility")
    }

    @Test func groupMatcherSpellings() {
        let matcher = GroupMatcher(catalog: .bundled)
        func group(_ text: String) -> String? {
            let tokens = TextScanner.tokens(of: text)
            return matcher.matches(in: 0..<tokens.count, tokens: tokens).first?.group.name
        }
        #expect(group("Kata'ib Hizballah") == "Kataib Hezbollah")
        #expect(group("the KH militia") == "Kataib Hezbollah")
        #expect(group("Harakat al-Nujaba") == nil || group("Harakat al-Nujaba") == "Harakat Hezbollah al-Nujaba")
        #expect(group("al-Nujaba") == "Harakat Hezbollah al-Nujaba")
        #expect(group("Asaib Ahl al-Haq") == "Asaib Ahl al-Haq")
        #expect(group("the Islamic State") == "Islamic State")
        // The enemy a coalition is named for is no group speaking.
        #expect(group("the coalition against the Islamic State") == nil)
    }
}
