import Testing
@testable import IncidentCore

/// A clause that tells another event besides the attack ("a day after two drones were shot down", "has been hit
/// periodically by rockets and mortars"), or a headline that sums up several attacks, lends the attack none of that
/// event's weapons; a site told with its own weapon takes none shared out by a sentence about several sites.
@Suite struct WeaponsOfOtherEventsTests {
    typealias F = ExtractionFixtures

    @Test func theSitesRecordInThePresentPerfectLendsNoWeapon() {
        let body = """
        U.S. troops at a base in eastern Syria were targeted by several rockets on Tuesday, a coalition spokesman said. \
        The rockets landed near Green Village, a coalition outpost at the al-Omar oil field, causing no injuries.

        Green Village has been hit periodically by rockets and mortars since 2021, rarely with any effect.
        """
        let attack = F.incidents(body, published: "2024-03-13").first { $0.kind == .attack }
        #expect(attack?.location == "Al-Omar oil field (Green Village)")
        #expect(attack?.weapons == [.rocket])
    }

    @Test func anEventToldAfterADayAfterKeepsItsOwnWeapon() {
        let body = """
        Talks on the coalition's future opened in Baghdad on Thursday.

        On Jan. 5, five rockets targeted the Ain al-Asad air base in western Iraq, a day after two armed drones were \
        shot down as they approached the base.
        """
        let mention = F.incidents(body, published: "2024-02-02").first { $0.date.day == CalendarDay(year: 2024, month: 1, day: 5) }
        #expect(mention?.location == "Ain al-Asad Air Base")
        #expect(mention?.weapons == [.rocket])
    }

    @Test func aHeadlineOfTwoAttacksGivesEachOnlyItsBodysWeapon() {
        let body = """
        Rockets hit base near Rmeilan, drone downed over Gir Ziro

        Five rockets were fired at a coalition base near Rmeilan in Hasakah province on Sunday afternoon, a military \
        source said. There were no casualties.

        In a separate incident on Sunday morning, a drone was shot down over the village of Gir Ziro, 10 km to the east.
        """
        let incidents = F.incidents(body, published: "2024-01-08")
        let rumalyn = incidents.first { $0.location == "Rumalyn Landing Zone" }
        #expect(rumalyn?.weapons == [.rocket])
    }

    @Test func aSiteToldWithItsOwnWeaponTakesNoneFromASentenceAboutSeveralSites() {
        let body = """
        The Islamic Resistance in Iraq said it struck the occupation base at Harir airport with a drone on Tuesday \
        afternoon.

        The group said it struck the occupation base at Tal Baydar in Syria with a salvo of rockets on Tuesday evening.

        A US defense official confirmed a drone attack on Harir with no injuries and said there was no record of an \
        attack on Tal Baydar.
        """
        let incidents = F.incidents(body, published: "2024-01-10")
        #expect(incidents.first { $0.location == "Tal Baydar" }?.weapons == [.rocket])
        #expect(incidents.first { $0.location == "Al-Harir Air Base" }?.weapons == [.drone])
    }
}
