import Testing
@testable import IncidentCore

/// The bundled gazetteer and group list: the shared rows kept, ours added with everything a row needs.
@Suite struct ReferenceDataTests {
    /// Sites we added (not in the shared `bases.csv`), with the province each lies in.
    static let addedSites: [(name: String, country: String, admin1: String)] = [
        ("Camp Taji", "Iraq", "Baghdad"), ("Balad Air Base", "Iraq", "Salahuddin"), ("K-1 Air Base", "Iraq", "Kirkuk"),
        ("Qayyarah Airfield West", "Iraq", "Nineveh"), ("Camp Besmaya", "Iraq", "Baghdad"),
        ("Muwaffaq Salti Air Base", "Jordan", "Zarqa"),
    ]

    @Test func sharedRowsComeFirstAndOursFollow() {
        let shared = Gazetteer(csv: BundledData.sharedBasesCSV).bases
        let all = Gazetteer.bundled.bases
        #expect(shared.count == 18)
        #expect(Array(all.prefix(shared.count)) == shared)
        #expect(all.dropFirst(shared.count).map(\.name) == Self.addedSites.map(\.name))
        #expect(GroupCatalog(csv: BundledData.sharedGroupsCSV).groups.count == 7)
        #expect(GroupCatalog.bundled.groups.count == 15)
    }

    @Test func everyAddedSiteHasCountryProvinceCoordinatesAndKind() throws {
        for site in Self.addedSites {
            let base = try #require(Gazetteer.bundled.base(named: site.name))
            #expect(base.country == site.country, "\(site.name)")
            #expect(base.admin1 == site.admin1, "\(site.name)")
            #expect(!base.kind.isEmpty && !base.officialNames.isEmpty, "\(site.name)")
            // Iraq and Jordan between 29–38° N and 35–49° E.
            let lat = try #require(base.latitude), lon = try #require(base.longitude)
            #expect((29.0...38.0).contains(lat) && (35.0...49.0).contains(lon), "\(site.name)")
        }
    }

    @Test func sitesNearTheirTowns() throws {
        // Balad Air Base lies about 10 km east of Balad town (34.01 N, 44.15 E is the town; the base 33.94 N, 44.36 E).
        let balad = try #require(Gazetteer.bundled.base(named: "Balad Air Base"))
        #expect(abs(balad.latitude! - 33.94) < 0.05 && abs(balad.longitude! - 44.36) < 0.05)
        // K-1 is on the north-west edge of Kirkuk city (35.47 N, 44.39 E).
        let k1 = try #require(Gazetteer.bundled.base(named: "K-1 Air Base"))
        #expect(abs(k1.latitude! - 35.47) < 0.15 && abs(k1.longitude! - 44.39) < 0.15)
    }

    @Test func harirKeepsItsOlderNameBashur() throws {
        let harir = try #require(Gazetteer.bundled.base(named: "Al-Harir Air Base"))
        #expect(harir.officialNames.contains("Bashur Air Base"))
    }

    @Test func addedGroupsWithTheirSpellings() throws {
        let groups = GroupCatalog.bundled.groups
        let awliya = try #require(groups.first { $0.name == "Saraya Awliya al-Dam" })
        #expect(awliya.alsoKnownAs.contains("Awliyaa al-Dam"))
        #expect(awliya.alsoKnownAs.contains("Guardians of the Blood"))
        #expect(groups.contains { $0.name == "Islamic Revolutionary Guard Corps" && $0.alsoKnownAs.contains("IRGC") })
        #expect(groups.filter { $0.kind == "Iraqi militia front" }.count == 6)
    }
}
