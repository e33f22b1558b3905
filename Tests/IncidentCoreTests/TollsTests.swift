import Testing
@testable import IncidentCore

/// Round 7, tolls: which zero or figure reaches which incident, and what counts as a US casualty.
@Suite struct TollsTests {
    private func figures(_ e: ArticleExtraction, kind: IncidentKind = .attack, at site: String) -> (String, String)? {
        e.incidents.first { $0.kind == kind && $0.location == site }.map { ($0.usKilled.spelled, $0.usInjured.spelled) }
    }

    // MARK: A zero told of all the attacks together holds for each of them

    @Test func aZeroOfAllTheAttacksBeforeTheListReachesEveryEntry() {
        let e = ExtractionFixtures.extract("""
            U.S. forces in Iraq and Syria were attacked three more times since Saturday, the Pentagon said on Tuesday. \
            None of the attacks caused any U.S. casualties, a spokesman said. He gave these details:
            - On Saturday, a drone targeted the al-Tanf garrison and was shot down.
            - On Sunday, rockets were fired at the Rumalyn Landing Zone in Hasakah province.
            - On Monday, two drones targeted Erbil air base.
            """, published: "2023-11-07")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Rumalyn Landing Zone")?.1 == "0")
        #expect(figures(e, at: "Erbil Air Base")?.1 == "0")
        #expect(figures(e, at: "Erbil Air Base")?.0 == "0")
    }

    @Test func bothAttacksWordedAfterTheSites() {
        let e = ExtractionFixtures.extract("""
            Drones targeted the Harir air base on Wednesday, Kurdish officials said. Hours later, rockets were fired at \
            the al-Tanf garrison in southern Syria. Officials said both attacks caused no injuries among U.S. troops.
            """, published: "2023-10-26")
        #expect(figures(e, at: "Al-Harir Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "0")
    }

    @Test func anAttackWhoseTollIsStillOpenKeepsItOpen() {
        let e = ExtractionFixtures.extract("""
            U.S. troops came under attack three more times over the weekend. None of the attacks caused any U.S. \
            casualties, an official said on Monday, though the count was still being checked.
            Al-Tanf (Saturday). A drone was shot down near the al-Tanf garrison on Saturday.
            Erbil (Sunday). Rockets struck the coalition base at Erbil airport on Sunday. "There were no immediate \
            reports of casualties," the official said.
            """, published: "2023-10-30")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Erbil Air Base")?.1 == "unknown")
    }

    @Test func aZeroOfOneAttackDoesNotReachTheOthers() {
        let e = ExtractionFixtures.extract("""
            Drones targeted the Harir air base on Wednesday, Kurdish officials said, and rockets were fired at the \
            al-Tanf garrison the same day. The drone at Harir was shot down and caused no injuries.
            """, published: "2023-10-26")
        #expect(figures(e, at: "Al-Harir Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "unknown")
    }

    // MARK: "No casualties" contradicted by a count of people injured tells nothing of deaths

    @Test func aRevisedNoCasualtiesLeavesDeathsOpen() {
        let e = ExtractionFixtures.extract("""
            Eight U.S. service members suffered minor injuries when drones struck Ain al-Asad air base on Monday, the \
            Pentagon said on Friday, revising initial statements that the attack had caused no casualties.
            """, published: "2023-11-24")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "8", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.0 == "unknown")
    }

    @Test func deathsToldApartStillSayNobodyDied() {
        let e = ExtractionFixtures.extract("""
            Eight U.S. service members suffered minor injuries when drones struck Ain al-Asad air base on Monday, the \
            Pentagon said, revising initial statements that the attack had caused no casualties. No U.S. personnel \
            were killed, the Pentagon said.
            """, published: "2023-11-24")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.0 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func noCasualtiesAloneIsStillZeroOfBoth() {
        let e = ExtractionFixtures.extract("""
            Two rockets struck Ain al-Asad air base on Monday, causing no casualties, Iraqi security officials said.
            """, published: "2023-11-21")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.0 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "0")
    }

    // MARK: A clause telling a death from illness still tells its zero

    @Test func aZeroToldWithADeathFromIllnessIsTheAttacks() {
        let e = ExtractionFixtures.extract("""
            Ten rockets struck Ain al-Asad air base in western Iraq on Wednesday morning, the coalition said. The \
            spokesman said no service members were injured and that a contractor suffered a cardiac episode while \
            sheltering and died shortly after.
            """, published: "2021-03-03")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.0 == "0")
    }

    @Test func aDeathFromIllnessAloneIsNoAttack() {
        let e = ExtractionFixtures.extract("""
            A U.S. contractor at the base died of a heart attack on Nov. 1 while sheltering during a false alarm.
            """, published: "2023-11-03")
        #expect(e.incidents.isEmpty, "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: A zero is never a running total

    @Test func nobodyHurtInThoseAttacksIsTheirZero() {
        let e = ExtractionFixtures.extract("""
            Rockets hit Baghdad's Green Zone on Thursday, wounding a child, Iraqi officials said. No American \
            personnel were hurt.
            On Jan. 5, five rockets targeted the Ain al-Asad air base in western Iraq, which hosts U.S.-led coalition \
            troops. Nobody was hurt in those attacks, the coalition said.
            """, published: "2022-01-13")
        #expect(figures(e, kind: .mention, at: "Ain al-Asad Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(e.totals.allSatisfy { $0.usInjured.isUnknown })
    }

    @Test func aCountOfInjuriesInTheAttacksIsStillATotal() {
        let e = ExtractionFixtures.extract("""
            Rockets struck the al-Tanf garrison on Sunday. U.S. forces have been attacked at least 60 times since \
            Oct. 17. About 70 U.S. soldiers suffered injuries in the attacks, the Pentagon said.
            """, published: "2023-11-14")
        #expect(e.totals.contains { $0.usInjured.count == 70 }, "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "unknown")
    }

    // MARK: People named as civilians are no US figure

    @Test func womenAndChildrenKilledAreCivilians() {
        let e = ExtractionFixtures.extract("""
            A Katyusha rocket aimed at Baghdad International Airport on Monday slammed instead into a house nearby, \
            killing five women and children from one family and wounding two others.
            """, published: "2020-09-29")
        let airport = e.incidents.first { $0.location == "Victory Base Complex" }
        #expect(airport?.usKilled.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(airport?.usInjured.isUnknown == true)
        #expect(airport?.otherCasualties.contains { $0.who == "civilian" && $0.killed == 5 && $0.injured == 2 } == true)
    }

    @Test func othersAfterAUSCountAreUS() {
        let e = ExtractionFixtures.extract("""
            A drone struck the al-Tanf garrison on Sunday, killing a U.S. soldier and wounding two others.
            """, published: "2023-11-14")
        #expect(figures(e, at: "Al-Tanf Garrison")?.0 == "1", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "2")
    }

    @Test func residentsWoundedAreNotTroops() {
        let e = ExtractionFixtures.extract("""
            Two rockets fell near the Ain al-Asad air base on Tuesday, wounding three residents of a nearby village.
            """, published: "2023-11-22")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "unknown", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: Troops evaluated in an earlier event recalled are no figure

    @Test func anEvaluationRecalledGivesNoFigure() {
        let e = ExtractionFixtures.extract("""
            Two rockets landed inside Ain al-Asad air base on Tuesday. There were no injuries. The base was last hit \
            on Jan. 20, when militants fired ballistic missiles at it. Several U.S. personnel were evaluated for \
            traumatic brain injuries in that attack.
            """, published: "2024-07-17")
        #expect(figures(e, kind: .mention, at: "Ain al-Asad Air Base")?.1 == "unknown", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func anEvaluationOfTheStorysAttackIsNoFigureEither() {
        let e = ExtractionFixtures.extract("""
            Iran-backed militants fired ballistic missiles at Ain al-Asad air base on Saturday. A number of U.S. \
            personnel are being evaluated for traumatic brain injuries, U.S. Central Command said.
            """, published: "2024-01-21")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "unknown", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: "No human losses" told on its own is the attack's zero

    @Test func noHumanLossesInASentenceOfItsOwn() {
        let e = ExtractionFixtures.extract("""
            A roadside bomb struck a convoy carrying supplies for the U.S.-led coalition near Camp Taji on Monday. \
            "There were no human losses," a security source said.
            """, published: "2021-06-07")
        #expect(e.incidents.first?.usInjured.spelled == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(e.incidents.first?.usKilled.spelled == "0")
    }

    @Test func noMaterialLossesIsNoToll() {
        let e = ExtractionFixtures.extract("""
            A roadside bomb struck a convoy carrying supplies for the U.S.-led coalition near Camp Taji on Monday. \
            There were no material losses, a security source said.
            """, published: "2021-06-07")
        #expect(e.incidents.first?.usInjured.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: A tracker's labelled field gives the toll

    @Test func casualtiesNoneInATrackerEntry() {
        let e = ExtractionFixtures.extract("""
            THU 9 NOV
            • 13:20 — Al-Shaddadi, Hasakah, Syria. Two drones; one shot down. Casualties: none reported. Claim: \
            Islamic Resistance in Iraq.
            • 21:40 — Erbil Air Base, Iraq. Drone engaged by air defences. Casualties: unknown.
            """, published: "2023-11-10")
        #expect(figures(e, at: "Al-Shaddadi")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Al-Shaddadi")?.0 == "0")
        #expect(figures(e, at: "Erbil Air Base")?.1 == "unknown")
    }

    @Test func casualtiesNotReportedTellsNothing() {
        let e = ExtractionFixtures.extract("""
            THU 9 NOV
            - Conoco gas field, Deir ez-Zor, Syria — Multiple rockets, evening, per local sources. No claim. \
            Casualties: not reported.
            """, published: "2023-11-10")
        #expect(figures(e, at: "Conoco gas field")?.1 == "unknown", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: A zero told after an earlier event at several sites is each site's

    @Test func aLaterZeroOfAnEventAtTwoSites() {
        let e = ExtractionFixtures.extract("""
            Several rockets struck Camp Taji north of Baghdad on Tuesday. No coalition personnel were hurt. Iran \
            answered on Jan. 8 with ballistic missiles fired at the Ain al-Asad air base and at a coalition facility at \
            Erbil airport. The Pentagon said that attack caused no American casualties.
            """, published: "2020-01-15")
        #expect(figures(e, kind: .mention, at: "Ain al-Asad Air Base")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, kind: .mention, at: "Erbil Air Base")?.1 == "0")
    }

    @Test func aLaterCountOfAnEventAtTwoSitesIsNotSharedOut() {
        let e = ExtractionFixtures.extract("""
            Several rockets struck Camp Taji north of Baghdad on Tuesday. No coalition personnel were hurt. On \
            Jan. 8, ballistic missiles struck the Ain al-Asad air base and a coalition facility at Erbil airport. \
            More than 100 U.S. troops were later diagnosed with brain injuries.
            """, published: "2020-02-15")
        let asad = figures(e, kind: .mention, at: "Ain al-Asad Air Base")?.1
        let erbil = figures(e, kind: .mention, at: "Erbil Air Base")?.1
        #expect(!(asad == "more than 100" && erbil == "more than 100"), "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func noneKilledOrHurtIsBothZeros() {
        let e = ExtractionFixtures.extract("""
            Two rockets struck Ain al-Asad air base on Monday. No U.S. troops were killed or seriously hurt, the \
            Pentagon said.
            """, published: "2023-11-21")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.0 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "0")
    }

    @Test func aCountKilledOrWoundedIsNotDoubled() {
        let e = ExtractionFixtures.extract("""
            A drone struck Tower 22 in Jordan on Sunday. Three U.S. soldiers were killed and dozens were wounded.
            """, published: "2024-01-29")
        #expect(figures(e, at: "Tower 22")?.0 == "3", "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(figures(e, at: "Tower 22")?.1 == "dozens")
    }

    // MARK: A count told of another nation's troops, or of people already counted, is not the US's

    @Test func aBareCountBesideItalianTroopsIsTheirs() {
        let e = ExtractionFixtures.extract("""
            Roadside bomb hits Italian troops in northern Iraq, five wounded
            A roadside bomb struck a patrol of Italian special forces near Kirkuk on Sunday.
            """, published: "2019-11-10")
        #expect(e.incidents.first?.usInjured.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func theWoundedAndTwoOfTheSoldiersAreThoseCounted() {
        let e = ExtractionFixtures.extract("""
            A roadside bomb wounded five Italian soldiers near Kirkuk on Sunday. The five wounded were evacuated by \
            U.S. helicopters. Two of the soldiers suffered serious leg injuries.
            """, published: "2019-11-10")
        #expect(e.incidents.first?.usInjured.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func aBareCountBesideAmericanTroopsStaysUS() {
        let e = ExtractionFixtures.extract("""
            Drone hits base hosting U.S. troops in Syria, three wounded
            A drone struck the al-Tanf garrison on Sunday.
            """, published: "2023-11-12")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "3", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: People counted again are the latest figure; a count told as a range is one count

    @Test func allThreeHadMinorInjuriesIsTheLatestFigure() {
        let e = ExtractionFixtures.extract("""
            Rockets struck inside the al-Tanf garrison on Wednesday. One U.S. service member was treated for a minor \
            injury and two others were being evaluated. Central Command said later that all three had minor injuries.
            """, published: "2022-08-25")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "3", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func aCountOfThreeStrikesIsNoInjury() {
        let e = ExtractionFixtures.extract("""
            Rockets struck inside the al-Tanf garrison on Wednesday, causing no injuries. The three had been fired \
            from the desert, officials said.
            """, published: "2022-08-25")
        #expect(figures(e, at: "Al-Tanf Garrison")?.1 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func twoOrThreeMilitantsAreMilitants() {
        let e = ExtractionFixtures.extract("""
            Rockets struck inside the al-Tanf garrison on Wednesday. No U.S. troops were hurt. U.S. helicopters \
            responded, killing two or three suspected militants.
            """, published: "2022-08-25")
        #expect(figures(e, at: "Al-Tanf Garrison")?.0 == "0", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: A list of counts goes on with the first count's people

    @Test func officersAndAirmenOfOneNation() {
        let e = ExtractionFixtures.extract("""
            Eight Katyusha rockets struck Balad air base on Sunday, wounding two Iraqi officers and two airmen.
            """, published: "2020-01-12")
        #expect(e.incidents.first?.usInjured.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func policemenAndWorkersAreNoTroops() {
        let e = ExtractionFixtures.extract("""
            Rockets struck Camp Taji on Saturday, killing three Iraqi soldiers, two policemen and a civilian worker.
            """, published: "2020-03-14")
        #expect(e.incidents.first?.usKilled.isUnknown == true, "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func aUSCountInTheListStaysUS() {
        let e = ExtractionFixtures.extract("""
            A drone struck Tower 22 on Sunday, killing two Jordanian guards and three U.S. soldiers.
            """, published: "2024-01-29")
        #expect(figures(e, at: "Tower 22")?.0 == "3", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    // MARK: The subject before "and" is found however far a verb-final participle stands

    @Test func germanVerbFinalSubjectBeforeAnd() {
        let e = ExtractionFixtures.extract("""
            Bei einem Raketenangriff auf den Stützpunkt Ain al-Assad sind am Montagabend mehrere Amerikaner verletzt \
            worden. Fünf US-Soldaten und zwei zivile Auftragnehmer seien bei dem Angriff auf die Basis in der Provinz \
            Anbar am späten Montagabend verletzt worden, teilte das Pentagon mit.
            """, published: "2024-08-06")
        #expect(figures(e, at: "Ain al-Asad Air Base")?.1 == "5", "\(ExtractionFixtures.dump(e, body: ""))")
    }
}
