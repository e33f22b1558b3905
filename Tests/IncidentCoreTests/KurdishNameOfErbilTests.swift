import Testing
@testable import IncidentCore

/// Kurdish outlets writing in English call Erbil by its Kurdish name, Hewlêr (or Hawler): its airport is the
/// coalition's Erbil Air Base, in Iraq.
@Suite struct KurdishNameOfErbilTests {
    typealias F = ExtractionFixtures

    @Test func hewlerAirportIsErbilAirBase() {
        let title = "Explosive drone hits Hewler airport"
        let body = """
            \(title)

            HEWLER - A drone packed with explosives struck Hewler International Airport, which hosts coalition \
            troops, late on Tuesday, the region's counter-terrorism service said. Nobody was hurt.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2021-07-07")).incidents
        #expect(found.count == 1)
        #expect(found.first?.location == "Erbil Air Base", "\(found.map { $0.location ?? "-" })")
        #expect(found.first?.country == "Iraq")
    }

    @Test func hawlerSpellingToo() {
        let title = "Rockets fall near Hawler airport"
        let body = """
            \(title)

            Two rockets fell near Hawler airport, where US-led coalition forces are stationed, on Sunday evening.
            """
        let found = F.extractor.extract(title: title, body: body, published: F.day("2021-02-16")).incidents
        #expect(found.first?.location == "Erbil Air Base", "\(found.map { $0.location ?? "-" })")
    }
}
