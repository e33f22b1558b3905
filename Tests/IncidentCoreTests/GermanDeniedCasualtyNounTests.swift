import Testing
@testable import IncidentCore

/// German can put the casualty noun first and deny it after the verb: "Tote habe es keine gegeben" (there had been no
/// dead), "Verletzte gab es keine". The noun and its denial are a count of none, as "keine Toten" is.
@Suite struct GermanDeniedCasualtyNounTests {
    typealias F = ExtractionFixtures

    private func attack(_ sentences: String) -> ExtractedIncident? {
        let title = "Raketenangriff auf Stützpunkt im Irak"
        let body = "\(title)\n\nAuf den Luftwaffenstützpunkt Ain al-Assad im Westen des Irak sind am Mittwoch 14 Raketen abgefeuert worden. \(sentences)"
        return F.extractor.extract(title: title, body: body, published: F.day("2021-07-08")).incidents.first
    }

    @Test func deadDeniedAfterTheVerbAreNoDead() {
        let i = attack("Zwei US-Soldaten seien leicht verletzt worden. Tote habe es keine gegeben.")
        #expect(i?.usKilled.count == 0)
        #expect(i?.usInjured.count == 2)
    }

    @Test func injuredDeniedAfterTheVerbAreNoInjured() {
        let i = attack("Verletzte gab es nicht, teilte die Koalition mit.")
        #expect(i?.usInjured.count == 0)
    }

    /// "Tote gab es zwei": a count after the verb is no denial.
    @Test func aCountAfterTheVerbIsNoDenial() {
        let i = attack("Tote gab es zwei, sagte ein Sprecher.")
        #expect(i?.usKilled.count != 0)
    }
}
