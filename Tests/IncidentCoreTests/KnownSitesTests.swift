import Testing
@testable import IncidentCore

/// The sites added to the gazetteer, in the spellings reporting uses; their towns stay towns when named bare.
@Suite struct KnownSitesTests {
    typealias F = ExtractionFixtures
    let matcher = F.placeMatcher

    private func site(_ text: String) -> String? { F.site(text) }

    private func area(_ text: String) -> String? {
        let tokens = TextScanner.tokens(of: text)
        guard let span = matcher.areaMatches(in: 0..<tokens.count, tokens: tokens).first?.span else { return nil }
        let scalars = Array(text.unicodeScalars)[span.start..<span.end]
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: [
        ("Rockets hit Camp Taji north of Baghdad", "Camp Taji"),
        ("a rocket attack on the Taji base", "Camp Taji"),
        ("the Taji military base", "Camp Taji"),
        ("rockets struck the Taji camp", "Camp Taji"),
        ("la base de Taji", "Camp Taji"),
        ("der Stützpunkt Camp Tadschi", "Camp Taji"),
        ("At least four rockets struck the Balad air base in Salahuddin province", "Balad Air Base"),
        ("the Balad airbase", "Balad Air Base"),
        ("a drone hit Joint Base Balad", "Balad Air Base"),
        ("the al-Bakr air base in Balad", "Balad Air Base"),
        ("la base aérienne de Balad", "Balad Air Base"),
        ("la base aerea di Balad", "Balad Air Base"),
        ("the K-1 air base near Kirkuk", "K-1 Air Base"),
        ("the K1 military base in Kirkuk province", "K-1 Air Base"),
        ("la base K1 à Kirkouk", "K-1 Air Base"),
        ("the Qayyarah air base south of Mosul", "Qayyarah Airfield West"),
        ("Q-West airfield", "Qayyarah Airfield West"),
        ("the Qayara airbase", "Qayyarah Airfield West"),
        ("la base aerea di Qayyarah", "Qayyarah Airfield West"),
        ("Camp Besmaya southeast of Baghdad", "Camp Besmaya"),
        ("the Besmaya base, where Spanish troops train Iraqi forces", "Camp Besmaya"),
        ("la base de Besmayah", "Camp Besmaya"),
        ("the Muwaffaq Salti Air Base in Jordan", "Muwaffaq Salti Air Base"),
        ("Muwaffaq al-Salti airbase", "Muwaffaq Salti Air Base"),
        ("the Azraq air base", "Muwaffaq Salti Air Base"),
        ("the Bashur airfield in Erbil province", "Al-Harir Air Base"),
    ])
    func spellingsOfAddedSites(_ text: String, _ expected: String) {
        #expect(site(text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("Rockets landed near Balad on Tuesday", "Balad"),
        ("two rockets fell in Taji, police said", "Taji"),
        ("an IED struck a convoy near Qayyarah", "Qayyarah"),
        ("rockets near Kirkuk", "Kirkuk"),
        ("a rocket hit a house in Besmaya", "Besmaya"),
    ])
    func bareTownStaysTheTown(_ text: String, _ town: String) {
        #expect(site(text) == nil, "\(text)")
        #expect(area(text) == town, "\(text)")
    }

    @Test func baladAirBaseIsTheStorysSiteNotTheOneRecalled() throws {
        let body = """
        BAGHDAD, Jan 4 (AFP) - At least four rockets struck the Balad air base in Salahuddin province late Tuesday, \
        Iraqi security sources said, a week after a drone attack on the airport in Erbil. Nobody was hurt.
        """
        let attacks = F.extract(body, published: "2023-01-04").incidents.filter { $0.kind == .attack }
        let balad = try #require(attacks.first)
        #expect(balad.location == "Balad Air Base")
        #expect(balad.country == "Iraq")
        #expect(balad.weapons == [.rocket])
    }

    @Test func k1NearKirkukIsTheBaseButRocketsNearKirkukAreNot() throws {
        let base = F.extract("Rockets struck the K-1 air base near Kirkuk on Friday, killing a US contractor.", published: "2019-12-28")
        #expect(base.incidents.first?.location == "K-1 Air Base")
        let town = F.extract("Two rockets landed near Kirkuk on Friday, wounding no one, police said.", published: "2019-12-28")
        #expect(town.incidents.allSatisfy { $0.location != "K-1 Air Base" })
    }
}

/// An attack a US strike story gives as what its strikes answer, told after "blamed for".
@Suite struct BlamedForTests {
    typealias F = ExtractionFixtures

    @Test func theAttackAStrikeIsBlamedForIsAMention() throws {
        let body = """
        U.S. warplanes struck five weapons depots of Kataib Hezbollah on Friday, which Washington blamed for \
        Wednesday's rocket attack on Camp Taji that killed two American service members.
        """
        let incidents = F.extract(body, published: "2020-03-13").incidents
        let mention = try #require(incidents.first { $0.kind == .mention })
        #expect(mention.location == "Camp Taji")
        #expect(mention.date.day == CalendarDay(year: 2020, month: 3, day: 11))
        #expect(!incidents.contains { $0.kind == .attack })
        #expect(incidents.contains { $0.kind == .usStrike })
    }
}

/// A run of earlier attacks the story comes after, told with no day: no attack of the story's.
@Suite struct RunOfAttacksAfterTests {
    typealias F = ExtractionFixtures

    @Test func afterTheAttacksOnAnotherBaseIsNoAttack() {
        let body = """
        Two rockets hit Camp Besmaya southeast of Baghdad on Monday night without causing casualties, Iraqi \
        officials said. The attack comes amid rising tension after the rocket attacks on the Taji base, north of Baghdad.
        """
        let attacks = F.extract(body, published: "2020-03-17").incidents.filter { $0.kind == .attack }
        #expect(attacks.map(\.location) == ["Camp Besmaya"])
    }
}
