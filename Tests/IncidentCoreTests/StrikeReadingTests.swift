import Testing
@testable import IncidentCore

/// How US strikes are found and placed when the copy does not say "the U.S. struck": air strikes with the actor
/// far away or unnamed, targets in two countries, a strike dated by the sentence after it, an aircraft engaging a
/// launch site.
@Suite struct StrikeReadingTests {
    typealias F = ExtractionFixtures

    private func strikes(_ body: String, _ published: String) -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .usStrike }
    }

    @Test func airStrikesWithTheActorFarAwayAreAUSStrike() {
        let german = "Erst am Dienstagabend hatte das US-Militär auf Anordnung von Präsident Joe Biden Luftangriffe auf Bunker in der Provinz Deir as-Saur geflogen."
        #expect(strikes(german, "2022-08-25").first?.date.day == F.day("2022-08-23"))
        let english = "On Thursday night, on the orders of Defense Secretary Lloyd Austin, precise air strikes hit facilities used by groups tied to the Revolutionary Guard in eastern Syria."
        #expect(strikes(english, "2023-03-25").first?.country == "Syria")
    }

    @Test func strikesSomeoneOrderedAreAState() {
        let body = "Rockets struck Ain al-Asad on Wednesday. It was the first attack on US interests since President Joe Biden ordered on Feb. 25 a bombing of facilities used by militias in eastern Syria."
        let s = strikes(body, "2021-03-04")
        #expect(s.first?.date.day == F.day("2021-02-25"))
        #expect(s.first?.country == "Syria")
        #expect(strikes("Erdogan ordered Turkish air strikes on Kurdish positions in Syria on Sunday.", "2024-01-15").isEmpty)
    }

    @Test func anotherNationsAirStrikesAreNoUSStrike() {
        #expect(strikes("Turkish air strikes hit Kurdish positions near Qamishli in Syria on Sunday.", "2024-01-15").isEmpty)
        #expect(strikes("Russian airstrikes struck rebel areas of Idlib in Syria on Monday.", "2024-01-16").isEmpty)
    }

    @Test func airStrikesAnAttackCameADayAfterAreBackground() {
        let body = "US troops in Syria came under rocket fire a day after airstrikes on militias. Rockets struck Green Village on Monday; there were no injuries."
        #expect(strikes(body, "2021-06-29").isEmpty)
    }

    @Test func targetsInTwoCountriesAreAStrikeInEach() {
        let french = "Les Etats-Unis ont mené dimanche 29 décembre des frappes aériennes contre cinq positions du Hezbollah, en Irak et en Syrie."
        #expect(Set(strikes(french, "2019-12-30").compactMap(\.country)) == ["Iraq", "Syria"])
        let border = "In the early hours of Sunday, the US military carried out airstrikes on facilities used by Kataib Hezbollah on both sides of the Iraq-Syria border, the Pentagon said."
        #expect(Set(strikes(border, "2021-06-28").compactMap(\.country)) == ["Iraq", "Syria"])
    }

    @Test func aCountryTheMilitiaCameFromIsNoSecondStrike() {
        let body = "U.S. jets struck a militia from Iraq that had attacked in Syria, hitting a depot near Albukamal on Sunday."
        #expect(strikes(body, "2023-11-13").count == 1)
    }

    @Test func aStrikeDatedByTheSentenceAfterItIsAStrikeOfItsOwn() throws {
        let body = "Rockets struck Al Asad Air Base on Monday, injuring several U.S. service members. The rocket attack came a week after U.S. forces struck a site near Musayyib, south of Baghdad. That strike, on July 30, killed several members of Kataib Hezbollah, the group said."
        let s = try #require(strikes(body, "2024-08-06").first)
        #expect(s.date.day == F.day("2024-07-30"))
        #expect(s.country == "Iraq")
        #expect(s.location == "Musayyib")
    }

    @Test func anAircraftEngagingTheLaunchSiteStrikesItInTheCountryItWasFiredFrom() throws {
        let body = "Militants fired at least five rockets from northern Iraq toward a base hosting U.S. troops in northeastern Syria late Sunday. No U.S. personnel were injured at Rumalyn Landing Zone, a U.S. defense official said Monday. A U.S. aircraft engaged the launch site in what the official called self-defense, destroying the rocket launcher."
        let s = try #require(strikes(body, "2024-04-22").first)
        #expect(s.country == "Iraq")
        #expect(s.date.day == F.day("2024-04-21"))
    }

    @Test func helicoptersRespondingStrike() throws {
        let body = "Rockets struck inside Mission Support Site Conoco on Wednesday, the command said. U.S. attack helicopters responded, killing two or three suspected militants who were preparing to launch more rockets."
        let s = try #require(strikes(body, "2022-08-25").first)
        #expect(s.weapons == [.airStrike])
        #expect(s.date.day == F.day("2022-08-24"))
    }

    @Test func anAircraftEngagingDronesIsAirDefenceNoStrike() {
        let body = "Two drones targeted Erbil air base on Wednesday. A U.S. aircraft engaged the drones and shot both down, officials said."
        #expect(strikes(body, "2023-10-19").isEmpty)
    }

    @Test func helicoptersOnlyFlyingOverStrikeNothing() throws {
        let body = "Rockets struck the Conoco field on Tuesday evening. US forces at the base responded with artillery shells towards the sources of fire near Khasham, and coalition helicopters flew over the area for an hour."
        let s = try #require(strikes(body, "2024-08-14").first)
        #expect(s.weapons == [.artillery])
    }

    @Test func aStrikeCarriedOutByADroneIsAnAirStrike() throws {
        let body = "The U.S. military carried out a strike in Iraq on Sunday against militants preparing to launch a drone. The strike, carried out by an armed U.S. drone, hit a launch site near Kirkuk, the official said."
        let s = try #require(strikes(body, "2023-12-04").first)
        #expect(s.weapons == [.airStrike])
    }

    @Test func aHeadlinesStrikeIsTheStrikeTheBodyDates() {
        let body = "Iraq condemns overnight air strikes near al-Qaim\n\nAir strikes late on Friday hit weapons depots used by Kataib Hezbollah at seven locations, three in Iraq and four in Syria, according to U.S. Central Command."
        let found = F.extractor.extract(title: "Iraq condemns overnight air strikes near al-Qaim", body: body,
                                        published: F.day("2024-02-03")).incidents.filter { $0.kind == .usStrike }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.date.day == F.day("2024-02-02") })
    }

    @Test func aQuickReplyToARecalledAttackIsOnItsDay() {
        let body = "The United States carried out air strikes against two facilities of Kataib Hezbollah in Iraq early on Wednesday. Austin said the strikes answered attacks on US forces, including one on Tuesday at Ain al-Asad airbase, in which the militia used ballistic missiles. That attack wounded eight US personnel. Within minutes, a US AC-130 gunship struck the vehicle that had been used to launch the missiles, the official added."
        let days = Set(strikes(body, "2023-11-22").compactMap(\.date.day))
        #expect(days == [F.day("2023-11-21"), F.day("2023-11-22")])
    }

    @Test func aReplyShortlyAfterADayTellsThatDay() {
        let body = "The U.S. military struck two facilities used by Kataib Hezbollah south of Baghdad early Wednesday, the Pentagon said. An AC-130 gunship already in the air struck back at the militants' vehicle shortly after Tuesday's attack, killing several, officials said."
        let days = Set(strikes(body, "2023-11-22").compactMap(\.date.day))
        #expect(days == [F.day("2023-11-21"), F.day("2023-11-22")])
    }

    @Test func strikesToldOneAfterAnotherWithTheirOwnTargetsAreTwo() {
        let body = "U.S. fighter jets struck two facilities in eastern Syria on Sunday, Austin said. The strikes came in two parts. The first hit a training facility near Albukamal, close to the Iraqi border. Minutes later, the jets struck a safe house near Mayadin."
        let found = strikes(body, "2023-11-13")
        #expect(found.compactMap(\.location).sorted() == ["Albukamal", "Mayadin"])
        #expect(found.allSatisfy { $0.date.day == F.day("2023-11-12") })
        #expect(!F.extract(body, published: "2023-11-13").incidents.contains { $0.kind == .attack })
    }

    @Test func oneStrikeOnTwoTargetsInOneSentenceIsOne() {
        let body = "U.S. F-15E jets struck a training facility near Albu Kamal and a safe house near Mayadin in Syria on Sunday."
        #expect(strikes(body, "2023-11-13").count == 1)
    }
}
