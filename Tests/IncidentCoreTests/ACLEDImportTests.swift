import Foundation
import Testing
@testable import IncidentCore

/// ACLED exports of every layout generation land as the right incidents, re-imports update in
/// place, and unreadable rows are reported without losing the rest.
@Suite struct ACLEDImportTests {
    func freshStore() throws -> IncidentStore {
        try IncidentStore(path: try temporaryDirectory() + "/acled.sqlite", mode: .create)
    }

    func export(_ store: IncidentStore) throws -> String {
        IncidentExporter.render(try store.incidents(withSources: true).map(IncidentExporter.json),
                                keys: IncidentExporter.incidentKeys, format: .json)
    }

    func byExternalId(_ store: IncidentStore) throws -> [String: Incident] {
        Dictionary(uniqueKeysWithValues: try store.incidents(withSources: true).compactMap { i in i.externalId.map { ($0, i) } })
    }

    @Test func currentLayoutGivesTheRightIncidentsAndReportsTheBadRow() throws {
        let store = try freshStore()
        let report = try ACLEDImporter(store: store).importData(ACLEDFixtures.current(), file: "acled.csv")
        #expect(report.rows == 6)
        #expect(report.inserted == 5)
        #expect(report.refused.count == 1)
        let problem = try #require(report.refused.first)
        #expect(problem.description.contains("acled.csv"))
        #expect(problem.description.contains("row 3"))
        #expect(problem.description.contains("event_date `2024-13-45`"))

        let events = try byExternalId(store)
        #expect(events.count == 5)
        #expect(events["IRQ1003"] == nil)
        let asad = try #require(events["IRQ1001"])
        #expect(asad.kind == .event)
        #expect(asad.date == IncidentDate(day: CalendarDay(iso: "2024-01-20"), precision: .day))
        #expect(asad.country == "Iraq")
        #expect(asad.admin1 == "Al Anbar")
        #expect(asad.location == "Ain al-Asad Airbase")
        #expect(asad.latitude == 33.7856 && asad.longitude == 42.4412)
        #expect(asad.geoPrecision == 1)
        #expect(asad.weapons == [.ballisticMissile, .rocket])
        #expect(asad.attributedTo == "Islamic Resistance in Iraq; Kataib Hezbollah")
        #expect(asad.claimedBy == nil)
        #expect(asad.fatalities == 0)
        #expect(asad.usKilled == .unknown, "fatalities are never US killed")
        #expect(asad.summary == "On 20 January 2024, the Islamic Resistance in Iraq fired ballistic missiles and rockets at \"Ain al-Asad\" airbase, Al Anbar. Several US personnel were evaluated for brain injuries.")
        #expect(asad.sources.map(\.outlet) == ["Reuters", "Al Mayadeen"])
        #expect(asad.sourceCount == 2)

        let hasakah = try #require(events["SYR2002"])
        #expect(hasakah.location == "Al-Ḥasakah")
        #expect(hasakah.weapons == [.drone], "Air/drone strike with a UAV in the notes")
        #expect(hasakah.geoPrecision == 2)
        let rukban = try #require(events["JOR3003"])
        #expect(rukban.weapons == [.ied])
        #expect(rukban.date.precision == .week)
        #expect(rukban.fatalities == 2)
        let baghdad = try #require(events["IRQ1004"])
        #expect(baghdad.weapons == [.airStrike], "Air/drone strike without drone in the notes")
        #expect(baghdad.date.precision == .month)
        #expect(baghdad.date.exported == "2024-02")
        let clash = try #require(events["IRQ1005"])
        #expect(clash.weapons.isEmpty)
        #expect(clash.summary == "Battles: Armed clash in Baqubah, Iraq.")
    }

    @Test func notesAndAccentedPlacesAreSearchable() throws {
        let store = try freshStore()
        _ = try ACLEDImporter(store: store).importData(ACLEDFixtures.current(), file: "acled.csv")
        #expect(try store.count(filter: FilterParser.parse("brain injuries")) == 1)
        #expect(try store.count(filter: FilterParser.parse("Hasakah")) == 1, "diacritics are ignored by the search")
        #expect(try store.count(filter: FilterParser.parse("country:jordan weapon:IED")) == 1)
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let store = try freshStore()
        let importer = ACLEDImporter(store: store)
        _ = try importer.importData(ACLEDFixtures.current(), file: "acled.csv")
        let before = try export(store)
        let again = try importer.importData(ACLEDFixtures.current(), file: "acled.csv")
        #expect(again.inserted == 0 && again.updated == 0)
        #expect(again.unchanged == 5)
        #expect(try export(store) == before)
        #expect(try store.counts().incidents == 5)
    }

    @Test func aNewerTimestampUpdatesInPlaceAndAnOlderOneIsIgnored() throws {
        let store = try freshStore()
        let importer = ACLEDImporter(store: store)
        _ = try importer.importData(ACLEDFixtures.current(), file: "acled.csv")
        let id = try #require(try byExternalId(store)["IRQ1001"]?.id)

        let newer = try importer.importData(ACLEDFixtures.current(fatalitiesOfFirst: 2, timestampOfFirst: 1_707_000_000), file: "acled.csv")
        #expect(newer.updated == 1 && newer.inserted == 0)
        let updated = try #require(try byExternalId(store)["IRQ1001"])
        #expect(updated.id == id, "updated in place, same incident")
        #expect(updated.fatalities == 2)
        #expect(updated.sources.count == 2, "sources replaced, not duplicated")

        let older = try importer.importData(ACLEDFixtures.current(fatalitiesOfFirst: 9, timestampOfFirst: 1_600_000_000), file: "old.csv")
        #expect(older.older == 1 && older.updated == 0)
        #expect(try byExternalId(store)["IRQ1001"]?.fatalities == 2)
        #expect(try store.counts().incidents == 5)
    }

    @Test func olderLayoutWithIndexColumnAllyActorsAndNamedMonths() throws {
        let store = try freshStore()
        let report = try ACLEDImporter(store: store).importData(ACLEDFixtures.older(), file: "older.csv")
        #expect(report.inserted == 3 && report.refused.isEmpty)
        let events = try byExternalId(store)
        let baghdad = try #require(events["IRQ5001"])
        #expect(baghdad.date.day == CalendarDay(iso: "2018-01-04"))
        #expect(baghdad.weapons == [.rocket], "pre-2019 Remote violence read from the notes")
        #expect(baghdad.attributedTo == "Unidentified Armed Group (Iraq)")
        let khasham = try #require(events["SYR5002"])
        #expect(khasham.fatalities == 15)
        #expect(khasham.weapons.isEmpty)
        #expect(khasham.date.precision == .week)
        #expect(events["IRQ5003"]?.date.day == CalendarDay(iso: "2018-03-20"))
        #expect(events["IRQ5003"]?.weapons == [.ied])

        // Without timestamps the re-imported row replaces the old one.
        let again = try ACLEDImporter(store: store).importData(ACLEDFixtures.older(notesOfFirst: "Three Katyusha rockets hit near the embassy."), file: "older.csv")
        #expect(again.updated == 1 && again.unchanged == 2 && again.inserted == 0)
        #expect(try byExternalId(store)["IRQ5001"]?.summary == "Three Katyusha rockets hit near the embassy.")
    }

    @Test func layout2015UpperCaseHeadersAndSlashDates() throws {
        let store = try freshStore()
        let report = try ACLEDImporter(store: store).importData(ACLEDFixtures.layout2015, file: "2015.csv")
        #expect(report.inserted == 3 && report.refused.isEmpty)
        let events = try byExternalId(store)
        let mosul = try #require(events["IRQ100"])
        #expect(mosul.date.day == CalendarDay(iso: "2015-01-01"))
        #expect(mosul.weapons == [.mortar, .rocket])
        #expect(mosul.fatalities == 3)
        #expect(mosul.admin1 == "Ninewa")
        #expect(events["SYR200"]?.date.exported == "2015-06")
        #expect(events["SYR201"]?.date.day == CalendarDay(iso: "2015-06-30"))
    }

    @Test func columnsAreFoundByNameNotPosition() throws {
        // The current fixture with its columns in reverse order imports to the same incidents.
        var reader = CSVReader(data: ACLEDFixtures.current())
        var lines: [String] = []
        while let record = reader.next() { lines.append(record.fields.reversed().map(CSVWriter.escape).joined(separator: ",")) }
        let shuffled = Data((lines.joined(separator: "\n") + "\n").utf8)
        let a = try freshStore(), b = try freshStore()
        _ = try ACLEDImporter(store: a).importData(ACLEDFixtures.current(), file: "a.csv")
        _ = try ACLEDImporter(store: b).importData(shuffled, file: "b.csv")
        #expect(try export(a) == export(b))
    }

    @Test func strictFailsTheWholeFile() throws {
        let store = try freshStore()
        #expect(throws: ImportError.self) {
            try ACLEDImporter(store: store).importData(ACLEDFixtures.current(), file: "acled.csv", options: .init(strict: true))
        }
        #expect(try store.counts().incidents == 0)
    }

    @Test func countryAndSinceOptionsLeaveRowsOut() throws {
        let store = try freshStore()
        let report = try ACLEDImporter(store: store).importData(
            ACLEDFixtures.current(), file: "acled.csv", options: .init(countries: ["iraq", " Syria"], since: CalendarDay(iso: "2024-01-25")))
        #expect(report.inserted == 3)
        #expect(report.filtered == 2)
        #expect(Set(try byExternalId(store).keys) == ["SYR2002", "IRQ1004", "IRQ1005"])
    }

    @Test func aFileWithoutACLEDColumnsIsRefusedWhole() throws {
        let data = Data("date,place\n2024-01-01,Erbil\n".utf8)
        #expect {
            try ACLEDImporter.checkHeader([UInt8](data), file: "sheet.csv")
        } throws: { error in
            String(describing: error).contains("sheet.csv:1: not an ACLED export: no `event_id_cnty` column")
        }
    }

    @Test func manyRowsAndAnIdRepeatedInTheSameFile() throws {
        // More rows than one write batch, and one event listed twice: the later, newer row wins.
        var lines = ["event_id_cnty,event_date,country,location,notes,fatalities,timestamp"]
        for i in 0..<300 { lines.append("SYR\(i),2023-0\(1 + i % 9)-1\(i % 10),Syria,Town \(i),Event \(i).,\(i % 4),\(1_700_000_000 + i)") }
        lines.append("SYR7,2023-08-17,Syria,Town 7,Event 7 revised.,5,1800000000")
        let data = Data(lines.joined(separator: "\n").utf8)
        let store = try freshStore()
        let report = try ACLEDImporter(store: store).importData(data, file: "many.csv")
        #expect(report.rows == 301)
        #expect(report.inserted == 300 && report.updated == 1)
        #expect(try store.counts().incidents == 300)
        let revised = try #require(try byExternalId(store)["SYR7"])
        #expect(revised.summary == "Event 7 revised." && revised.fatalities == 5)
        let again = try ACLEDImporter(store: store).importData(data, file: "many.csv")
        #expect(again.inserted == 0 && again.updated == 0 && again.older == 1 && again.unchanged == 300)
        #expect(try store.counts().incidents == 300)
    }

    @Test func aQuoteNeverClosedIsReportedNotImported() throws {
        let data = Data("event_id_cnty,event_date,country,notes\nIRQ1,2024-01-01,Iraq,Fine.\nIRQ2,2024-01-02,Iraq,\"runs on\nto the end\n".utf8)
        let store = try freshStore()
        let report = try ACLEDImporter(store: store).importData(data, file: "cut.csv")
        #expect(report.inserted == 1)
        #expect(report.refused.map(\.description) == ["cut.csv:3: row 2: a quoted field is never closed (a missing \") and runs to the end of the file"])
    }

    @Test func aHeaderWithAQuoteNeverClosedIsRefusedNotImportedAsNothing() throws {
        // The open quote in the header would swallow every row into the header's last column.
        let data = Data("event_id_cnty,event_date,country,\"notes\nIRQ1,2024-01-01,Iraq,Fine.\n".utf8)
        let store = try freshStore()
        #expect {
            try ACLEDImporter.checkHeader([UInt8](data), file: "head.csv")
        } throws: { error in
            String(describing: error) == "head.csv:1: the header has a quoted field that is never closed (a missing \"): fix the header line"
        }
        #expect(throws: ImportError.self) { try ACLEDImporter(store: store).importData(data, file: "head.csv") }
        #expect(try store.counts().incidents == 0)
    }

    @Test func datesInEveryACLEDFormat() {
        #expect(ImportDate.parse("2024-01-20") == CalendarDay(iso: "2024-01-20"))
        #expect(ImportDate.parse("01-January-2015") == CalendarDay(iso: "2015-01-01"))
        #expect(ImportDate.parse("15 March 2023") == CalendarDay(iso: "2023-03-15"))
        #expect(ImportDate.parse("31/12/2016") == CalendarDay(iso: "2016-12-31"))
        #expect(ImportDate.parse("31/02/2016") == nil)
        #expect(ImportDate.parse("12/31/2016") == nil)
        #expect(ImportDate.parse("yesterday") == nil)
    }
}
