import Testing
@testable import IncidentCore

/// Round 14, fields of found incidents: the dead told after their verb, people counted apart from the named dead,
/// weapons counted in the sentence before the site, a possessive that is no strike site, and Arabic names in
/// foreign copy, a German statement that "they carried out" the attack.
@Suite struct FieldsOfFoundIncidentsRound14Tests {
    typealias F = ExtractionFixtures

    @Test func theDeadToldAfterTheirVerbAreCounted() {
        let e = F.extract("""
            Almeno quindici razzi Katyusha sono stati lanciati mercoledì sera contro la base militare di Camp Taji, a \
            nord di Baghdad. Nell'attacco sono morti due soldati americani e una militare britannica, e altre dodici \
            persone sono rimaste ferite.
            """, published: "2020-03-12")
        let taji = e.incidents.first
        #expect(taji?.usKilled.spelled == "2", "\(F.dump(e, body: ""))")
        // The twelve others are nobody the story names: no US injured figure.
        #expect(taji?.usInjured.isUnknown == true, "\(F.dump(e, body: ""))")
    }

    @Test func otherPeopleBesidesTheNamedDeadAreNotUS() {
        let e = F.extract("""
            Rockets struck Camp Taji north of Baghdad on Wednesday evening. Two American soldiers and a British \
            servicewoman died, and twelve other people were injured.
            """, published: "2020-03-12")
        #expect(e.incidents.first?.usKilled.spelled == "2", "\(F.dump(e, body: ""))")
        #expect(e.incidents.first?.usInjured.isUnknown == true, "\(F.dump(e, body: ""))")
    }

    @Test func weaponsCountedBeforeTheSiteSentenceReachTheSite() {
        let e = F.extract("""
            At least 14 rockets were fired at around 9:30 pm on Monday. Three struck Erbil International Airport, \
            where US-led coalition forces are based, officials said.
            """, published: "2021-02-16")
        #expect(e.incidents.first?.weapons == [.rocket], "\(F.dump(e, body: ""))")
    }

    @Test func germanMissilesThatCameDownReachBothBases() {
        let e = F.extract("""
            Am frühen Mittwochmorgen sind mehr als ein Dutzend ballistische Raketen auf zwei Stützpunkte im Irak \
            niedergegangen. Getroffen wurden der Luftwaffenstützpunkt Ain al-Assad in der Provinz Anbar sowie ein \
            Stützpunkt am Flughafen von Erbil.
            """, published: "2020-01-08")
        let attacks = e.incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2, "\(F.dump(e, body: ""))")
        #expect(attacks.allSatisfy { $0.weapons == [.ballisticMissile] }, "\(F.dump(e, body: ""))")
    }

    @Test func aGermanStatementThatTheyCarriedOutTheAttackIsAClaim() {
        let e = F.extract("""
            Am Mittwoch schlugen mehr als ein Dutzend ballistische Raketen im Luftwaffenstützpunkt Ain al-Assad ein. Die \
            Revolutionsgarden erklärten in einer vom Staatsfernsehen verbreiteten Mitteilung, sie hätten den Angriff \
            als Vergeltung für die Tötung Soleimanis durchgeführt.
            """, published: "2020-01-08")
        #expect(e.incidents.first?.claimedBy == "Islamic Revolutionary Guard Corps", "\(F.dump(e, body: ""))")
    }

    @Test func theDeadNamedAfterOnePluralRankAreCountedByName() {
        let e = F.extract("""
            O ataque de domingo contra a Torre 22, um pequeno posto logístico norte-americano no nordeste da Jordânia, \
            matou os sargentos William Rivers, Kennedy Sanders e Breonna Moffett e feriu mais de 40 militares.
            """, published: "2024-02-03")
        #expect(e.incidents.first?.usKilled.spelled == "3", "\(F.dump(e, body: ""))")
    }

    @Test func aPossessiveIsNoStrikeSite() {
        let e = F.extract("""
            US strikes militia sites in Syria in Austin's first order as secretary. U.S. F-15E jets struck buildings \
            near the Syrian town of Abu Kamal on Thursday, the Pentagon said.
            """, published: "2021-02-26")
        let strike = e.incidents.first { $0.kind == .usStrike }
        #expect(strike?.location == "Abu Kamal", "\(F.dump(e, body: ""))")
    }

    @Test func anArabicNameKeepsItsArticleInItalianCopy() {
        let e = F.extract("""
            Giovedì notte gli Stati Uniti hanno risposto con raid aerei contro depositi di armi delle Brigate di \
            Hezbollah a Jurf al-Sakhar, a sud di Baghdad.
            """, published: "2020-03-13")
        #expect(e.incidents.contains { $0.location == "Jurf al-Sakhar" }, "\(F.dump(e, body: ""))")
    }
}
