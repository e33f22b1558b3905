import Testing
@testable import IncidentCore

/// Round 8 (places): German writes its nouns capitalised, so "der Basis Ain al-Assad" has a capitalised word before the
/// name that is a site noun, not a first name: the base is named. "Bashar al-Assad" still is a person.
@Suite struct GermanSiteNounTests {
    private func locations(_ body: String) -> [String?] {
        ExtractionFixtures.extract(body, published: "2022-01-06").incidents.filter { $0.kind == .attack }.map(\.location)
    }

    @Test(arguments: [
        "Mindestens fünf Raketen seien am Mittwoch auf dem Gelände der Basis Ain al-Assad in der Provinz Anbar eingeschlagen, teilte die Koalition mit.",
        "Am Mittwoch schlugen mehrere Raketen auf der Basis Ain al-Assad im Westirak ein, auf der auch US-Soldaten stationiert sind.",
    ])
    func aGermanSiteNounBeforeTheName(_ sentence: String) {
        #expect(locations(sentence) == ["Ain al-Asad Air Base"])
    }

    @Test func theGenitiveAirportOfBaghdadIsItsBase() {
        let all = ExtractionFixtures.extract("""
            Am Montag waren zwei Drohnen in der Nähe des Flughafens von Bagdad abgefangen worden, auf dem sich ein \
            Stützpunkt mit US-Personal befindet.
            """, published: "2022-01-05").incidents
        #expect(all.first?.location == "Victory Base Complex")
    }

    @Test func aFirstNameBeforeAssadIsStillAPerson() {
        let found = locations("""
            Rockets struck near a US base in eastern Syria on Wednesday, in an area where forces loyal to Bashar al-Assad \
            are deployed, a war monitor said.
            """)
        #expect(!found.contains("Ain al-Asad Air Base"))
    }
}
