import Testing
@testable import IncidentCore

/// Sites matched tolerantly to the gazetteer; country of the base hit; unknown places kept.
@Suite struct PlaceMatcherTests {
    typealias F = ExtractionFixtures

    private func site(_ text: String) -> String? { F.site(text) }

    @Test(arguments: [
        "AlAsad", "Al-Assad", "Ain al-Asad", "Ain al-Assad", "[Aïn] Al-Assad", "Ayn al-Assad", "Ain Al Asad airbase",
        "Al-Assad Air Base in western Iraq", "Aïn al-Assad base",
    ])
    func spellingsOfAinAlAsad(_ text: String) {
        #expect(site("Rockets hit \(text) on Monday") == "Ain al-Asad Air Base")
    }

    @Test func otherSites() {
        #expect(site("the airbase in Erbil") == "Erbil Air Base")
        #expect(site("near Erbil airport") == "Erbil Air Base")
        #expect(site("a drone hit al Tanf") == "Al-Tanf Garrison")
        #expect(site("the At Tanf garrison") == "Al-Tanf Garrison")
        #expect(site("attack on Tower 22 in Jordan") == "Tower 22")
        #expect(site("rockets fell on the Conoco gas field") == "Conoco gas field")
        #expect(site("MSS Conoco") == "Conoco gas field")
        #expect(site("the base at Green Village") == "Al-Omar oil field (Green Village)")
        #expect(site("Harir air base") == "Al-Harir Air Base")
        #expect(site("the Shaddadi base") == "Al-Shaddadi")
        #expect(site("Rumalyn Landing Zone") == "Rumalyn Landing Zone")
    }

    @Test func surnamesAndCommonWordsAreNotSites() {
        #expect(site("Syrian President Bashar al-Assad said") == nil)
        #expect(site("the Assad regime") == nil)
        #expect(site("the coalition base was hit") == nil)
        #expect(site("in Iraq and Syria") == nil)
    }

    @Test func countryIsTheBaseCountryNotTheDateline() throws {
        let body = "BAGHDAD, Iraq (AP) — Drones attacked the Al-Tanf garrison in Syria on Monday, US officials said."
        let a = try #require(F.extract(body, published: "2024-01-02").incidents.first { $0.kind == .attack })
        #expect(a.location == "Al-Tanf Garrison")
        #expect(a.country == "Syria")
        #expect(a.latitude == 33.5)
        let span = try #require(a.facts.first { $0.field == "location" }).span
        #expect(F.quote(span, in: body) == "Al-Tanf garrison")
    }

    @Test func unknownPlaceKeepsTheCountry() throws {
        let body = "A drone attack on a base in Jordan killed three US service members on Sunday."
        let a = try #require(F.extract(body, published: "2024-01-29").incidents.first { $0.kind == .attack })
        #expect(a.location == nil)
        #expect(a.country == "Jordan")
        #expect(a.usKilled == Figure(count: 3))
    }

    @Test func twoSitesGiveTwoAttacks() {
        let body = "Drones targeted Al-Shaddadi and the Conoco gas field in Syria on Tuesday, US officials said."
        let attacks = F.extract(body, published: "2024-01-03").incidents.filter { $0.kind == .attack }
        #expect(Set(attacks.compactMap(\.location)) == ["Al-Shaddadi", "Conoco gas field"])
        #expect(attacks.allSatisfy { $0.weapons == [.drone] && $0.country == "Syria" })
    }
}

/// A city named like the base it hosts: the base only with a site word next to it.
@Suite struct BareCityTests {
    typealias F = ExtractionFixtures

    @Test func cityAloneIsNotTheBaseButItsAirportIs() {
        let stray = F.extract("A rocket fell in farmland near Erbil on Sunday, villagers said. Nobody was hurt.", published: "2023-11-20")
        #expect(stray.incidents.isEmpty, "\(F.dump(stray, body: ""))")
        let airport = F.extract("A drone was shot down near Erbil International Airport on Monday night.", published: "2024-01-16")
        #expect(airport.incidents.first?.location == "Erbil Air Base")
        #expect(airport.incidents.first?.date.day == CalendarDay(year: 2024, month: 1, day: 15))
    }
}
