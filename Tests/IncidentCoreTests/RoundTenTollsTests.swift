import Testing
@testable import IncidentCore

/// Round 10, tolls: US killed / US injured of found incidents, from the forms new outlets and formats use.
@Suite struct RoundTenTollsTests {
    private func figures(_ text: String, published: String, at site: String) -> (killed: String?, injured: String?) {
        let incident = ExtractionFixtures.extract(text, published: published).incidents.first { $0.location == site }
        return (incident?.usKilled.spelled, incident?.usInjured.spelled)
    }

    // MARK: A zero told of the US and another party together is the US's zero too

    @Test func noUSOrPartnerForcesInjuredIsAUSZero() {
        let f = figures("""
            Earlier today, U.S. personnel at Ain al-Asad Air Base came under indirect fire from several rockets. No U.S. \
            or partner forces were injured and there was no damage to the facility.
            """, published: "2024-12-03", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
        #expect(f.killed == "0")
    }

    @Test func noAmericanOrPeshmergaForcesHarmedIsAUSZero() {
        let f = figures("""
            A drone was shot down near Erbil airport late on Thursday, the counter-terrorism directorate said. \
            "No American or Peshmerga forces were harmed," it added.
            """, published: "2023-10-27", at: "Erbil Air Base")
        #expect(f.injured == "0")
    }

    @Test func noCoalitionOrIraqiCasualtiesIsAUSZero() {
        let f = figures("""
            Two Katyusha rockets landed inside Camp Taji on Tuesday evening. No Coalition or Iraqi casualties were \
            reported, the coalition spokesman said.
            """, published: "2020-01-15", at: "Camp Taji")
        #expect(f.injured == "0")
        #expect(f.killed == "0")
    }

    @Test func aCountOfTwoPartiesTogetherIsNotTheUSs() {
        // Must not trigger: a count of Americans and Iraqis together says nothing of how many were American.
        let f = figures("""
            Rockets struck Ain al-Asad Air Base on Tuesday. Two U.S. and Iraqi soldiers were wounded, an Iraqi \
            security official said.
            """, published: "2024-01-17", at: "Ain al-Asad Air Base")
        #expect(f.injured == "unknown")
    }

    @Test func noPartnerForcesAloneIsNoUSZero() {
        // Must not trigger: only partner forces are named.
        let f = figures("""
            Mortar rounds landed near Mission Support Site Euphrates on Monday. No partner forces were injured.
            """, published: "2024-12-03", at: "Mission Support Site Euphrates")
        #expect(f.injured == "unknown")
    }

    // MARK: A nationality told of people already counted says where they come from

    @Test func contractorsOfWhomSomeWereAmericanAreNoTroops() {
        let f = figures("""
            Rockets struck the military complex at Erbil airport late on Monday. Eight contractors, three of whom were \
            U.S. citizens, and one American service member were wounded.
            """, published: "2021-02-16", at: "Erbil Air Base")
        #expect(f.injured == "1")
    }

    @Test func fourOfThemAmericansAfterContractorsAreContractors() {
        let f = figures("""
            A barrage of rockets slammed into the airport complex in Erbil on Monday night. Five other contractors, \
            four of them Americans, and one U.S. Army soldier were wounded, the coalition said.
            """, published: "2021-02-17", at: "Erbil Air Base")
        #expect(f.injured == "1")
    }

    @Test func aShareOfTheWoundedContractorsThatAreAmericanIsNoUSFigure() {
        let f = figures("""
            Rockets hit Erbil airport on Monday, wounding a U.S. service member and eight civilian contractors. \
            Five of the wounded contractors are Americans, the spokesman said.
            """, published: "2021-02-17", at: "Erbil Air Base")
        #expect(f.injured == "1")
    }

    @Test func aContractorWhoWasNotAnAmericanIsNoUSDeath() {
        let f = figures("""
            Rockets hit Erbil airport on Monday night. One civilian contractor, who was not an American, was killed.
            """, published: "2021-02-17", at: "Erbil Air Base")
        #expect(f.killed == "unknown")
    }

    @Test func aShareOfTroopsThatWereAmericanIsStillTheUSs() {
        // Must not trigger: the share is of coalition troops, not of contractors.
        let f = figures("""
            A drone struck Erbil airport on Sunday, wounding four coalition service members. Two of the four were \
            Americans, a coalition spokesman said.
            """, published: "2021-07-05", at: "Erbil Air Base")
        #expect(f.injured == "2")
    }

    // MARK: An attack counted by its place in a run, and a toll pointing back at the attacks counted

    @Test func aTollAfterAnOrdinalCountOfAttacksIsTheRunningTotal() {
        let f = figures("""
            Rockets were fired at Al-Asad Air Base on Wednesday. "No U.S. personnel were hurt," the official said. \
            By the Pentagon's count, the Wednesday attack was the 103rd on U.S. forces since Oct. 17. Some 70 service \
            members have been hurt, the majority with traumatic brain injuries.
            """, published: "2023-12-21", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
    }

    @Test func aGermanTollPointingBackAtTheAttacksCountedIsTheRunningTotal() {
        let f = figures("""
            Eine Drohne hat am Sonntag den Stützpunkt Al-Omar in Ostsyrien angegriffen. Verletzt wurde niemand. Seit \
            Mitte Oktober sind US-Truppen im Irak und in Syrien mehr als 50 Mal angegriffen worden. Dabei wurden fast \
            60 Soldaten leicht verletzt.
            """, published: "2023-11-13", at: "Al-Omar oil field (Green Village)")
        #expect(f.injured == "0")
    }

    @Test func aTollAfterALowOrdinalIsStillTheAttacks() {
        // Must not trigger: "the third" is no run of a period, and the toll is told in the past tense.
        let f = figures("""
            Rockets hit Camp Taji on Tuesday. It was the third attack on the base this month. Two U.S. soldiers \
            were wounded.
            """, published: "2020-03-18", at: "Camp Taji")
        #expect(f.injured == "2")
    }

    // MARK: Round counts in Spanish and Portuguese

    @Test func spanishUnaVeintenaIsAboutTwenty() {
        let f = figures("""
            Varios drones atacaron el jueves la base de Al Tanf, en Siria, donde están desplegadas tropas de Estados \
            Unidos. Una veintena de militares estadounidenses sufrieron heridas leves, según el Pentágono.
            """, published: "2024-01-05", at: "Al-Tanf Garrison")
        #expect(f.injured == "about 20")
    }

    @Test func portugueseUmaDezenaIsAboutTen() {
        let f = figures("""
            Drones atacaram na quinta-feira a base de Al Tanf, na Síria, onde uma dezena de militares americanos \
            ficaram feridos.
            """, published: "2024-01-05", at: "Al-Tanf Garrison")
        #expect(f.injured == "about 10")
    }

    @Test func spanishUnMilitarIsStillOne() {
        // Must not trigger: "un militar" is one soldier, no round count.
        let f = figures("""
            Varios drones atacaron el jueves la base de Al Tanf, en Siria, donde están desplegadas tropas de Estados \
            Unidos. Un militar estadounidense sufrió heridas leves, según el Pentágono.
            """, published: "2024-01-05", at: "Al-Tanf Garrison")
        #expect(f.injured == "1")
    }

    // MARK: A Portuguese contractor is a contractor

    @Test func portugueseEmpreiteiroKilledIsNoUSDeath() {
        let f = figures("""
            Mais de 30 foguetes atingiram na sexta-feira a base militar K1, perto de Kirkuk, no norte do Iraque, onde \
            estão estacionadas tropas americanas, matando um empreiteiro civil norte-americano e ferindo quatro \
            militares norte-americanos, informou o Pentágono.
            """, published: "2019-12-30", at: "K-1 Air Base")
        #expect(f.killed == "unknown")
        #expect(f.injured == "4")
    }

    // MARK: A nationality said to be untold reaches the counts of the sentences next to it

    @Test func aCountBeforeASentenceSayingNationalityIsUntoldIsNoUSFigure() {
        let f = figures("""
            Three Katyusha rockets struck the U.S. Embassy compound in Baghdad late Monday, Iraqi security officials said.

            The rockets hit near the embassy's cafeteria, wounding two people, according to a statement from the Joint \
            Operations Command. The statement did not say whether any Americans were among them.
            """, published: "2020-01-21", at: "US Embassy Baghdad")
        #expect(f.injured == "unknown")
    }

    @Test func aCountAfterASentenceSayingNationalityIsUntoldIsNoUSFigure() {
        let f = figures("""
            Three Katyusha rockets struck the U.S. Embassy compound in Baghdad late Monday, Iraqi security officials said.

            The rockets hit near the embassy's cafeteria. One person was wounded, according to one of the Iraqi \
            officials, who did not give the person's nationality. Another official said there had been three injuries.
            """, published: "2020-01-27", at: "US Embassy Baghdad")
        #expect(f.injured == "unknown")
    }

    @Test func aUSCountNextToAnUntoldNationalityStaysTheUSs() {
        // Must not trigger: the soldiers are named as American; only the contractor's nationality is untold.
        let f = figures("""
            Rockets hit Camp Taji on Wednesday. Two U.S. soldiers were wounded. A contractor was also hurt; officials \
            did not give the contractor's nationality.
            """, published: "2020-03-12", at: "Camp Taji")
        #expect(f.injured == "2")
    }

    // MARK: Troops said untouched after a partner incident near their base

    private func partnerFigures(_ text: String, published: String) -> (killed: String?, injured: String?) {
        let incident = ExtractionFixtures.extract(text, published: published).incidents.first { $0.kind == .partner }
        return (incident?.usKilled.spelled, incident?.usInjured.spelled)
    }

    @Test func coalitionNotAffectedAfterAPartnerIncidentIsItsZero() {
        let f = partnerFigures("""
            A drone struck a checkpoint of the Syrian Democratic Forces (SDF) at the northern entrance of al-Shaddadi on \
            Tuesday night, wounding three SDF members, a source in the SDF said. The checkpoint is about 2 km from the \
            Coalition base in the city.

            The source said Coalition personnel were not affected.
            """, published: "2024-01-10")
        #expect(f.injured == "0")
        #expect(f.killed == "0")
    }

    @Test func troopsAtTheBaseNotAffectedIsAZero() {
        let f = partnerFigures("""
            A drone struck a position of the Syrian Democratic Forces on the edge of the Conoco gas field on Wednesday \
            evening, wounding two SDF fighters, a military source said.

            Coalition forces at the base were not affected, the source added.
            """, published: "2023-11-09")
        #expect(f.injured == "0")
    }

    @Test func whetherTroopsWereAffectedIsNoZero() {
        // Must not trigger: the question is left open.
        let f = partnerFigures("""
            A drone struck a position of the Syrian Democratic Forces on the edge of the Conoco gas field on Wednesday \
            evening, wounding two SDF fighters, a military source said.

            It was not clear whether coalition forces at the base were affected.
            """, published: "2023-11-09")
        #expect(f.injured == "unknown")
    }

    // MARK: "... wounding one and injuring two others": the others are counted besides

    @Test func woundingOneAndInjuringTwoOthersIsThree() {
        let f = figures("""
            A one-way attack drone struck Erbil Air Base early Monday, critically wounding one U.S. service member and \
            injuring two others, the Pentagon said.
            """, published: "2023-12-26", at: "Erbil Air Base")
        #expect(f.injured == "3")
    }

    @Test func killingOneAndWoundingTwoOthersIsNotAdded() {
        // Must not trigger a sum: the dead and the wounded are counted apart.
        let f = figures("""
            A roadside bomb struck a U.S. patrol near al-Shaddadi on Friday, killing one American soldier and wounding \
            two others.
            """, published: "2023-03-25", at: "Al-Shaddadi")
        #expect(f.killed == "1")
        #expect(f.injured == "2")
    }
}
