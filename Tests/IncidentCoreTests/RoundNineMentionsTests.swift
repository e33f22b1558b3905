import Testing
@testable import IncidentCore

/// Extraction of an article whose first line is its headline, as the ingest layer passes it.
private func document(_ headline: String, _ body: String, published: String) -> [ExtractedIncident] {
    ExtractionFixtures.extractor.extract(title: headline, body: headline + "\n\n" + body,
                                         published: CalendarDay(iso: published)).incidents
}

/// Round 9: a statement, a release, a channel's posts or a briefing tells its own news by dates: the attacks it
/// dates to its day of issue or the two days before are attacks, not earlier events recalled.
@Suite struct DocumentNewsTests {
    @Test func aReleaseKeepsItsAttackOfTheDayBeforeAtAnotherSite() {
        let found = document("CENTCOM Statement on Attacks Against U.S. Forces in Syria", """
            On March 24, at approximately 10:30 a.m., U.S. forces at Mission Support Site Green Village were attacked \
            with multiple rockets. There were no U.S. injuries.

            Earlier, on March 23, a one-way attack drone struck a maintenance facility on a coalition base near \
            Hasakah.
            """, published: "2023-03-25")
        #expect(found.filter { $0.kind == .attack }.count == 2)
        #expect(!found.contains { $0.kind == .mention })
    }

    @Test func aGroupsPostsKeepEveryOperationOfTheirDays() {
        let found = document("Islamic Resistance in Iraq claims: translated posts", """
            Post 1. The mujahideen of the Islamic Resistance in Iraq targeted on Sunday evening the American occupation \
            base at al-Shaddadi with a salvo of rockets.

            Post 2. At dawn today, Monday, the mujahideen struck the occupation base of Ain al-Asad with two drones.
            """, published: "2023-11-20")
        #expect(found.filter { $0.kind == .attack }.count == 2)
        #expect(!found.contains { $0.kind == .mention })
    }

    @Test func aBriefingKeepsTheNightBeforeYesterday() {
        let found = document("Pentagon Press Secretary Holds a Press Briefing", """
            MR. KIRBY: Yesterday, 14 rockets impacted Al Asad Air Base and its perimeter. And then, just to round \
            it out, on Tuesday night there was a drone attack near the airport in Erbil. No injuries there.
            """, published: "2021-07-08")
        #expect(found.contains { $0.kind == .attack && $0.location == "Erbil Air Base" })
        #expect(!found.contains { $0.kind == .mention })
    }

    /// Older days in a document are still recalled.
    @Test func anOlderDayInAReleaseIsStillAMention() {
        let found = document("CENTCOM Statement on Attacks Against U.S. Forces in Syria", """
            On Aug. 26, U.S. forces at Mission Support Site Green Village were attacked with two rockets. There \
            were no injuries. On Aug. 9, a one-way attack drone struck Rumalyn Landing Zone, injuring eight U.S. \
            service members.
            """, published: "2024-08-27")
        #expect(found.contains { $0.kind == .mention && $0.location == "Rumalyn Landing Zone" })
    }

    /// News copy about the same days still recalls: only a document tells its own news this way.
    @Test func aNewsStoryStillRecallsTheDayBefore() {
        let found = document("Rockets hit Green Village in Syria", """
            Rockets struck Mission Support Site Green Village on March 24, officials said. The attack follows a \
            strike by a one-way drone on a coalition base near Hasakah on March 23.
            """, published: "2023-03-25")
        #expect(found.contains { $0.kind == .mention })
    }

    /// A release that reports a US strike tells the attacks it answers as background.
    @Test func aStrikeReleaseStillRecallsTheAttackItAnswers() {
        let found = document("U.S. Conducts Defensive Strikes in Iraq and Syria", """
            U.S. forces have conducted precision defensive strikes against five facilities in Iraq and Syria. The \
            strikes were conducted Sunday, Dec. 29. On Dec. 27, more than 30 rockets hit K-1 near Kirkuk, killing a \
            U.S. contractor.
            """, published: "2019-12-29")
        #expect(found.contains { $0.kind == .mention && $0.date.day == ExtractionFixtures.day("2019-12-27") })
        #expect(!found.contains { $0.kind == .attack })
    }
}

/// Round 9: what came a counted number of days (or weeks) before the story's attack is another event, at the story's
/// own site as much as at another: a clause of its own, dated by counting back, whose toll is never the story's.
@Suite struct CountedDaysAfterTests {
    @Test func theSameBaseThreeDaysBeforeIsAMentionWithItsOwnToll() {
        let found = ExtractionFixtures.incidents("""
            Rockets slammed into Camp Taji north of Baghdad on Saturday, wounding two U.S. troops. The barrage came \
            three days after a rocket attack on Camp Taji killed two U.S. service members and a British soldier.
            """, published: "2020-03-15")
        let attack = found.first { $0.kind == .attack }
        #expect(attack?.usKilled.spelled != "2")
        let m = found.first { $0.kind == .mention }
        #expect(m?.location == "Camp Taji")
        #expect(m?.date.day == ExtractionFixtures.day("2020-03-11"))
        #expect(m?.usKilled.spelled == "2")
    }

    @Test func aSimilarAttackWithATollIsOneEvenWhereNoSiteIsNamed() {
        let found = ExtractionFixtures.incidents("""
            Two rockets hit Ain al-Asad air base on Monday, causing no casualties, officials said. The attack came \
            two days after a similar attack on the base killed two American soldiers.
            """, published: "2021-03-09")
        let m = found.first { $0.kind == .mention }
        #expect(m?.date.day == ExtractionFixtures.day("2021-03-06"))
        #expect(m?.usKilled.spelled == "2")
        #expect(found.first { $0.kind == .attack }?.usKilled.spelled == "0")
    }

    @Test func aDayAfterAtAnotherSiteWithoutADayOfItsOwn() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Balad air base on Saturday, officials said. The attack came a day after a drone hit \
            Erbil airport, wounding a U.S. service member.
            """, published: "2021-02-21")
        let m = found.first { $0.kind == .mention && $0.location == "Erbil Air Base" }
        #expect(m?.date.day == ExtractionFixtures.day("2021-02-19"))
        #expect(m?.usInjured.spelled == "1")
    }

    /// "the attacks" named again after "a day after" are the story's own: nothing is cut off.
    @Test func theStorysAttacksNamedAgainAreNoEarlierEvent() {
        let found = ExtractionFixtures.incidents("""
            Drones struck Al-Asad Air Base on Oct. 18, the Pentagon said. Ryder had said a day after the attacks that \
            no U.S. personnel were killed at Al-Asad.
            """, published: "2023-10-25")
        #expect(!found.contains { $0.kind == .mention })
    }

    /// Hours apart both are the day's news.
    @Test func hoursAfterIsNoEarlierEvent() {
        let found = ExtractionFixtures.incidents("""
            Rockets hit Camp Taji on Saturday, wounding two U.S. troops. The barrage came hours after a rocket attack \
            on Balad air base wounded an Iraqi soldier.
            """, published: "2020-03-15")
        #expect(!found.contains { $0.kind == .mention })
    }
}

/// Round 9: "a week ago", "two weeks ago" date what they tell to that week before publication.
@Suite struct WeeksAgoTests {
    private func dates(_ s: String) -> [DateMention] {
        let tokens = TextScanner.tokens(of: s)
        return DateFinder.find(in: 0..<tokens.count, tokens: tokens, published: CalendarDay(iso: "2024-01-29"))
    }

    @Test func aWeekAgoIsTheWeekBefore() {
        let d = dates("A week ago, militants fired missiles at the base.")
        #expect(d.first?.precision == .week)
        #expect(d.first?.day == ExtractionFixtures.day("2024-01-22"))
    }

    @Test func twoWeeksAgoIsTwoWeeksBefore() {
        let d = dates("The base was hit two weeks ago as well.")
        #expect(d.first?.precision == .week)
        #expect(d.first?.day == ExtractionFixtures.day("2024-01-15"))
    }

    /// "last week" and "this week" are read as before; "a week" with no "ago" is no date.
    @Test func aWeekWithoutAgoIsNoDate() {
        #expect(dates("The rockets hit a week of quiet.").isEmpty)
        #expect(dates("Rockets hit the base last week.").first?.precision == .week)
    }

    @Test func anAttackAWeekAgoIsAMention() {
        let found = ExtractionFixtures.incidents("""
            A drone struck Tower 22 in Jordan on Sunday, killing three American soldiers. A week ago, militants \
            fired ballistic missiles at Al-Asad Air Base, wounding several U.S. service members.
            """, published: "2024-01-29")
        #expect(found.contains { $0.kind == .mention && $0.location == "Ain al-Asad Air Base" && $0.date.precision == .week })
        #expect(found.filter { $0.kind == .attack }.count == 1)
    }
}

/// Round 9: a lead that dates news of its own to a recent day (an army downing a drone, a launcher seized) makes the
/// story about that news: the earlier attack its body recalls is a mention, not a follow-up's own attack.
@Suite struct LeadNewsOfItsOwnTests {
    @Test func anArmyDowningADroneRecallsTheEarlierAttack() {
        let found = ExtractionFixtures.incidents("""
            The Jordanian army said on Thursday that its border guards shot down a drone carrying explosives that \
            had crossed from Syria on Wednesday night. The incident comes less than three weeks after a drone struck \
            Tower 22 on January 28, killing three US soldiers.
            """, published: "2024-02-15")
        #expect(!found.contains { $0.kind == .attack })
        #expect(found.contains { $0.kind == .mention && $0.location == "Tower 22" && $0.usKilled.spelled == "3" })
    }

    @Test func aSeizedLauncherRecallsTheEarlierAttack() {
        let found = ExtractionFixtures.incidents("""
            Iraqi forces said on Friday they had seized a rocket launcher in the desert west of Ramadi on Thursday \
            evening, before it could be fired. The seizure comes after rockets struck Ain al-Asad air base on Aug. 5, \
            wounding five U.S. service members.
            """, published: "2024-08-17")
        #expect(found.contains { $0.kind == .mention && $0.location == "Ain al-Asad Air Base" })
        #expect(!found.contains { $0.kind == .attack })
    }

    /// A follow-up whose lead only dates its telling is still about the earlier attack.
    @Test func aFollowUpThatOnlyTellsStaysTheAttacksStory() {
        let found = ExtractionFixtures.incidents("""
            The Pentagon said on Tuesday that the number of troops diagnosed with brain injuries from the missile \
            attack on Al-Asad Air Base has risen to 109. Iran fired ballistic missiles at the base on Jan. 8.
            """, published: "2020-02-11")
        #expect(found.contains { $0.kind == .attack && $0.location == "Ain al-Asad Air Base" })
    }
}

/// Round 9: a post or statement stamped by its heading with its own day tells "today", "tonight", "this evening"
/// from that day, not from the day a digest of several posts was published.
@Suite struct PostedDayTests {
    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.incidents(body, published: published).filter { $0.kind == .attack }
    }

    @Test func tonightUnderAStampedPostIsThePostsDay() {
        let found = attacks("""
            Post 1 — Tuesday, 24 October, 22:37

            The mujahideen of the Islamic Resistance in Iraq targeted tonight the Ain al-Asad base with two drones.
            """, published: "2023-10-25")
        #expect(found.first?.date.day == ExtractionFixtures.day("2023-10-24"))
    }

    @Test func thisEveningUnderAPostedStatementIsThatDay() {
        let found = attacks("""
            Statement 2 — posted Tuesday 7 November 2023, 21:16

            The mujahideen of the Islamic Resistance in Iraq targeted this evening the American occupation base of \
            Harir with two drones.
            """, published: "2023-11-08")
        #expect(found.first?.date.day == ExtractionFixtures.day("2023-11-07"))
    }

    /// A weekday is read as before, and without a stamped heading "tonight" is the day of publication.
    @Test func withoutAStampTonightIsTheDayOfPublication() {
        let found = attacks("""
            The mujahideen of the Islamic Resistance in Iraq targeted tonight the Ain al-Asad base with two drones.
            """, published: "2023-10-25")
        #expect(found.first?.date.day == ExtractionFixtures.day("2023-10-25"))
    }
}

/// Round 9: a lead that names no site but dates its attack to a whole day makes an attack told at a site on the whole
/// day before an earlier event, as two whole days are for one site; a lead counting attacks "since" a day does not.
@Suite struct WholeDayBeforeSitelessLeadTests {
    @Test func theWholeDayBeforeAtASiteIsAMention() {
        let found = ExtractionFixtures.incidents("""
            Iran-backed militants fired rockets at U.S. troops in northeastern Syria on Tuesday, a U.S. official said. \
            On Monday, a one-way attack drone slammed into Erbil Air Base, wounding three U.S. service members.
            """, published: "2023-12-27")
        #expect(found.contains { $0.kind == .mention && $0.location == "Erbil Air Base" && $0.usInjured.spelled == "3" })
    }

    @Test func anotherWordingOfTheSameSpan() {
        let found = ExtractionFixtures.incidents("""
            Drones targeted American troops in Iraq on Thursday, the Pentagon said. On Wednesday, two drones targeted \
            al-Tanf garrison in southern Syria.
            """, published: "2023-10-20")
        #expect(found.contains { $0.kind == .mention && $0.location == "Al-Tanf Garrison" })
    }

    /// "overnight" spans two days: the day before is not surely another.
    @Test func aLeadNearMidnightStillAsksTwoDays() {
        let found = ExtractionFixtures.incidents("""
            Drones targeted American troops in Iraq overnight, officials said on Thursday. On Wednesday, two drones \
            targeted al-Tanf garrison in southern Syria.
            """, published: "2023-10-19")
        #expect(!found.contains { $0.kind == .mention })
    }

    @Test func aLeadCountingSinceADayKeepsItsAttacks() {
        let found = ExtractionFixtures.incidents("""
            There have been four attacks on U.S. troops in Syria since Sunday, a defense official said on Monday. On \
            Sunday, drones attacked U.S. forces at Green Village.
            """, published: "2023-11-13")
        #expect(!found.contains { $0.kind == .mention })
    }
}

/// Round 9: "On July 7, 14 rockets ..." is one day and a count; a clause cut off at "a day after" counts back from
/// the day its sentence told before the phrase.
@Suite struct CountAfterADayTests {
    private func dates(_ s: String) -> [DateMention] {
        let tokens = TextScanner.tokens(of: s)
        return DateFinder.find(in: 0..<tokens.count, tokens: tokens, published: CalendarDay(iso: "2021-07-20"))
    }

    @Test func aNumberCountingRocketsIsNoSecondDay() {
        #expect(dates("On July 7, 14 rockets slammed into the base.").count == 1)
        #expect(dates("On July 7, 30 drones were fired.").count == 1)
    }

    /// "July 16 and 25" and "July 16, 25" at the end of a clause are still two days.
    @Test func twoDaysOfAMonthStayTwo() {
        #expect(dates("The base was hit on July 16 and 25 attacks followed.").count == 2)
        #expect(dates("The base was hit on July 16, 25.").count == 2)
    }

    @Test func theCutOffClauseCountsBackFromItsSentencesDay() {
        let found = ExtractionFixtures.incidents("""
            A drone was shot down over Ain al-Asad air base late on Monday. On July 7, 14 rockets slammed into Ain \
            al-Asad, lightly wounding two US service members, a day after a drone attack on Erbil airport.
            """, published: "2021-07-20")
        #expect(found.contains { $0.kind == .mention && $0.location == "Erbil Air Base"
            && $0.date.day == ExtractionFixtures.day("2021-07-06") })
        #expect(!found.contains { $0.date.day == ExtractionFixtures.day("2021-07-14") })
    }
}
