import Testing
@testable import IncidentCore

/// Round 8: earlier attacks recalled in passing (mentions), and the days of found incidents.
/// A story attack told only as what someone said on a day ("said on Wednesday that rockets fell") happened that day,
/// so the same site named again on a whole day before it is an earlier attack there.
@Suite struct ReportedDayOfTheStoryTests {
    @Test func theSameSiteOnTheDayBeforeTheReportedDayIsAnEarlierAttack() {
        let found = ExtractionFixtures.incidents("""
            Iraqi security officials said on Thursday that three rockets landed inside the Ain al-Asad air base in \
            Anbar province, causing no casualties. On Wednesday, a drone was shot down near Ain al-Asad.
            """, published: "2022-01-07")
        let attack = found.first { $0.kind == .attack }
        #expect(attack?.date == IncidentDate(day: ExtractionFixtures.day("2022-01-06"), precision: .day))
        #expect(attack?.weapons == [.rocket])
        let m = found.first { $0.kind == .mention }
        #expect(m?.location == "Ain al-Asad Air Base")
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2022-01-05"), precision: .day))
        #expect(m?.weapons == [.drone])
    }

    @Test func anotherWordingOfTheReportedDayDoesToo() {
        let found = ExtractionFixtures.incidents("""
            The US-led coalition announced on Sunday that two Katyusha rockets struck Camp Taji north of Baghdad. \
            On Saturday, rockets also landed inside Camp Taji, officials said.
            """, published: "2020-06-15")
        #expect(found.contains { $0.kind == .attack && $0.date.day == ExtractionFixtures.day("2020-06-14") })
        #expect(found.contains { $0.kind == .mention && $0.location == "Camp Taji"
            && $0.date.day == ExtractionFixtures.day("2020-06-13") })
    }

    /// A day on which something else was done about the attack (names released) does not date it.
    @Test func aDayNamesWereReleasedDoesNotDateTheAttack() {
        let found = ExtractionFixtures.incidents("""
            The Pentagon on Friday released the names of two U.S. soldiers killed in the rocket attack on Camp Taji. \
            Both died in the attack late Wednesday.
            """, published: "2020-03-14")
        #expect(!found.contains { $0.kind == .mention })
        #expect(found.first { $0.kind == .attack }?.date.day == ExtractionFixtures.day("2020-03-11"))
    }
}

/// A counting sentence that names the attacks it is made of, at sites, tells those earlier events: one mention per
/// site, even with no day of their own.
@Suite struct AttacksNamedInACountTests {
    private let story = "Rockets were fired at the Kharab al-Jir airstrip in Hasakah province on Thursday evening, a defense official said. No injuries were reported. "

    @Test func aTollFromAttacksAtTwoSitesIsTwoMentions() {
        let found = ExtractionFixtures.incidents(story + """
            The Pentagon says there have been at least 27 attacks since Oct. 17, and that 45 service members have \
            suffered minor injuries, most of them from drone attacks at al-Tanf and Ain al-Asad.
            """, published: "2023-11-03")
        #expect(found.filter { $0.kind == .attack }.count == 1)
        let mentions = found.filter { $0.kind == .mention }
        #expect(Set(mentions.compactMap(\.location)) == ["Al-Tanf Garrison", "Ain al-Asad Air Base"])
        #expect(mentions.allSatisfy { $0.weapons == [.drone] })
    }

    @Test func attacksIncludedInACountAreMentionsToo() {
        let found = ExtractionFixtures.incidents(story + """
            U.S. forces have come under attack more than 40 times since mid-October, including rocket attacks on the \
            Conoco gas field.
            """, published: "2023-11-03")
        #expect(found.contains { $0.kind == .mention && $0.location == "Conoco gas field" && $0.weapons == [.rocket] })
        #expect(!found.contains { $0.kind == .attack && $0.location == "Conoco gas field" })
    }

    /// Counts per site are runs of attacks, not events.
    @Test func countsPerSiteAreNoMentions() {
        let found = ExtractionFixtures.incidents(story + """
            Monitors have documented 33 attacks on coalition bases in Syria since October 19, including 15 attacks \
            on the base in Al-Omar oil field and 8 attacks on the Conoco gas field.
            """, published: "2023-11-03")
        #expect(!found.contains { $0.kind == .mention })
        #expect(found.count == 1)
    }
}

/// An attack the story calls "similar" to its own, told with a day before the story's, is an earlier event (a mention),
/// wherever it was; "a similar device" is of the story's kind of weapon.
@Suite struct SimilarEarlierAttackTests {
    @Test func aSimilarDeviceOnAnEarlierDayIsAMentionWithTheStorysWeapon() {
        let found = ExtractionFixtures.incidents("""
            A roadside bomb struck a convoy carrying supplies for the US-led coalition on Tuesday near Samawah, a \
            security source said. No one was hurt. On Saturday, a similar device went off beside a coalition convoy \
            near the town of Nasiriyah, damaging a truck.
            """, published: "2021-06-02")
        #expect(found.filter { $0.kind == .attack }.count == 1)
        let m = found.first { $0.kind == .mention }
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2021-05-29"), precision: .day))
        #expect(m?.weapons == [.ied])
    }

    @Test func aSimilarAttackAtANamedBaseIsAMentionToo() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Balad air base north of Baghdad on Thursday, Iraqi officials said. On Tuesday, a similar \
            attack hit Ain al-Asad air base, causing no casualties.
            """, published: "2019-12-06")
        #expect(found.contains { $0.kind == .mention && $0.location == "Ain al-Asad Air Base" })
        #expect(!found.contains { $0.kind == .attack && $0.location == "Ain al-Asad Air Base" })
    }

    /// Without a day before the story's, "similar" alone makes no earlier event.
    @Test func aSimilarAttackOnTheStorysDayIsNotRecalled() {
        let found = ExtractionFixtures.incidents("""
            A roadside bomb struck a convoy carrying supplies for the US-led coalition on Tuesday near Samawah, a \
            security source said. Hours later on Tuesday, a similar device went off beside a coalition convoy near \
            the town of Nasiriyah.
            """, published: "2021-06-02")
        #expect(!found.contains { $0.kind == .mention })
    }
}

/// An attack named after "since the", at a site and on a day of its own, is the earlier event the story's is measured
/// against (a mention), not more of the story's attack.
@Suite struct MeasuredSinceEarlierAttackTests {
    @Test func theDeadliestSinceAnEarlierAttackRecallsIt() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Camp Taji north of Baghdad on Wednesday night, killing two American service members. \
            Wednesday's attack was the deadliest against U.S. forces in Iraq since the Dec. 27 rocket strike on K-1 \
            that killed a U.S. contractor.
            """, published: "2020-03-13")
        let attacks = found.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first?.location == "Camp Taji")
        let m = found.first { $0.kind == .mention }
        #expect(m?.location == "K-1 Air Base")
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2019-12-27"), precision: .day))
    }

    @Test func theHeaviestSinceAnEarlierAttackOnTheSameBaseRecallsItToo() {
        let found = ExtractionFixtures.incidents("""
            Ballistic missiles struck Ain al-Asad air base on Saturday evening, U.S. Central Command said. Saturday's \
            attack was the heaviest on the base since the Jan. 8, 2020, Iranian missile attack on Ain al-Asad.
            """, published: "2024-01-21")
        #expect(found.first { $0.kind == .attack }?.date.day == ExtractionFixtures.day("2024-01-20"))
        #expect(found.contains { $0.kind == .mention && $0.date.day == ExtractionFixtures.day("2020-01-08") })
    }

    /// "since" opening a period, or a US strike after "since the", recalls no attack.
    @Test func aPeriodOrAUSStrikeAfterSinceIsNoMention() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Balad air base on Sunday, Iraqi officials said. Bases hosting U.S. troops have come under \
            frequent rocket attacks since the U.S. drone strike that killed Qassem Soleimani at Baghdad airport on \
            Jan. 3, 2020, and more than 20 attacks have hit them since Oct. 17.
            """, published: "2021-04-19")
        #expect(!found.contains { $0.kind == .mention })
    }
}

/// A place as written (a town, "a base near Hasakah") is another site as a known one is: an attack there on a day
/// before the story's is an earlier event; two whole days one apart are two days.
@Suite struct WrittenOtherSiteEarlierDayTests {
    @Test func aDroneNearATownTheDayBeforeIsAMention() {
        let found = ExtractionFixtures.incidents("""
            Ten rockets were launched at Mission Support Site Green Village on Friday, U.S. Central Command said. No \
            U.S. personnel were hurt. These attacks follow a strike by a one-way drone on a coalition base near \
            Hasakah on Thursday that killed a U.S. contractor.
            """, published: "2023-03-25")
        #expect(found.filter { $0.kind == .attack }.count == 1)
        let m = found.first { $0.kind == .mention }
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2023-03-23"), precision: .day))
        #expect(m?.weapons == [.drone])
    }

    @Test func aLeadWithoutASiteOnAWholeDayDatesTheStoryToo() {
        let found = ExtractionFixtures.incidents("""
            A base used by U.S. troops in eastern Syria was attacked with rockets on Friday, officials said. The \
            rockets were fired at the Green Village base. On Thursday, a drone struck a coalition base near the town \
            of Qamishli, wounding five U.S. service members.
            """, published: "2023-03-25")
        #expect(found.filter { $0.kind == .attack }.count == 1)
        #expect(found.contains { $0.kind == .mention && $0.usInjured == Figure(count: 5) })
    }

    /// The story's own place, written again, is no other site.
    @Test func theStorysOwnWrittenPlaceIsNoOtherSite() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck a coalition base near Hasakah early Friday, officials said. Late Thursday, sirens had \
            sounded as a first rocket landed at the base near Hasakah.
            """, published: "2023-03-25")
        #expect(!found.contains { $0.kind == .mention })
        #expect(found.filter { $0.kind == .attack }.count == 1)
    }
}

/// "... on October 17 and again on Monday night": a weekday after "again" is the day an earlier event happened once
/// more, a mention of its own at the site the clause was told at.
@Suite struct AgainOnADayTests {
    private let story = "A drone that targeted the Harir base in Erbil province was shot down on Thursday, officials said. "

    @Test func againOnAWeekdayIsASecondEarlierAttack() {
        let found = ExtractionFixtures.incidents(story + """
            The Harir base hosts U.S. special forces. It was previously targeted by drones on October 17 and again on \
            Monday night, when two drones were shot down.
            """, published: "2023-11-10")
        let mentions = found.filter { $0.kind == .mention }
        #expect(Set(mentions.compactMap(\.date.day)) == [ExtractionFixtures.day("2023-10-17"), ExtractionFixtures.day("2023-11-06")])
        #expect(mentions.allSatisfy { $0.location == "Al-Harir Air Base" && $0.weapons == [.drone] })
    }

    @Test func againLateOnAWeekdayDoesToo() {
        let found = ExtractionFixtures.incidents(story + """
            Rockets struck the Harir base on Oct. 25, and again late on Tuesday, causing no damage.
            """, published: "2023-11-10")
        #expect(found.contains { $0.kind == .mention && $0.date.day == ExtractionFixtures.day("2023-11-07") })
    }

    /// Without "again" a weekday in a background clause stays a day of telling, as before.
    @Test func aWeekdayWithoutAgainIsNotRecalled() {
        let found = ExtractionFixtures.incidents(story + """
            The Harir base was previously targeted by drones on October 17, officials said on Monday.
            """, published: "2023-11-10")
        #expect(!found.contains { $0.kind == .mention && $0.date.day == ExtractionFixtures.day("2023-11-06") })
    }
}

/// An attack told at "the same area" (place, spot) is at the site told last before it: with an earlier day, a mention
/// there, though the clause names no site and no US forces.
@Suite struct SameAreaEarlierAttackTests {
    @Test func aDroneDownedInTheSameAreaLastWeekIsAMentionThere() {
        let found = ExtractionFixtures.incidents("""
            A drone was shot down near Erbil International Airport, where coalition forces are stationed, late on \
            Wednesday, officials said. Last Wednesday, a drone was downed in the same area.
            """, published: "2023-10-26")
        #expect(found.filter { $0.kind == .attack }.count == 1)
        let m = found.first { $0.kind == .mention }
        #expect(m?.location == "Erbil Air Base")
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2023-10-18"), precision: .day))
    }

    @Test func rocketsThatFellInTheSamePlaceDaysEarlierAreAMentionToo() {
        let found = ExtractionFixtures.incidents("""
            Three rockets struck Ain al-Asad air base in Anbar province on Friday, the coalition said. On Tuesday, two \
            rockets had struck the same place, causing no damage.
            """, published: "2021-03-06")
        #expect(found.contains { $0.kind == .mention && $0.location == "Ain al-Asad Air Base"
            && $0.date.day == ExtractionFixtures.day("2021-03-02") })
    }

    /// "the same" with no place noun points at nothing.
    @Test func theSameWithoutAPlaceNounCarriesNoSite() {
        let found = ExtractionFixtures.incidents("""
            A drone was shot down near Erbil International Airport late on Wednesday, officials said. Last Wednesday, \
            a drone was downed at the same time of night, outside the city.
            """, published: "2023-10-26")
        #expect(!found.contains { $0.kind == .mention && $0.location == "Erbil Air Base" })
    }
}

/// "Nella notte tra lunedì e martedì" (read "in the night among Monday and Tuesday") is one night, dated to the day it
/// began, as "the night between Monday and Tuesday" is: one date, not two days splitting the clause.
@Suite struct NightBetweenTwoDaysTests {
    private func dates(_ words: String) -> [DateMention] {
        let text = ScannedText(words)
        return DateFinder.find(in: 0..<text.tokens.count, tokens: text.tokens, published: CalendarDay(iso: "2023-11-14"))
    }

    @Test func theNightAmongTwoDaysIsOneNightSpan() {
        for words in ["in the night among monday and tuesday", "in the night between monday and tuesday"] {
            let found = dates(words)
            #expect(found.count == 1, "\(words)")
            #expect(found.first?.day == ExtractionFixtures.day("2023-11-13"), "\(words)")
            #expect(found.first?.isNightSpan == true, "\(words)")
        }
    }

    /// Two days joined by "and" with no night before them stay two days.
    @Test func twoDaysWithoutANightStayTwo() {
        #expect(dates("among monday and tuesday").count == 2)
    }
}

/// The headline and lead may name the story's site before a later sentence gives its day; the same site on a day well
/// before that day is an earlier attack there. German copy: "Samstagvormittag", "Drei Tage nach", "das Lager", "das
/// Gelände" are read.
@Suite struct SiteToldBeforeTheDayTests {
    @Test func theSiteOfTheLeadAndTheDayOfALaterSentenceMakeTheStory() {
        let found = ExtractionFixtures.extractor.extract(title: "Rockets again hit Camp Taji base north of Baghdad", body: """
            Rockets again struck Camp Taji, the base north of Baghdad that houses coalition troops. \
            More than 30 rockets hit the compound on Saturday morning, the Iraqi military said. \
            On Wednesday evening, a rocket attack on Taji killed two U.S. soldiers and a British soldier.
            """, published: CalendarDay(iso: "2020-03-14")).incidents
        #expect(found.first { $0.kind == .attack }?.date.day == ExtractionFixtures.day("2020-03-14"))
        #expect(found.contains { $0.kind == .mention && $0.date.day == ExtractionFixtures.day("2020-03-11") })
    }

    @Test func germanCopyTellsTheSameStory() {
        let found = ExtractionFixtures.extractor.extract(title: "Irak: Erneut Raketenangriff auf Stützpunkt Tadschi", body: """
            Drei Tage nach dem tödlichen Angriff auf den Militärstützpunkt Tadschi nördlich von Bagdad ist das Lager \
            erneut mit Raketen beschossen worden. Mehr als 30 Raketen schlugen am Samstagvormittag auf dem Gelände \
            ein, wie das irakische Militär mitteilte. Bereits am Mittwochabend waren bei einem Raketenangriff auf \
            Tadschi zwei US-Soldaten getötet worden.
            """, published: CalendarDay(iso: "2020-03-14")).incidents
        let attack = found.first { $0.kind == .attack }
        #expect(attack?.date.day == ExtractionFixtures.day("2020-03-14"))
        #expect(attack?.location == "Camp Taji")
        #expect(found.contains { $0.kind == .mention && $0.date.day == ExtractionFixtures.day("2020-03-11") })
    }

    /// The attack a strike answered, named only as that ("Als Vergeltung für den tödlichen Angriff vom Mittwoch"),
    /// is not placed at the site by the headline.
    @Test func theAttackAStrikeAnsweredIsNotPlacedByTheHeadline() {
        let found = ExtractionFixtures.extractor.extract(title: "Erneut Raketen auf Stützpunkt Tadschi", body: """
            Nur drei Tage nach einem tödlichen Angriff ist der irakische Militärstützpunkt Tadschi erneut mit Raketen \
            beschossen worden. Mindestens 25 Raketen schlugen am Samstag auf dem Gelände ein. Als Vergeltung für den \
            tödlichen Angriff vom Mittwoch hatten die USA in der Nacht zum Freitag Stellungen der Miliz Kataib \
            Hisbollah bombardiert.
            """, published: CalendarDay(iso: "2020-03-15")).incidents
        #expect(!found.contains { $0.kind == .mention && $0.location == "Camp Taji" })
        #expect(found.filter { $0.kind == .attack }.count == 1)
    }

    /// A later clause on the story's own day at the site is still the story's attack.
    @Test func theSameDayIsStillTheStory() {
        let found = ExtractionFixtures.extractor.extract(title: "Rockets again hit Camp Taji base north of Baghdad", body: """
            Rockets again struck Camp Taji, the base north of Baghdad that houses coalition troops. \
            More than 30 rockets hit the compound on Saturday morning, the Iraqi military said. \
            Two more rockets landed at Taji on Saturday afternoon.
            """, published: CalendarDay(iso: "2020-03-14")).incidents
        #expect(!found.contains { $0.kind == .mention })
    }
}
