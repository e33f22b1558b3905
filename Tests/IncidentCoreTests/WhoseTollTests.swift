import Testing
@testable import IncidentCore

/// Round 9, tolls: which zero or count is the US's, and which attacks a zero told of a group reaches.
@Suite struct WhoseTollTests {
    private func figures(_ text: String, published: String, at site: String) -> (killed: String?, injured: String?) {
        let incident = ExtractionFixtures.extract(text, published: published).incidents.first { $0.location == site }
        return (incident?.usKilled.spelled, incident?.usInjured.spelled)
    }

    // MARK: A zero told with a reflexive verb of reporting, in Italian and Spanish

    @Test func italianNoInjuriesReportedIsAZero() {
        let f = figures("""
            Diversi razzi sono stati lanciati ieri sera contro la base aerea di Ain al-Asad, dove sono di stanza truppe \
            americane. Non si registrano feriti, ha precisato un funzionario della Difesa statunitense.
            """, published: "2023-11-22", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
        #expect(f.killed == "0")
    }

    @Test func spanishWithoutInjuriesBeingRecordedIsAZero() {
        let f = figures("""
            Un dron atacó anoche la base aérea de Ain al Asad, en la provincia iraquí de Al Anbar, donde se encuentran \
            tropas de Estados Unidos, sin que se registraran heridos, informaron hoy fuentes de seguridad.

            Según un oficial del Ejército iraquí, el dron cayó poco antes de la medianoche en una zona abierta cerca de \
            la pista y provocó daños materiales leves.
            """, published: "2021-07-14", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
    }

    @Test func whetherAnyoneWasHurtStaysOpen() {
        // "se" as "whether": the question is left open, no zero.
        let f = figures("""
            Dois drones atacaram a base aérea de Ain al-Asad na terça-feira. O Pentágono não informou se houve feridos \
            entre os militares americanos.
            """, published: "2023-11-22", at: "Ain al-Asad Air Base")
        #expect(f.injured == "unknown")
    }

    // MARK: A toll told among civilians named by who they are is theirs

    @Test func noCasualtiesAmongTheDriversIsNotAUSZero() {
        let f = figures("""
            A roadside bomb struck a convoy carrying supplies for the US-led coalition near Samawah on Monday, \
            damaging one truck without causing casualties among the drivers, a security source said.
            """, published: "2021-06-08", at: "Samawah")
        #expect(f.injured == "unknown")
        #expect(f.killed == "unknown")
    }

    @Test func noCasualtiesRecordedAmongTheLocalPopulationIsNotAUSZero() {
        let f = figures("""
            A drone struck near the Kharab al-Jir base, which hosts US troops, on Sunday. A local source said no \
            casualties had been recorded among the local population.
            """, published: "2023-11-06", at: "Kharab al-Jir")
        #expect(f.injured == "unknown")
    }

    @Test func membersOfOneFamilyAreCivilians() {
        let f = figures("""
            A Katyusha rocket aimed at Baghdad airport fell on a house late on Wednesday, injuring three members of \
            one family, a security source said.
            """, published: "2021-04-22", at: "Victory Base Complex")
        #expect(f.injured == "unknown")
    }

    @Test func noCasualtiesAmongUSPersonnelIsStillAZero() {
        // Must not trigger: the people named after "among" are the troops.
        let f = figures("""
            Rockets struck Ain al-Asad air base on Tuesday. There were no casualties among US personnel, a defense \
            official said.
            """, published: "2023-11-22", at: "Ain al-Asad Air Base")
        #expect(f.injured == "0")
    }

    // MARK: A zero of "neither attack" is the two attacks told before it

    @Test func neitherAttackIsTheTwoToldBefore() {
        let text = """
            A drone was launched at US forces at Erbil air base on Tuesday and shot down, the official said. \
            Separately, a drone targeted US troops at Rumalyn Landing Zone in Syria. Neither attack caused injuries to \
            US personnel, according to the official.

            The Islamic Resistance in Iraq said it had also targeted the US base at Shaddadi in Syria the same day, \
            claims the official could not confirm.
            """
        #expect(figures(text, published: "2024-01-03", at: "Erbil Air Base").injured == "0")
        #expect(figures(text, published: "2024-01-03", at: "Rumalyn Landing Zone").injured == "0")
        #expect(figures(text, published: "2024-01-03", at: "Al-Shaddadi").injured == "unknown")
    }

    @Test func noneOfTheAttacksStillReachesEveryAttack() {
        // Must not be narrowed: "none of the attacks" counts no number, so it covers each attack, told before or after.
        let text = """
            None of the attacks caused any U.S. casualties, a Pentagon spokesman said. On Friday, a drone targeted Ain \
            al-Asad air base. On Saturday, rockets were fired at the al-Tanf garrison. On Sunday, a drone was shot down \
            near Erbil air base.
            """
        #expect(figures(text, published: "2023-11-06", at: "Erbil Air Base").injured == "0")
        #expect(figures(text, published: "2023-11-06", at: "Al-Tanf Garrison").injured == "0")
    }

    // MARK: Troops said not to have been there were not hurt

    @Test func noCoalitionPersonnelWithTheConvoyIsAZero() {
        let f = figures("""
            A roadside bomb hit a convoy of trucks carrying supplies for the U.S.-led coalition near Nasiriyah on \
            Wednesday, police said.

            A coalition spokesman said no coalition personnel were traveling with it.
            """, published: "2021-06-03", at: "Nasiriyah")
        #expect(f.killed == "0")
        #expect(f.injured == "0")
    }

    @Test func coalitionPersonnelNotAffectedByEitherIncidentIsTheZeroOfBoth() {
        let text = """
            Two Katyusha rockets struck the perimeter of Baghdad airport late Monday, Iraqi officials said.

            Earlier Monday, a roadside bomb hit a convoy of trucks carrying supplies for the U.S.-led coalition near \
            Abu Ghraib, wrecking one truck.

            A coalition spokesman said coalition personnel were not affected by either incident.
            """
        #expect(figures(text, published: "2020-08-11", at: "Abu Ghraib").injured == "0")
        #expect(figures(text, published: "2020-08-11", at: "Victory Base Complex").injured == "0")
    }

    @Test func whetherCoalitionPersonnelWereInTheConvoyStaysOpen() {
        // Must not trigger: nobody says the troops were absent.
        let f = figures("""
            A roadside bomb hit a convoy of trucks carrying supplies for the U.S.-led coalition near Nasiriyah on \
            Wednesday, police said.

            It was not immediately clear whether any coalition personnel were traveling with it.
            """, published: "2021-06-03", at: "Nasiriyah")
        #expect(f.injured == "unknown")
    }

    @Test func driversWoundedAreCivilians() {
        let f = figures("""
            A roadside bomb struck a convoy carrying supplies for the U.S.-led coalition near Zubair on Wednesday, \
            wounding two Iraqi drivers, officials said.
            """, published: "2021-05-27", at: "Zubair")
        #expect(f.injured == "unknown")
    }

    // MARK: A toll that rises to a figure is that figure

    @Test func theNumberHadRisenToIsTheLatestCount() {
        let f = figures("""
            A drone struck the Tower 22 outpost in Jordan on Sunday, killing three US soldiers and wounding 34.

            A Pentagon spokeswoman told reporters on Tuesday the number had risen to more than 40, most of them with \
            traumatic brain injuries.
            """, published: "2024-01-31", at: "Tower 22")
        #expect(f.injured == "more than 40")
        #expect(f.killed == "3")
    }

    @Test func theNumberOfWoundedRoseToIsTheLatestCount() {
        let f = figures("""
            Rockets hit Ain al-Asad air base on Saturday, wounding two US service members. On Monday the Pentagon \
            said the number of wounded rose to four.
            """, published: "2024-01-23", at: "Ain al-Asad Air Base")
        #expect(f.injured == "4")
    }

    @Test func theNumberOfAttacksRisingIsNoToll() {
        // Must not trigger: the count that rose is of attacks, not of people hurt.
        let f = figures("""
            Rockets hit Ain al-Asad air base on Saturday, wounding two US service members. The number of attacks on \
            US forces has risen to more than 150 since October.
            """, published: "2024-01-23", at: "Ain al-Asad Air Base")
        #expect(f.injured == "2")
    }

    // MARK: People of an armed group are militia

    @Test func membersOfKataibHezbollahAreNoUSDead() {
        let f = figures("""
            Two rockets fired at the Conoco gas field base in Syria on Saturday landed outside the perimeter. A US \
            official said there were no US injuries. Iraqi officials said two members of Kataib Hezbollah were killed \
            the same evening near al-Qaim.
            """, published: "2024-08-07", at: "Conoco gas field")
        #expect(f.killed == "0")
    }

    @Test func membersOfTheServiceAreStillUS() {
        // Must not trigger: no armed group named.
        let f = figures("""
            Two rockets hit the Conoco gas field base in Syria on Saturday, wounding two members of the US military, \
            officials said.
            """, published: "2024-08-07", at: "Conoco gas field")
        #expect(f.injured == "2")
    }

    // MARK: "Among them a US soldier" names the US share of the people counted, whatever was read before

    @Test func germanDarunterEinUSSoldatIsOneUSInjured() {
        let f = figures("""
            Auf den Flughafen von Erbil im Nordirak, wo Soldaten der US-geführten Koalition stationiert sind, wurden am \
            Montagabend mehrere Raketen abgefeuert. Dabei starb ein ausländischer ziviler Vertragsarbeiter, mehrere \
            Menschen wurden verletzt, darunter ein US-Soldat.
            """, published: "2021-02-16", at: "Erbil Air Base")
        #expect(f.injured == "1")
    }

    @Test func peopleWoundedWithNoneNamedAmongThemAreNoUSFigure() {
        // Must not trigger: no US share is named, and people are nobody's we can tell.
        let f = figures("""
            Rockets hit Erbil airport on Monday. A foreign contractor was killed and several people were wounded, \
            officials said.
            """, published: "2021-02-16", at: "Erbil Air Base")
        #expect(f.injured == "unknown")
    }
}
