import Testing
@testable import IncidentCore

/// The claim of an attack recalled in a strike or policy story: told right after it, or after one more sentence
/// that only tells more of the same attack.
@Suite struct RecalledClaimTests {
    typealias F = ExtractionFixtures

    @Test func aClaimAfterTheRecalledAttacksTollIsItsClaim() {
        let body = """
        U.S. warplanes struck two Kataib Hezbollah sites in Iraq on Wednesday. The strikes followed Tuesday's attack on \
        Ain al-Asad air base, in which militants used a close-range ballistic missile. A Pentagon spokeswoman said eight \
        personnel suffered minor injuries. The Islamic Resistance in Iraq claimed the attack.
        """
        let m = F.extract(body, published: "2023-11-22").incidents.first { $0.kind == .mention }
        #expect(m?.location == "Ain al-Asad Air Base")
        #expect(m?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func notPastASentenceThatNamesAnotherSite() {
        let body = """
        U.S. warplanes struck two Kataib Hezbollah sites in Iraq on Wednesday. The strikes followed Tuesday's attack on \
        Ain al-Asad air base, in which militants used a close-range ballistic missile. Erbil air base was also on alert \
        that night. The Islamic Resistance in Iraq claimed the attack.
        """
        let m = F.extract(body, published: "2023-11-22").incidents.first { $0.kind == .mention && $0.location == "Ain al-Asad Air Base" }
        #expect(m != nil)
        #expect(m?.claimedBy == nil)
    }

    @Test func aClaimReadAsAnAttackOnlyByItsObjectIsTheRecalledAttacksClaim() {
        let body = """
        US forces will leave the Erbil air base by September, officials said on Monday. On February 15, 2021, rockets \
        struck Erbil International Airport, killing a foreign civilian contractor and wounding a US service member. A \
        little-known group calling itself Saraya Awliya al-Dam claimed responsibility for that attack, which US \
        officials blamed on Iran-backed militias.
        """
        let m = F.extract(body, published: "2025-06-02").incidents.first { $0.kind == .mention }
        #expect(m?.date.day == CalendarDay(year: 2021, month: 2, day: 15))
        #expect(m?.claimedBy == "Saraya Awliya al-Dam")
    }

    @Test func aClaimOfTheAttackSayingHowItStruckIsStillTheRecalledAttacksClaim() {
        let body = """
        The coalition sent reinforcements to its bases in northeast Syria on Monday. On Friday, a drone attack targeted \
        the coalition base at Tal Baydar. The Pentagon said a US service member sustained minor injuries in the attack. \
        The Islamic Resistance in Iraq claimed the attack in a statement, saying it had struck the base with a drone.
        """
        let m = F.extract(body, published: "2023-11-20").incidents.first { $0.kind == .mention }
        #expect(m?.location == "Tal Baydar")
        #expect(m?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func aClaimNamingTheRecalledAttacksSiteIsItsClaimAndNoEventOfItsOwn() {
        let body = """
        Parliament will vote on the Popular Mobilization law next week, lawmakers said on Sunday.

        Several factions, including Kataib Hezbollah, waged a campaign of drone and rocket attacks on U.S. forces in \
        Iraq and Syria after the start of the Gaza war in October 2023. The campaign peaked in January 2024, when a \
        drone struck the Tower 22 outpost in Jordan, and days earlier ballistic missiles fired at Ain al-Asad air base \
        on Jan. 20 left several U.S. personnel being evaluated for brain injuries. The Islamic Resistance in Iraq \
        claimed the Ain al-Asad attack.
        """
        let e = F.incidents(body, published: "2025-03-02")
        let asad = e.filter { $0.location == "Ain al-Asad Air Base" }
        #expect(asad.count == 1)
        #expect(asad.first?.kind == .mention)
        #expect(asad.first?.claimedBy == "Islamic Resistance in Iraq")
    }

    @Test func aClaimNamingTheStorysSiteStaysTheStorysClaim() {
        let body = """
        Rockets struck Ain al-Asad air base in western Iraq on Monday, causing no injuries, a U.S. official said. The \
        Islamic Resistance in Iraq claimed the Ain al-Asad attack.
        """
        let e = F.incidents(body, published: "2024-02-06")
        let asad = e.filter { $0.location == "Ain al-Asad Air Base" }
        #expect(asad.count == 1)
        #expect(asad.first?.kind == .attack)
        #expect(asad.first?.claimedBy == "Islamic Resistance in Iraq")
    }
}

