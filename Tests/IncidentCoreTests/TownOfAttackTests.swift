import Testing
@testable import IncidentCore

/// Round 7: an attack at no known site is placed at the town the article tells it happened in, as written ("near
/// al-Batha district", "near the city of al-Samawah", "near Kirkuk"), narrower than a province or the capital the
/// story also names; a place the weapons were fired from is never the site.
@Suite struct TownOfAttackTests {
    private func attack(_ body: String, published: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .attack }
    }

    @Test func aTownNotInTheGazetteerIsRecordedAsWritten() {
        let a = attack("""
            An improvised explosive device struck a convoy carrying equipment for the US-led coalition in Dhi Qar \
            governorate on Monday, a security source said. The device exploded as the convoy passed near al-Rifai \
            district, damaging one truck. The wounded driver was taken to a hospital in Baghdad.
            """, published: "2021-06-08")
        #expect(a?.location == "al-Rifai")
        #expect(a?.country == "Iraq")
    }

    @Test func theCityOfAfterNearGivesTheTown() {
        let a = attack("""
            A roadside bomb went off on Sunday night as a convoy of trucks carrying supplies for US forces was passing \
            near the city of al-Kut, Iraqi police said.
            """, published: "2021-07-12")
        #expect(a?.location == "al-Kut")
    }

    @Test func aKnownTownBeatsTheCapitalNamedElsewhere() {
        let a = attack("""
            A roadside bomb hit a patrol of coalition troops near Kirkuk on Sunday, wounding two soldiers. The wounded \
            were flown to a coalition hospital in Baghdad.
            """, published: "2019-11-11")
        #expect(a?.location == "Kirkuk")
    }

    @Test func anAreaWordAfterTheNameGivesTheTown() {
        let a = attack("""
            An explosive device targeted a convoy carrying logistic equipment for the international coalition on \
            Tuesday in the al-Mahawil area of Babil province, a security source said.
            """, published: "2021-08-04")
        #expect(a?.location == "al-Mahawil")
    }

    @Test func aProvinceAloneIsNotTheSite() {
        let a = attack("""
            A roadside bomb struck a convoy of trucks carrying equipment for the U.S.-led coalition on a highway in \
            Diwaniyah province on Wednesday, Iraqi officials said. There were no casualties.
            """, published: "2021-05-27")
        #expect(a?.location == nil)
        #expect(a?.country == "Iraq")
    }

    @Test func theTownTheRocketsCameFromIsNotTheSite() {
        let a = attack("""
            Eight Katyusha rockets struck the Green Zone on Sunday evening, the Security Media Cell said, adding that \
            the rockets were launched from the al-Amin al-Thaniya area in eastern Baghdad and hit near the US embassy.
            """, published: "2020-11-18")
        #expect(a?.location != "al-Amin al-Thaniya")
    }
}

/// Round 7: a US strike that hit no base is placed at the town its own clauses name, as written.
@Suite struct TownOfStrikeTests {
    private func strike(_ body: String, published: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .usStrike }
    }

    @Test func aStrikeNearATownIsPlacedThere() {
        let s = strike("""
            U.S. warplanes struck a weapons depot used by Kataib Hezbollah near al-Qaim on Thursday, the Pentagon said, \
            in response to rocket attacks on Ain al-Asad air base.
            """, published: "2021-06-28")
        #expect(s?.location == "al-Qaim")
        #expect(s?.country == "Iraq")
    }

    @Test func aStrikeInAProvinceOnlyIsPlacedInTheProvince() {
        let s = strike("""
            U.S. aircraft conducted airstrikes on Monday against two militia sites in Deir ez-Zor, the Pentagon said.
            """, published: "2023-11-14")
        #expect(s?.location == "Deir ez-Zor")
    }

    @Test func aStrikeNamingNoPlaceKeepsNone() {
        let s = strike("""
            U.S. aircraft conducted airstrikes on Monday against two militia sites in eastern Syria, the Pentagon said.
            """, published: "2023-11-14")
        #expect(s?.location == nil)
        #expect(s?.country == "Syria")
    }
}

/// Round 7: a US strike told as hitting the launcher or the launch site is at the town the attack was launched from,
/// in that town's country, not the target's.
@Suite struct StrikeAtLaunchSiteTests {
    private func strike(_ body: String, published: String) -> ExtractedIncident? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .usStrike }
    }

    @Test func theLauncherDestroyedIsAtTheTownItFiredFrom() {
        let s = strike("""
            At least five rockets were launched on Sunday from the town of Rabia in Iraq's Nineveh province toward \
            Rumalyn Landing Zone, a U.S. base across the border in Syria. No U.S. personnel were injured. A U.S. \
            aircraft then carried out a self-defense strike that destroyed the launcher, the official said.
            """, published: "2024-04-22")
        #expect(s?.location == "Rabia")
        #expect(s?.country == "Iraq")
    }

    @Test func aStrikeNotAtTheLaunchSiteIsNotPlacedThere() {
        let s = strike("""
            At least five rockets were launched on Sunday from the town of Rabia in Iraq's Nineveh province toward \
            Rumalyn Landing Zone, a U.S. base across the border in Syria. No U.S. personnel were injured. On Monday \
            U.S. jets struck a weapons depot in eastern Syria, the official said.
            """, published: "2024-04-22")
        #expect(s?.location != "Rabia")
    }
}
