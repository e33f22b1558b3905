import Testing
@testable import IncidentCore

/// Round 7: in a clause naming several sites, a weapon belongs to the site it was told against ("a separate drone
/// attack on Erbil"), or, told with "with" or "by", to the sites before it; a site left without one shares only the
/// weapons told for all ("Drones targeted al-Tanf and, separately, Ain al-Asad").
@Suite struct WeaponOfItsSiteTests {
    private func attacks(_ body: String, published: String) -> [ExtractedIncident] {
        ExtractionFixtures.extract(body, published: published).incidents.filter { $0.kind == .attack }
    }

    @Test func aDroneToldAgainstAnotherSiteIsNotThisSites() {
        let a = attacks("""
            Five rockets were fired toward Rumalyn Landing Zone on Sunday, the official said. The Islamic Resistance in \
            Iraq claimed an attack on the Rumalyn base, as well as a separate drone attack on Erbil.
            """, published: "2023-12-11")
        #expect(a.first { $0.location == "Rumalyn Landing Zone" }?.weapons == [.rocket])
        #expect(a.first { $0.location == "Erbil Air Base" }?.weapons == [.drone])
    }

    @Test func aWeaponWithWithClosesTheSitesBeforeIt() {
        let a = attacks("""
            The group said on Thursday it had targeted the US base at al-Tanf and the al-Shaddadi base with drones, and \
            the US base at Erbil airport with rockets.
            """, published: "2023-12-14")
        #expect(a.first { $0.location == "Al-Tanf Garrison" }?.weapons == [.drone])
        #expect(a.first { $0.location == "Erbil Air Base" }?.weapons == [.rocket])
    }

    @Test func aWeaponToldForAllSitesIsShared() {
        let a = attacks("""
            Drones targeted the al-Tanf garrison and, separately, Ain al-Asad air base on Tuesday, US officials said.
            """, published: "2023-10-19")
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.weapons == [.drone] })
    }
}

/// Round 7: "drones and rockets" after "with" is one list of weapons, for every site before it.
@Suite struct WeaponListOfSitesTests {
    @Test func aListOfWeaponsAfterWithHoldsForEverySiteBefore() {
        let e = ExtractionFixtures.extract("""
            On Sunday, the faction said it had targeted the Harir base in Erbil governorate and the Rumalyn base in Syria \
            with drones and rockets.
            """, published: "2023-12-04")
        let sites = e.incidents.filter { $0.location == "Al-Harir Air Base" || $0.location == "Rumalyn Landing Zone" }
        #expect(sites.count == 2)
        #expect(sites.allSatisfy { $0.weapons == [.drone, .rocket] })
    }
}

/// Round 7: the embassy named with its country after it, in any language ("l'ambassade des États-Unis", "the embassy
/// of the United States") is the US embassy among the Green Zone's sites, as "the US embassy" already was.
@Suite struct EmbassyOfTheUnitedStatesTests {
    private func location(_ body: String, published: String) -> String? {
        ExtractionFixtures.extract(body, published: published).incidents.first { $0.kind == .attack }?.location
    }

    @Test func theEmbassyOfTheUnitedStates() {
        #expect(location("""
            Several rockets were fired at dawn on Friday at the embassy of the United States in Baghdad's Green Zone, \
            causing no casualties, an Iraqi security official said.
            """, published: "2023-12-09") == "US Embassy Baghdad")
    }

    @Test func anotherCountrysEmbassyIsNot() {
        #expect(location("""
            Several rockets were fired at dawn on Friday at the Green Zone, near the embassy of Iran, causing no \
            casualties among coalition personnel, an Iraqi security official said.
            """, published: "2023-12-09") != "US Embassy Baghdad")
    }
}

/// Round 7: the embassy told as what the Green Zone holds, or as a landmark ("a mile from the US embassy"), is not the
/// site hit: the Green Zone stays the place, flagged with its candidates.
@Suite struct EmbassyAsLandmarkTests {
    private func location(_ body: String) -> String? {
        ExtractionFixtures.extract(body, published: "2022-01-14").incidents.first { $0.kind == .attack }?.location
    }

    @Test func theAreaThatHousesTheEmbassy() {
        #expect(location("""
            At least three rockets struck Baghdad's Green Zone on Thursday, the area that houses the U.S. Embassy, \
            wounding a woman and a child, Iraqi officials said.
            """) == "Green Zone")
    }

    @Test func aMileFromTheEmbassy() {
        #expect(location("""
            A Katyusha rocket landed in Baghdad's Green Zone on Thursday, less than a mile from the US embassy, Iraqi \
            officials said.
            """) == "Green Zone")
    }

    @Test func firedAtTheEmbassyIsTheEmbassy() {
        #expect(location("""
            Rockets were fired at the US embassy in Baghdad's Green Zone on Thursday, Iraqi officials said.
            """) == "US Embassy Baghdad")
    }
}
