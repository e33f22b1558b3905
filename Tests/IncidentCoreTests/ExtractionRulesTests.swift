import Testing
@testable import IncidentCore

/// The rules added for real reporting, one behaviour each: places, datelines, local time, outcome,
/// confirmation, casualty categories, event kinds and confidence.
@Suite struct ExtractionRulesTests {
    typealias F = ExtractionFixtures

    private func attacks(_ body: String, published: String = "2024-01-20") -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .attack || $0.kind == .partner }
    }

    private func only(_ body: String, published: String = "2024-01-20") throws -> ExtractedIncident {
        let found = attacks(body, published: published)
        #expect(found.count == 1, "\(F.dump(F.extract(body, published: published), body: body))")
        return try #require(found.first)
    }

    @Test(arguments: [
        ("Rockets hit the Ayn al-Asad airbase on Friday.", "Ain al-Asad Air Base"),
        ("Rockets hit the base aérienne d'Aïn al-Assad on Friday.", "Ain al-Asad Air Base"),
        ("A drone targeted the At-Tanf garrison on Friday.", "Al-Tanf Garrison"),
        ("A drone targeted the base of Al-Tanaf on Friday.", "Al-Tanf Garrison"),
        ("Rockets were fired at the Rmeilan base on Friday.", "Rumalyn Landing Zone"),
        ("Rockets were fired at the US base at Tel Beidar on Friday.", "Tal Baydar"),
        ("Rockets hit a base in the al-Baghdadi district on Friday.", "Ain al-Asad Air Base"),
        ("A drone hit a US position near Khasham on Friday.", "Conoco gas field"),
        ("Drones attacked the Luftwaffenstützpunkt Ain al-Assad in Irak on Friday.", "Ain al-Asad Air Base"),
        ("Rockets were fired at the base aérea de Ain al-Assad on Friday.", "Ain al-Asad Air Base"),
        ("Rockets were fired at the base aerea di Ain al Asad on Friday.", "Ain al-Asad Air Base"),
        ("Two drones attacked the Aïn el-Assad airbase on Friday.", "Ain al-Asad Air Base"),
        ("Drones hit the Al Shadadi base on Friday.", "Al-Shaddadi"),
    ])
    func placesGeneralise(_ text: String, _ site: String) throws {
        #expect(try only(text).location == site)
    }

    @Test func looserSpellingsAndTownsAreInferred() throws {
        #expect(try only("Rockets hit Ain al-Asad air base on Friday.").confidence["location"] == nil)
        #expect(try only("Rockets were fired at the Rmeilan base on Friday.").confidence["location"] == .inferred)
    }

    @Test func ambiguousPlaceIsFlaggedNotGuessed() throws {
        let a = try only("Two drones targeted a coalition base in Syria's Deir ez-Zor province on Friday.")
        #expect(a.location == "Deir ez-Zor")
        #expect(a.locationCandidates.count == 3)
        #expect(a.country == "Syria")
        #expect(a.confidence["location"] == .inferred)
    }

    @Test func unknownPlaceIsKeptAsWrittenWithItsCountry() throws {
        let a = try only("A rocket landed near a base at the Ain Zalah oil field in Iraq on Friday, causing no damage.")
        #expect(a.location == "Ain Zalah oil field")
        #expect(a.country == "Iraq")
    }

    @Test func launchSiteIsNotTheTarget() throws {
        let a = try only("Rockets fired from Iraq hit a US base in Syria on Friday.")
        #expect(a.country == "Syria")
        let b = try only("Rockets launched from inside Syria targeted a US base in Iraq on Friday.")
        #expect(b.country == "Iraq")
        #expect(try only("Drones attacked a US base in Syrie on Friday.").country == "Syria")
    }

    @Test func provinceOfABaseIsNotTheBase() throws {
        let a = try only("A drone targeted Al-Harir air base in Erbil province on Friday.")
        #expect(a.location == "Al-Harir Air Base")
    }

    @Test func datelineDatesTheStoryButIsNotTheEvent() throws {
        let body = "BAGHDAD, Jan 21, 2024 (Reuters) - Rockets hit Ain al-Asad air base on Saturday, officials said."
        let e = ExtractionFixtures.extractor.extract(title: "", body: body, published: nil)
        let a = try #require(e.incidents.first { $0.kind == .attack })
        #expect(a.date == IncidentDate(day: F.day("2024-01-20"), precision: .day))
        #expect(a.country == "Iraq")
    }

    @Test func aDatelineInPlainCaseWithTheOutletIsNotThePlace() throws {
        let a = try only("Bagdad/Washington (dpa) - Rockets hit a base in western Iraq on Monday, officials said.",
                         published: "2024-08-06")
        #expect(a.location == nil)
        #expect(a.country == "Iraq")
        let b = try only("Baghdad (AFP) - Rockets hit a base in western Iraq on Monday.", published: "2024-08-06")
        #expect(b.location == nil)
    }

    @Test func aDatelineWithTheCountryInBracketsAndAColonIsNotTheEventDay() throws {
        // "Erbil [Iraq], September 12 (ANI/Xinhua):" is the day of filing; "late on Saturday" is the attack's.
        let a = try only("Erbil [Iraq], September 12 (ANI/Xinhua): Two drones targeted the airport in Erbil late on Saturday.",
                         published: "2021-09-12")
        #expect(a.date.day == F.day("2021-09-11"))
    }

    @Test func sinceOpensACountedPeriodOnlyBeforeATime() throws {
        // Spanish "desde helicópteros" reads "since helicopteros": no period, so the toll is the story's.
        let body = "Tres militares estadounidenses han resultado heridos en dos ataques con cohetes perpetrados este "
            + "miércoles contra la Misión de Apoyo Conoco, en Siria, según el Mando Central, que ha respondido con "
            + "bombardeos desde helicópteros. Según el comunicado, los cohetes fueron lanzados desde el sur y las "
            + "milicias no han reivindicado los ataques."
        let a = try only(body, published: "2022-08-25")
        #expect(a.date.day == F.day("2022-08-24"))
        #expect(a.usInjured.count == 3)
        let range = 0..<ScannedText("three soldiers were hurt since October").tokens.count
        #expect(TotalFinder.cumulativeInjuries(in: range, tokens: ScannedText("three soldiers were hurt since October").tokens) != nil)
        #expect(TotalFinder.cumulativeInjuries(in: range, tokens: ScannedText("three soldiers were hurt since helicopters").tokens) == nil)
    }

    @Test(arguments: [
        "The explosive device went off on Sunday as a coalition convoy passed near Samawah.",
        "Explosive charges were detonated at the Green Village base on Sunday, officials said.",
        "An IED exploded as a patrol of Italian special forces passed near Kifri on Sunday.",
    ])
    func aBombGoingOffIsAnAttack(_ sentence: String) throws {
        let a = try only(sentence, published: "2021-05-24")
        #expect(a.date.day == F.day("2021-05-23"))
        #expect(a.weapons == [.ied])
    }

    @Test func italianTroopsHitWithoutAUSWordAreNoAttackWithoutAWeapon() {
        // A nationality alone tells no attack: the coalition's troops must be hit by a weapon.
        #expect(attacks("Italian special forces trained Kurdish fighters near Kifri on Sunday.", published: "2019-11-11").isEmpty)
    }

    @Test func lateEveningInWashingtonIsTheNextDayAtTheTarget() throws {
        let a = try only("A drone struck Tower 22 at 9:30 p.m. Eastern time on Saturday, officials said.", published: "2024-01-29")
        #expect(a.date.day == F.day("2024-01-28"))
        #expect(a.confidence["date"] == .inferred)
        let local = try only("A drone struck Tower 22 at 9:30 p.m. local time on Saturday.", published: "2024-01-29")
        #expect(local.date.day == F.day("2024-01-27"))
    }

    @Test func lastWeekIsWeekPrecisionAndUndatedIsTheDefault() throws {
        let week = try only("Rockets were fired last week at Ain al-Asad air base.", published: "2024-03-04")
        #expect(week.date.precision == .week)
        let undated = try only("Rockets were fired at Ain al-Asad air base.", published: "2024-03-04")
        #expect(undated.date == IncidentDate(day: F.day("2024-03-04"), precision: .week))
        #expect(undated.confidence["date"] == .default)
    }

    @Test func outcomes() throws {
        #expect(try only("A drone targeted Erbil air base on Friday and was shot down.").outcome == .intercepted)
        #expect(try only("Rockets hit Ain al-Asad on Friday, causing material damage.").outcome == .impacted)
        #expect(try only("Rockets were fired at Ain al-Asad on Friday. There was no damage.").outcome == .noDamage)
        #expect(try only("Rockets were fired at Ain al-Asad on Friday.").outcome == nil)
        #expect(try only("Missiles were fired at Ain al-Asad on Friday. Most of the missiles were intercepted.").outcome == nil,
                "a partial interception says nothing of the rest")
    }

    @Test func claimedOnlyVersusConfirmed() throws {
        let claimed = try only("The Islamic Resistance in Iraq said it attacked the Qasrak base on Friday. The US military did not comment.")
        #expect(claimed.confirmation == .claimed)
        let confirmed = try only("The Islamic Resistance in Iraq said it attacked the Qasrak base on Friday. A US defense official confirmed the attack.")
        #expect(confirmed.confirmation == .confirmed)
    }

    @Test func casualtyCategories() throws {
        let a = try only("Four U.S. service members and two contractors were injured when rockets struck Ain al-Asad on Friday.")
        #expect(a.usInjured == Figure(count: 4))
        #expect(a.otherCasualties.contains { $0.who == "contractor" && $0.injured == 2 }, "nationality not written")
        let tbi = try only("Rockets struck Ain al-Asad on Friday. Several U.S. personnel are being evaluated for traumatic brain injuries.")
        #expect(tbi.usInjured.isUnknown, "evaluated is not injured until diagnosed (LABELLING.md)")
        let duty = try only("Eight U.S. troops were injured when a missile struck Ain al-Asad on Friday. Four have returned to duty.")
        #expect(duty.usInjured == Figure(count: 8))
    }

    @Test func partnerForcesHitAreAPartnerIncident() throws {
        let a = try only("Six fighters of the Syrian Democratic Forces were killed in a drone attack on the al-Omar oil field on Friday.")
        #expect(a.kind == .partner)
        #expect(a.otherCasualties.contains { $0.who == "SDF fighter" && $0.killed == 6 })
    }

    @Test func severalIncidentsInOneArticleEachWithItsWeapons() throws {
        let found = attacks("""
            The group said its fighters targeted the Ain al-Asad base with drones and, in a separate operation, \
            the Kharab al-Jir base in Syria with rockets on Friday.
            """)
        #expect(found.count == 2)
        #expect(found.first { $0.location == "Ain al-Asad Air Base" }?.weapons == [.drone])
        #expect(found.first { $0.location == "Kharab al-Jir" }?.weapons == [.rocket])
    }

    @Test func backgroundMentionIsAMentionWithMonthPrecision() throws {
        let e = F.extract("""
            Rockets were fired at Al-Shaddadi on Tuesday. In January, a drone strike on Tower 22 in Jordan killed \
            three American soldiers.
            """, published: "2024-02-21")
        let mention = try #require(e.incidents.first { $0.kind == .mention })
        #expect(mention.date.precision == .month && mention.location == "Tower 22" && mention.usKilled == Figure(count: 3))
        #expect(e.incidents.filter { $0.kind == .attack }.map(\.location) == ["Al-Shaddadi"])
        #expect(e.incidents.allSatisfy { $0.kind != .usStrike })
    }
}

/// Several US strikes in one article: one `us_strike` per day and country, never counted as attacks.
@Suite struct SeveralStrikesTests {
    @Test func strikesOnDifferentDaysAndCountriesAreSeparate() throws {
        let e = ExtractionFixtures.extract("""
            Drones hit Tower 22 in Jordan on Sunday, killing three American soldiers. The US carried out strikes \
            in Syria on Friday against facilities used by Iran-backed militias. On Wednesday, a US drone strike \
            in Baghdad killed a Kataib Hezbollah commander.
            """, published: "2024-02-08")
        let strikes = e.incidents.filter { $0.kind == .usStrike }
        #expect(strikes.count == 2, "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(Set(strikes.compactMap(\.date.day?.iso)) == ["2024-02-02", "2024-02-07"])
        #expect(e.incidents.filter { $0.kind == .attack }.count == 1)
    }
}

/// Counter-battery fire at the launch site, however it is worded, is the US reply: a strike by artillery.
@Suite struct CounterBatteryTests {
    @Test(arguments: [
        "Coalition forces \"responded with six rounds of artillery fire\" at the point of origin near Mayadin, the statement said.",
        "US forces returned fire with artillery at the launch site near Mayadin.",
        "US forces fired artillery at the launch site near Mayadin in response.",
    ])
    func replyIsAnArtilleryStrike(_ reply: String) throws {
        let e = ExtractionFixtures.extract("Eight rockets struck the Green Village base in eastern Syria on Wednesday. " + reply,
                                           published: "2022-01-06")
        let strike = try #require(e.incidents.first { $0.kind == .usStrike }, "\(ExtractionFixtures.dump(e, body: ""))")
        #expect(strike.weapons == [.artillery] && strike.location == "Mayadin")
        #expect(e.incidents.filter { $0.kind == .attack }.count == 1)
    }
}

/// A US strike told in the past perfect is background; a past perfect elsewhere in its clause is not its tense.
@Suite struct PastPerfectStrikeTests {
    @Test func aStrikeThatHadHappenedIsBackground() {
        let e = ExtractionFixtures.extract("""
            Two rockets struck Ain al-Asad air base on Sunday. The attack came after the United States had struck \
            dozens of targets in Iraq on Friday.
            """, published: "2024-02-05")
        #expect(!e.incidents.contains { $0.kind == .usStrike })
    }

    @Test func aStrikeOnThoseWhoHadFiredIsNews() {
        let e = ExtractionFixtures.extract("""
            A ballistic missile struck Ain al-Asad air base on Monday. Shortly after the attack, a U.S. AC-130 gunship \
            struck a vehicle carrying the militia fighters who had launched the missile.
            """, published: "2023-11-21")
        #expect(e.incidents.contains { $0.kind == .usStrike })
    }
}

/// Ordinary sentences that round 5's wider rules must leave alone.
@Suite struct OrdinarySentencesTests {
    @Test func aClaimFollowedByANegatedClauseIsStillAClaim() throws {
        let e = ExtractionFixtures.extractor.extract(title: "Drones attack al-Tanf", body: """
            Drones attacked the At-Tanf Garrison on Tuesday. The Islamic Resistance in Iraq claimed responsibility but \
            did not give details.
            """, published: ExtractionFixtures.day("2024-01-10"))
        #expect(e.incidents.first { $0.kind == .attack }?.claimedBy == "Islamic Resistance in Iraq",
                "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func militantsFiringArtilleryIsNoUSStrike() {
        let e = ExtractionFixtures.extract("""
            Rockets struck the Green Village base on Wednesday. A U.S. official said militants fired artillery shells at \
            the base from across the river.
            """, published: "2022-01-06")
        #expect(!e.incidents.contains { $0.kind == .usStrike })
    }

    @Test func aFieldNearATownIsNotItsBase() {
        #expect(ExtractionFixtures.site("rockets landed in a field near Balad") == nil)
        #expect(ExtractionFixtures.site("rockets struck the Balad air base") == "Balad Air Base")
    }
}

/// Months told relative to the year of publication.
@Suite struct MonthOfLastYearTests {
    @Test func monthOfLastYear() throws {
        let e = ExtractionFixtures.extract("In August of last year, rockets hit Ain al-Asad air base.", published: "2025-09-04")
        #expect(e.incidents.first?.date.exported == "2024-08")
    }
}

/// Times of day near midnight leave the day uncertain by one, so reports a day apart can still merge.
@Suite struct NearMidnightTests {
    @Test func afterMidnightIsUncertain() throws {
        let e = ExtractionFixtures.extract("Rockets hit Ain al-Asad air base shortly after midnight on Sunday.", published: "2024-01-22")
        let a = try #require(e.incidents.first { $0.kind == .attack })
        #expect(a.date.day == ExtractionFixtures.day("2024-01-21"))
        #expect(a.dateUncertain)
        let overnight = ExtractionFixtures.extract("Drones targeted Tower 22 overnight from Saturday to Sunday.", published: "2024-01-29")
        #expect(overnight.incidents.first { $0.kind == .attack }?.dateUncertain == true)
    }
}
