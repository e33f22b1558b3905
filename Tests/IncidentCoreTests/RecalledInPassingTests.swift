import Testing
@testable import IncidentCore

/// Round 7: earlier attacks recalled in passing. A headline that opens with a US strike and gives an attack as its
/// reason is about the strike; "The strikes followed ..." ties the attack to what came before, as "after" does.
@Suite struct RecalledInPassingTests {
    private func extract(title: String, _ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extractor.extract(title: title, body: body, published: CalendarDay(iso: published)).incidents
    }

    private let strikeLead = """
        U.S. F-15E jets struck two weapons depots near Mayadin in eastern Syria on Thursday, the Pentagon said. \
        On Tuesday, a one-way attack drone struck the Rumalyn base, wounding two U.S. service members.
        """

    @Test func aStrikeHeadlineWithAfterGivesTheAttackAsItsReason() {
        let incidents = extract(title: "US strikes militia depots in Syria after drone attack on Rumalyn base", strikeLead,
                                published: "2024-02-16")
        #expect(!incidents.contains { $0.kind == .attack })
        let m = incidents.first { $0.kind == .mention }
        #expect(m?.location == "Rumalyn Landing Zone")
        #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2024-02-13"), precision: .day))
    }

    @Test func aStrikeHeadlineWithOverOrInRetaliationForDoesToo() {
        for title in ["US jets pound Iran-backed militias in Syria over drone attacks",
                      "Pentagon strikes militia sites in retaliation for drone attack on troops"] {
            let incidents = extract(title: title, strikeLead, published: "2024-02-16")
            #expect(!incidents.contains { $0.kind == .attack }, "\(title)")
            #expect(incidents.contains { $0.kind == .mention && $0.location == "Rumalyn Landing Zone" }, "\(title)")
        }
    }

    @Test func aHeadlineThatTellsTheAttackFirstKeepsItNews() {
        for title in ["Drone attack wounds two US troops in Syria; US jets strike back",
                      "Drones hit US base in Syria after American airstrikes"] {
            let incidents = extract(title: title, strikeLead, published: "2024-02-16")
            #expect(incidents.contains { $0.kind == .attack && $0.location == "Rumalyn Landing Zone" }, "\(title)")
        }
    }

    @Test func strikesThatFollowedAnAttackAnswerIt() {
        let incidents = extract(title: "", """
            In retaliation, U.S. warplanes struck two facilities in eastern Syria used by Iran's Revolutionary Guards on \
            Monday, the Pentagon said. The strikes followed a drone attack on the Shaddadi base on Sunday that injured \
            two U.S. troops.
            """, published: "2023-11-20")
        let m = incidents.first { $0.kind == .mention }
        #expect(m?.location == "Al-Shaddadi")
        #expect(m?.usInjured == Figure(count: 2))
        #expect(!incidents.contains { $0.kind == .attack })
    }
}

/// Round 7: a lead whose main clause tells a US strike, and the attack only after "in response to", "in retaliation
/// for" or "after", reports the strike; the attack is what it answers, a mention.
@Suite struct AttackAnsweredInStrikeLeadTests {
    @Test func inResponseToTheSameDaysAttackIsItsMention() {
        let found = ExtractionFixtures.incidents("""
            U.S. forces struck nine targets at two locations in Syria on Monday in response to a rocket attack on American \
            troops at the Shaddadi base earlier in the day, U.S. Central Command said. Several rockets were fired at the \
            base, and no U.S. personnel were injured.
            """, published: "2024-11-12")
        #expect(!found.contains { $0.kind == .attack })
        let m = found.first { $0.kind == .mention }
        #expect(m?.location == "Al-Shaddadi")
        #expect(m?.usInjured == Figure(count: 0))
        #expect(found.contains { $0.kind == .usStrike })
    }

    @Test func aDayAfterAndInRetaliationForDoToo() {
        for body in ["""
            U.S. F-16 jets struck an ammunition depot near Mohassan in eastern Syria on Tuesday, a day after militants \
            fired rockets at the base at the Conoco gas field, a U.S. defense official said.
            """, """
            The United States carried out air strikes late on Tuesday against weapons depots of Kataib Hezbollah in Syria, \
            in retaliation for a rocket attack on the Conoco gas field base on Monday, the Pentagon said.
            """] {
            let found = ExtractionFixtures.incidents(body, published: "2024-02-14")
            #expect(!found.contains { $0.kind == .attack }, "\(body)")
            #expect(found.contains { $0.kind == .mention && $0.location == "Conoco gas field" }, "\(body)")
        }
    }

    @Test func aReplyShortlyAfterTheAttackKeepsItTheStorys() {
        let found = ExtractionFixtures.incidents("""
            A U.S. MQ-9 Reaper drone struck a team of militants near Kirkuk shortly after they fired rockets at Erbil Air \
            Base on Tuesday, the Pentagon said. No U.S. personnel were injured in the attack.
            """, published: "2023-12-06")
        #expect(found.contains { $0.kind == .attack && $0.location == "Erbil Air Base" })
    }

    @Test func aLeadThatTellsTheAttackFirstKeepsIt() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck the Conoco gas field base in eastern Syria on Monday, and U.S. jets struck a depot near \
            Mohassan after the attack, a U.S. defense official said.
            """, published: "2024-02-14")
        #expect(found.contains { $0.kind == .attack && $0.location == "Conoco gas field" })
    }
}

/// Round 7: two whole days, neither near midnight, are two days: the story's site named again on the day before is an
/// earlier attack there.
@Suite struct SameSiteDayBeforeTests {
    @Test func theSiteNamedAgainOnTheDayBeforeIsAMention() {
        for body in ["""
            Five Katyusha rockets targeted Ain al-Asad airbase in Anbar on Wednesday, security sources said. On Tuesday, \
            two drones were downed near Ain al-Asad itself.
            """, """
            Rockets struck Ain al-Asad air base on Wednesday, the coalition said. The day before, on Tuesday, coalition \
            air defenses shot down two drones approaching Ain al-Asad air base.
            """] {
            let found = ExtractionFixtures.incidents(body, published: "2022-01-05")
            #expect(found.filter { $0.kind == .attack }.count == 1, "\(body)")
            let m = found.first { $0.kind == .mention }
            #expect(m?.location == "Ain al-Asad Air Base", "\(body)")
            #expect(m?.date == IncidentDate(day: ExtractionFixtures.day("2022-01-04"), precision: .day), "\(body)")
        }
    }

    @Test func aNightBetweenTheTwoDaysKeepsOneAttack() {
        let found = ExtractionFixtures.incidents("""
            Rockets struck Ain al-Asad air base late on Tuesday, the coalition said. The barrage on Ain al-Asad began on \
            Monday night, officials said, and caused no casualties.
            """, published: "2022-01-05")
        #expect(!found.contains { $0.kind == .mention })
    }
}

/// Round 7: a sentence told on a day that gives its attacks "earlier in the week" dates them to that week.
@Suite struct WeekToldOnADayTests {
    @Test func earlierInTheWeekBeatsTheDayOfTelling() {
        let found = ExtractionFixtures.extract("""
            Drones targeted the US base at the Conoco gas field in Syria on Thursday, a war monitor said. On Wednesday, \
            the Pentagon said US forces had been targeted by drones at two bases earlier in the week. Drones struck \
            al-Tanf and the Ain al-Asad air base, a spokesman said.
            """, published: "2023-10-20").incidents
        let mentions = found.filter { $0.kind == .mention }
        #expect(Set(mentions.compactMap(\.location)) == ["Al-Tanf Garrison", "Ain al-Asad Air Base"])
        #expect(mentions.allSatisfy { $0.date.precision == .week })
    }

    @Test func earlierInTheWeekIsAWeek() {
        let dates = DateFinder.find(in: 0..<6, tokens: TextScanner.tokens(of: "drones struck earlier in the week ."),
                                    published: ExtractionFixtures.day("2023-10-20"))
        #expect(dates.first?.precision == .week)
    }

    @Test func aDayOfTellingAloneStillDatesTheSites() {
        let found = ExtractionFixtures.extract("""
            Drones targeted the US base at the Conoco gas field in Syria on Thursday, a war monitor said. On Tuesday, \
            the Pentagon said US forces had been targeted by drones. Drones struck al-Tanf, a spokesman said.
            """, published: "2023-10-20").incidents
        let m = found.first { $0.kind == .mention }
        #expect(m?.date.precision == .day)
    }
}

/// Round 7: a US response with no day of its own, told right after an earlier event, was that event's response.
@Suite struct ResponseToRecalledEventTests {
    @Test func theResponseAfterARecalledAttackIsNoStrike() {
        let found = ExtractionFixtures.extract("""
            Two rockets hit Ain al-Asad air base on Monday, causing no casualties, officials said. The deadliest attack \
            this year came in March, when rockets fired at Camp Taji killed two American service members. The United \
            States responded with airstrikes on Kataib Hezbollah weapons depots.
            """, published: "2020-09-30").incidents
        #expect(!found.contains { $0.kind == .usStrike })
        #expect(found.contains { $0.kind == .mention && $0.location == "Camp Taji" })
    }

    @Test func theResponseToTheStorysOwnAttackStays() {
        let found = ExtractionFixtures.extract("""
            Rockets struck the Conoco gas field base in Syria on Monday evening, officials said. U.S. forces responded \
            with artillery fire at the launch site.
            """, published: "2024-02-13").incidents
        #expect(found.contains { $0.kind == .usStrike })
    }
}
