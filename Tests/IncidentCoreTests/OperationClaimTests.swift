import Testing
@testable import IncidentCore

/// A group owns an attack when its statement says its own arm did it, or gives the reason it was carried out; a claim
/// of one operation that struck several sites together is the claim of each; and claims are read in the wording of
/// the other languages and of translated names.
@Suite struct OperationClaimTests {
    typealias F = ExtractionFixtures

    @Test func aStatementThatItsOwnForceStruckIsAClaim() {
        let body = """
        TEHRAN (Tasnim) - The Islamic Revolution Guards Corps said its missile units struck the American base at Ain \
        al-Asad in western Iraq early on Wednesday, hours after the funeral of General Qassem Soleimani.
        """
        let attack = F.extract(body, published: "2020-01-08").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func aStatementGivingTheOperationsReasonClaimsItAndTheStrikeAvengedIsNoNews() {
        let body = """
        Iranian ballistic missiles slammed into the Ain al-Asad air base in Anbar province before dawn on Wednesday.

        In a message carried by state radio, the Revolutionary Guards said the attack, which they named after the \
        general, was launched in retaliation for the killing of Qassem Soleimani in an American drone strike in \
        Baghdad last Friday.
        """
        let incidents = F.extract(body, published: "2020-01-08").incidents
        #expect(incidents.first { $0.kind == .attack }?.claimedBy == "Islamic Revolutionary Guard Corps")
        #expect(!incidents.contains { $0.kind == .usStrike })
    }

    @Test func officialsSayingHowAnAttackWasCarriedOutClaimNothing() {
        let body = """
        Two rockets struck near the Ain al-Asad air base on Tuesday evening, causing no casualties. Iraqi police said \
        the attack was carried out by unknown gunmen from a pickup truck.
        """
        let attack = F.extract(body, published: "2021-03-02").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == nil)
    }

    @Test func theRevolutionaryGuardUnderItsShortNameClaimsTheStrikes() {
        let body = """
        Iran fired a volley of ballistic missiles at Al Asad Air Base in Iraq on Wednesday. Iran's Revolutionary Guard \
        said it carried out the strikes.
        """
        let attack = F.extract(body, published: "2020-01-08").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func aClaimOfOneOperationOnTwoBasesToldTogetherCoversBoth() {
        let body = """
        BAGHDAD, Jan 8 (AP) - Iran launched more than a dozen missiles early on Wednesday at Ain al-Asad and at the \
        coalition base at Erbil airport, both of which host American troops.

        The Guardians of the Revolution claimed the operation in a statement read on state television.
        """
        let attacks = F.extract(body, published: "2020-01-08").incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.allSatisfy { $0.claimedBy == "Islamic Revolutionary Guard Corps" })
    }

    @Test func aClaimOfOneAttackIsNotSharedWithAnotherToldApart() {
        let body = """
        Three rockets hit the Ain al-Asad air base on Tuesday. Kataib Hezbollah claimed the attack in a post on \
        Telegram.

        Separately on Tuesday, a drone was shot down over the airport in Erbil.
        """
        let attacks = F.extract(body, published: "2024-01-03").incidents.filter { $0.kind == .attack }
        #expect(attacks.first { $0.location == "Ain al-Asad Air Base" }?.claimedBy == "Kataib Hezbollah")
        #expect(attacks.first { $0.location == "Erbil Air Base" }?.claimedBy == nil)
    }

    @Test func aClaimMadeInASeriesOfTelegramPostsIsNotAClaimOfManyPastAttacks() {
        let body = """
        Drones and rockets targeted US forces at Ain al-Asad and at Erbil airport on Thursday. The Islamic Resistance \
        in Iraq claimed both attacks in a series of Telegram posts.
        """
        let attacks = F.extract(body, published: "2024-01-19").incidents.filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.allSatisfy { $0.claimedBy == "Islamic Resistance in Iraq" })
    }

    @Test func aPortugueseClaimOfThisFridaysAttacks() {
        let body = """
        A Resistência Islâmica no Iraque reivindicou esta sexta-feira um ataque com drones contra a base de Ain \
        al-Asad, no oeste do Iraque, onde estão estacionadas tropas norte-americanas.
        """
        let attack = F.extract(body, published: "2024-02-02").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func anItalianClaimByAGroupAvengingAKillingOfAnotherYear() {
        let body = """
        Tre razzi sono stati lanciati oggi contro la base aerea di Ain al-Asad, nella provincia di Anbar, senza \
        causare feriti.

        L'attacco è stato rivendicato da un gruppo poco noto, Liwa Thaar al-Muhandis, che in un messaggio su Telegram \
        ha detto di aver agito per vendicare il vicecomandante delle milizie ucciso nel gennaio 2020.
        """
        let attack = F.extract(body, published: "2021-07-07").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Saraya Thar al-Muhandis")
        #expect(attack?.date.day == CalendarDay(iso: "2021-07-07"))
    }

    @Test func aGermanStatementThatTheAttackWasRetaliation() {
        let body = """
        Iran hat am Mittwochmorgen mehr als ein Dutzend Raketen auf den Stützpunkt Ain al-Assad im Westen des Irak \
        abgefeuert, auf dem US-Soldaten stationiert sind. Die Revolutionsgarden erklärten, der Angriff sei die \
        Vergeltung für die Tötung des Generals Soleimani.
        """
        let attack = F.extract(body, published: "2020-01-08").incidents.first { $0.kind == .attack }
        #expect(attack?.claimedBy == "Islamic Revolutionary Guard Corps")
    }

    @Test func aClaimFollowedByAnAsideAboutTheGroupsNameIsStillAClaim() {
        let body = """
        On Feb. 15, a barrage of rockets struck the coalition base at Erbil's international airport, killing a \
        contractor. A group calling itself Saraya Awliya al-Dam claimed responsibility, a name most analysts took to be \
        a front for Kata'ib Hezbollah.
        """
        let attack = F.extract(body, published: "2021-02-16").incidents.first { $0.location == "Erbil Air Base" }
        #expect(attack?.claimedBy == "Saraya Awliya al-Dam")
    }

    @Test func theIslamicStateClaimsUnderItsNamesAndTheCoalitionsEnemyClaimsNothing() {
        let italian = """
        Un ordigno esplosivo è esploso ieri al passaggio di una pattuglia della coalizione internazionale nei pressi \
        di Kifri, nel nord dell'Iraq, ferendo cinque militari italiani delle forze speciali. L'Isis ha rivendicato \
        l'attentato attraverso la sua agenzia Amaq.
        """
        #expect(F.extract(italian, published: "2019-11-11").incidents.first { $0.kind == .attack }?.claimedBy == "Islamic State")
        let english = """
        Three rockets struck the Ain al-Assad base on Monday. The base hosts US troops and personnel from the \
        international coalition against the Daesh/ISIS terror group. No group has so far claimed responsibility.
        """
        #expect(F.extract(english, published: "2019-12-03").incidents.first { $0.kind == .attack }?.claimedBy == nil)
    }
}
