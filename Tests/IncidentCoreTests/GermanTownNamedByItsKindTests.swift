import Testing
@testable import IncidentCore

/// German names a town after its kind and region, capitalised as all its nouns are: "am Flughafen der nordirakischen
/// Kurdenmetropole Erbil", "nahe der Stadt Hasaka". The town is still the place told; the kind of town is no first name
/// before a surname ("Bashar Assad"). And a denial may follow its participle after the source of the figure
/// ("Verletzt wurde dabei nach Angaben der kurdischen Regionalregierung niemand").
@Suite struct GermanTownNamedByItsKindTests {
    typealias F = ExtractionFixtures

    private func incidents(_ paragraph: String) -> [ExtractedIncident] {
        let title = "Raketenangriff auf Stützpunkt im Irak"
        let body = """
            \(title)

            Auf den Luftwaffenstützpunkt Ain al-Assad im Westen des Irak, auf dem auch US-Soldaten stationiert sind, \
            sind am Mittwoch 14 Raketen abgefeuert worden. Zwei US-Soldaten seien leicht verletzt worden.

            \(paragraph)
            """
        return F.extractor.extract(title: title, body: body, published: F.day("2021-07-08")).incidents
    }

    @Test(arguments: ["am Flughafen der nordirakischen Kurdenmetropole Erbil", "in der nordirakischen Stadt Erbil",
                      "am Flughafen der Stadt Erbil"])
    func theTownAfterItsKindIsThePlace(_ place: String) {
        let found = incidents("Am Dienstagabend war bereits eine mit Sprengstoff beladene Drohne \(place) eingeschlagen, wo ebenfalls Truppen der Koalition stationiert sind.")
        #expect(found.contains { $0.location == "Erbil Air Base" && $0.date.day == F.day("2021-07-06") })
    }

    @Test func aDenialAfterTheSourceOfTheFigureIsStillAZero() {
        let found = incidents("Am Dienstagabend war bereits eine Drohne am Flughafen Erbil eingeschlagen, wo ebenfalls Truppen der Koalition stationiert sind. Verletzt wurde dabei nach Angaben der kurdischen Regionalregierung niemand.")
        let erbil = found.first { $0.location == "Erbil Air Base" }
        #expect(erbil?.usInjured.count == 0)
    }
}
