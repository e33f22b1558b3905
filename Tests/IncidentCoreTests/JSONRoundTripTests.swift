import Foundation
import Testing
@testable import IncidentCore

/// `export --format json` → `import json` into an empty store → export gives the same incidents
/// (the integer id aside), and importing the same JSON again changes nothing.
@Suite struct JSONRoundTripTests {
    /// The demo store (reference incidents, totals, sample articles) plus ACLED events.
    func richStore() throws -> IncidentStore {
        let path = try temporaryDirectory() + "/rich.sqlite"
        try DemoStore.build(at: path)
        let store = try IncidentStore(path: path, mode: .existing)
        _ = try ACLEDImporter(store: store).importData(ACLEDFixtures.current(), file: "acled.csv")
        return store
    }

    func exportText(_ store: IncidentStore, format: ExportFormat = .json) throws -> String {
        IncidentExporter.render(try store.incidents(withSources: true).map(IncidentExporter.json),
                                keys: IncidentExporter.incidentKeys, format: format)
    }

    /// The export with every incident's `id` removed.
    func withoutIds(_ text: String) throws -> [String] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        return try array.map { object in
            var copy = object
            copy.removeValue(forKey: "id")
            return String(decoding: try JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    @Test func exportImportExportGivesTheSameIncidents() throws {
        let original = try exportText(try richStore())
        let empty = try IncidentStore(path: try temporaryDirectory() + "/empty.sqlite", mode: .create)
        let report = try JSONImporter(store: empty).importData(Data(original.utf8), file: "export.json")
        let exported = try exportText(empty)
        #expect(report.inserted == (try withoutIds(original)).count)
        #expect(try withoutIds(exported) == withoutIds(original))
        // Sources keep their article ids (the content hash), titles and files.
        #expect(exported.contains("\"article_id\": \""))
        #expect(exported.contains("\"file\": \"000_f32281e6cc75f096.txt\"") == original.contains("\"file\": \"000_f32281e6cc75f096.txt\""))

        let again = try JSONImporter(store: empty).importData(Data(original.utf8), file: "export.json")
        #expect(again.inserted == 0 && again.updated == 0)
        #expect(try exportText(empty) == exported, "importing the same JSON again changes nothing")
    }

    @Test func importingItsOwnExportIntoTheSameStoreChangesNothing() throws {
        let store = try richStore()
        let before = try exportText(store)
        let report = try JSONImporter(store: store).importData(Data(before.utf8), file: "export.json")
        #expect(report.inserted == 0 && report.updated == 0)
        #expect(try exportText(store) == before)
    }

    @Test func ndjsonImportsToo() throws {
        let ndjson = try exportText(try richStore(), format: .ndjson)
        let empty = try IncidentStore(path: try temporaryDirectory() + "/nd.sqlite", mode: .create)
        let report = try JSONImporter(store: empty).importData(Data(ndjson.utf8), file: "export.ndjson")
        #expect(report.inserted == ndjson.split(separator: "\n").count)
        #expect(try exportText(empty, format: .ndjson).split(separator: "\n").count == report.inserted)
    }

    @Test func aWrongValueNamesTheIncidentAndKey() throws {
        let text = #"[{"kind": "attack", "date": "2024-01-20", "weapons": ["slingshot"], "summary": "x", "sources": []}]"#
        #expect {
            try JSONImporter.check(Data(text.utf8), file: "bad.json")
        } throws: { error in
            let line = String(describing: error)
            return line.contains("bad.json") && line.contains("incident 1") && line.contains("`weapons`") && line.contains("slingshot")
        }
    }
}
