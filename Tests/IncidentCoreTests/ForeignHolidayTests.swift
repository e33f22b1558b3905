import Testing
@testable import IncidentCore

/// German copy names feast days, not dates: "an Weihnachten", "am ersten Weihnachtstag", "am Neujahrstag".
@Suite struct ForeignHolidayTests {
    private func extract(_ body: String, published: String) -> ArticleExtraction {
        ExtractionFixtures.extractor.extract(title: "Drohnenangriff im Irak", body: body, published: ExtractionFixtures.day(published))
    }

    @Test func christmasInGermanIsTheTwentyFifth() {
        let e = extract("""
            Eine Drohne wurde am Dienstagabend über dem Flughafen Erbil abgefangen. Bereits an Weihnachten war der \
            Flughafen Erbil Ziel eines Drohnenangriffs gewesen, bei dem drei US-Soldaten verletzt wurden.
            """, published: "2024-01-03")
        let m = e.incidents.first { $0.kind == .mention }
        #expect(m?.date.exported == "2023-12-25" && m?.usInjured.spelled == "3", "\(ExtractionFixtures.dump(e, body: ""))")
    }

    @Test func newYearsDayInGerman() {
        let e = extract("Proiranische Milizen haben am Neujahrstag den Stützpunkt Ain al-Asad mit einer Drohne angegriffen.",
                        published: "2024-01-02")
        #expect(e.incidents.first { $0.kind == .attack }?.date.exported == "2024-01-01")
    }

    @Test func aChristmasMarketIsNoDate() {
        // Only the feast day itself dates an attack.
        let e = extract("Eine Drohne wurde am Dienstag über dem Flughafen Erbil abgefangen. Der Weihnachtsmarkt in Erbil blieb geöffnet.",
                        published: "2024-01-03")
        #expect(e.incidents.first { $0.kind == .attack }?.date.exported == "2024-01-02")
    }
}
