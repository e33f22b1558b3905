import Testing
@testable import IncidentCore

/// US strikes told in wordings the strike reader missed: the German verb before its warplanes, US forces however
/// described firing artillery, and a timeline's dated heading over the strike told under it.
@Suite struct StrikeWordingsTests {
    typealias F = ExtractionFixtures

    @Test func germanWarplanesAfterTheirVerbStrike() {
        let body = """
        Bei einem Drohnenangriff auf einen Stützpunkt der Koalition nahe Hasaka wurde am Donnerstag ein \
        US-Vertragsarbeiter getötet. Auf Befehl des Präsidenten bombardierten daraufhin Kampfjets vom Typ F-15E in der \
        Nacht zum Freitag Lager proiranischer Milizen in der Provinz Deir ez-Zor.
        """
        let strike = F.extract(body, published: "2023-03-24").incidents.first { $0.kind == .usStrike }
        #expect(strike?.country == "Syria")
        #expect(strike?.location == "Deir ez-Zor")
    }

    @Test func rocketsStrikingParkedJetsAreAnAttackNotAStrike() {
        let body = """
        Three rockets struck F-16 jets parked at Balad air base on Sunday evening, Iraqi security officials said.
        """
        let incidents = F.extract(body, published: "2020-01-13").incidents
        #expect(!incidents.contains { $0.kind == .usStrike })
    }

    @Test func usForcesHoweverDescribedFiringArtilleryStrikeBack() {
        let body = """
        DEIR EZZOR, (SANA) - Drones targeted the US occupation base in Koniko gas field on Friday. Shortly afterwards, \
        American occupation forces deployed in Koniko fired dozens of artillery shells at villages on the western bank \
        of the Euphrates, local sources said.
        """
        let strike = F.extract(body, published: "2023-12-15").incidents.first { $0.kind == .usStrike }
        #expect(strike != nil)
        #expect(strike?.weapons.contains(.artillery) == true)
        // Koniko is where the forces that fired are, not what they struck.
        #expect(strike?.location != "Conoco gas field")
    }

    @Test func militantsFiringArtilleryAtAUSBaseStrikeNothing() {
        let body = """
        Militants stationed near the town of al-Mayadin fired several artillery shells at the Green Village base on \
        Tuesday, causing no casualties.
        """
        let incidents = F.extract(body, published: "2023-10-25").incidents
        #expect(!incidents.contains { $0.kind == .usStrike })
        #expect(incidents.contains { $0.kind == .attack })
    }

    @Test func aTimelinesDatedHeadingDatesTheStrikeToldUnderIt() {
        let body = """
        How the clashes unfolded:

        AUG. 23: U.S. AIRSTRIKES
        On the evening of Aug. 23, U.S. F-15 fighter jets struck bunkers at a weapons depot near Deir el-Zour.

        AUG. 24: U.S. GUNSHIPS RESPOND
        Within minutes, U.S. AH-64 Apache helicopters, an AC-130 gunship and artillery hit militants near the town of \
        al-Mayadin who were preparing to launch more rockets.
        """
        let strikes = F.extract(body, published: "2022-08-25").incidents.filter { $0.kind == .usStrike }
        #expect(strikes.count == 2)
        #expect(strikes.contains { $0.date.day == CalendarDay(iso: "2022-08-24") })
    }

    @Test func aMonitorsTollRightAfterAStrikeIsTheStrikesNotUSDead() {
        let body = """
        Rockets struck the Ain al-Asad air base in Iraq on Monday, causing no casualties, US officials said.

        The United States had struck two facilities in eastern Syria on Sunday used by Iran's Revolutionary Guard. The \
        Syrian Observatory for Human Rights reported at least eight dead.
        """
        let attack = F.extract(body, published: "2023-10-31").incidents.first { $0.kind == .attack }
        #expect(attack?.usKilled.count == 0)
        #expect(attack?.otherCasualties.isEmpty == true)
    }

    @Test func aTollNamingTroopsAfterAStrikeStaysTheAttacks() {
        let body = """
        US jets struck a weapons depot near Albukamal on Sunday. Hours later, rockets hit the Green Village base, \
        wounding two US service members.
        """
        let attack = F.extract(body, published: "2023-11-13").incidents.first { $0.kind == .attack }
        #expect(attack?.usInjured.count == 2)
    }

    @Test func aRunOfAttacksThatNamesOneWithItsDayAndWeaponKeepsIt() {
        let body = """
        Drones hit the al-Shaddadi base on Thursday. US bases in the region have been targeted repeatedly over the \
        past weeks, with the base at the al-Omar oil field coming under rocket fire last week.
        """
        let incidents = F.extract(body, published: "2023-12-15").incidents
        #expect(incidents.contains { $0.kind == .mention && $0.location == "Al-Omar oil field (Green Village)" })
    }

    @Test func aRunOfAttacksWithNoneNamedKeepsNone() {
        let body = """
        Drones hit the al-Shaddadi base on Thursday. US bases in the region have been targeted repeatedly over the \
        past weeks, with Washington blaming Iran-backed militias.
        """
        let incidents = F.extract(body, published: "2023-12-15").incidents
        #expect(incidents.filter { $0.kind != .usStrike }.count == 1)
    }

    @Test func aTitleCaseRegionOrATitleIsNoPlaceStruck() {
        let title = "Statement by the Secretary of Defense on Strikes in Eastern Syria"
        let body = """
        At President Biden's direction, U.S. forces tonight struck a weapons storage facility in eastern Syria used by \
        groups affiliated with Iran's Revolutionary Guard Corps.
        """
        let strike = ExtractionFixtures.extractor.extract(title: title, body: body, published: CalendarDay(iso: "2023-11-08"))
            .incidents.first { $0.kind == .usStrike }
        #expect(strike != nil)
        #expect(strike?.location == nil)
    }

    @Test func aBaseWithAmericanTroopsThatIsAttackedIsNoUSStrike() {
        let title = "Base with American troops in Iraq is attacked"
        let body = """
        BAGHDAD - The Ain al-Asad air base in western Iraq, where American troops are stationed, was hit on Saturday \
        night by ballistic missiles and rockets, wounding several soldiers, U.S. Central Command said.
        """
        let incidents = ExtractionFixtures.extractor.extract(title: title, body: body, published: CalendarDay(iso: "2024-01-21")).incidents
        #expect(incidents.contains { $0.kind == .attack && $0.location == "Ain al-Asad Air Base" })
        #expect(!incidents.contains { $0.kind == .usStrike })
    }
}
