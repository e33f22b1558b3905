import Testing
@testable import IncidentCore

/// One attack per site, also where the site is a town or compound the gazetteer knows (round 9, places).
@Suite struct KnownTownSiteTests {
    typealias F = ExtractionFixtures

    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        F.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func rocketsInTheGreenZoneAfterABaseAreASecondAttack() {
        let body = """
        Rockets hit two sites in Iraq

        Late Tuesday, three Katyusha rockets fell inside Balad Air Base, north of Baghdad. Hours later, two rockets \
        landed in the Green Zone, Iraqi security officials said.
        """
        let found = attacks(body, published: "2020-09-16")
        #expect(found.count == 2)
        #expect(found.contains { $0.location == "Green Zone" && $0.weapons == [.rocket] })
        #expect(found.contains { $0.location == "Balad Air Base" })
    }

    @Test func aConvoyBombInAKnownTownIsAnAttackOfItsOwnWithItsOwnWeapon() {
        let body = """
        Drone downed over base, convoy hit

        A drone was shot down over Ain al-Asad air base late on Monday, the coalition said. On Tuesday morning, an \
        explosive device planted on the highway between Ramadi and Fallujah hit a convoy of trucks carrying coalition \
        equipment.
        """
        let found = attacks(body, published: "2021-07-20")
        #expect(found.count == 2)
        #expect(found.contains { $0.location == "Ramadi" && $0.weapons == [.ied] })
        #expect(found.contains { $0.location == "Ain al-Asad Air Base" && $0.weapons == [.drone] })
    }

    @Test func aTownInAnotherLanguageOpensItsSiteToo() {
        let body = """
        Ataques en Irak

        Un dron fue derribado sobre la base de Ain al Asad el martes por la noche. El miércoles, un artefacto \
        explosivo alcanzó un convoy de la coalición internacional en Nasiriyah, según la policía.
        """
        let found = attacks(body, published: "2021-07-14")
        #expect(found.contains { $0.location == "Nasiriyah" && $0.weapons == [.ied] })
    }

    @Test func aTownWhereSomeoneSpokeIsNoSite() {
        let body = """
        Drone downed over Ain al-Asad

        A drone was shot down over Ain al-Asad air base late on Monday. An Iraqi officer in Ramadi said the base's \
        defences had worked.
        """
        let found = attacks(body, published: "2021-07-20")
        #expect(found.count == 1)
        #expect(found.first?.location == "Ain al-Asad Air Base")
    }

    @Test func aSeriesOfStrikesOnTheGreenZoneIsNoSite() {
        let body = """
        Rockets strike Qayyarah base

        About 17 rockets struck Qayyarah air base on Friday, Iraqi military officials said. The attack was the latest \
        in a series of rocket strikes on bases hosting U.S. troops and on the Green Zone in Baghdad in recent months.
        """
        let found = attacks(body, published: "2019-11-09")
        #expect(!found.contains { $0.location == "Green Zone" })
    }

    @Test func theHeadlinesCityIsNotASecondSiteBesideTheDistrict() {
        let body = """
        IED targets a convoy transporting coalition equipment in Al-Diwaniyah

        An improvised explosive device targeted a convoy carrying logistic equipment for the US-led coalition on \
        Sunday, a security source said. The device exploded as the convoy passed near al-Daghara district.
        """
        let found = attacks(body, published: "2021-08-22")
        #expect(found.count == 1)
        #expect(found.first?.location == "al-Daghara")
    }

    @Test func aCompoundStruckInACitysNameIsItsSiteToo() {
        let body = """
        Rockets hit Baghdad Green Zone

        About 14 rockets hit Erbil airport, which hosts coalition troops, last week. At least two rockets struck \
        Baghdad's Green Zone on Monday evening, Iraqi security officials said.
        """
        let found = attacks(body, published: "2021-02-23")
        #expect(found.contains { $0.location == "Green Zone" && $0.date.exported == "2021-02-22" })
    }

    @Test func aConvoyTownOfTheRoutesIsItsOwnSite() {
        let body = """
        Drone attacks Ain al-Asad, bomb hits convoy

        A drone attacked Ain al-Asad air base late on Tuesday, security sources said. On Wednesday morning, an \
        explosive device went off as a convoy of trucks carrying supplies for the coalition passed on the highway in \
        al-Musayyib.
        """
        let found = attacks(body, published: "2021-07-14")
        #expect(found.contains { $0.location == "al-Musayyib" && $0.weapons == [.ied] })
    }

    @Test func aConvoyTownOnTheRouteToJordanIsKnown() {
        let body = """
        Convoy hit in Anbar

        A drone was shot down over Ain al-Asad air base on Friday. On Saturday, a roadside bomb hit a coalition supply \
        convoy on the highway in Rutba, police said.
        """
        #expect(attacks(body, published: "2020-07-26").contains { $0.location == "Rutba" })
    }
}
