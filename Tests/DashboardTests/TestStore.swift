import Dashboard
import Foundation
import IncidentCore

/// A real store on disk filled from the bundled reference data or the seed articles, wired to the
/// dashboard by the executable's own adapter.
final class TestStoreSource: StoreDataSource {
    /// Where `e` exports go in tests (under the test's own directory).
    var stateHome: String { (path as NSString).deletingLastPathComponent + "/state" }

    /// What the fixture store is filled from.
    enum Contents {
        /// The bundled reference incidents and official totals (84 incidents).
        case referenceData
        /// Only the five seed articles, ingested as `watchfloor ingest` would (four incidents).
        case seedArticles
    }

    init(_ contents: Contents = .referenceData) throws {
        let dir = NSTemporaryDirectory() + "watchfloor-dash-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/dash.sqlite"
        let store = try IncidentStore(path: path, mode: .create)
        let fixed: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_722_945_600) } // 2024-08-06T12:00:00Z
        switch contents {
        case .referenceData:
            let importer = ReferenceImporter(store: store, clock: fixed)
            _ = try importer.importIncidents(csv: BundledData.referenceIncidentsCSV, file: "reference_incidents.csv")
            _ = try importer.importTotals(csv: BundledData.reportedTotalsCSV, file: "reported_totals.csv")
        case .seedArticles:
            // The first four arrived an hour before the fixed clock; the fifth (a second source of
            // the 2024-01-20 attack) half a minute before it, so that incident shows as changed.
            for (index, (name, text)) in SampleArticles.files.enumerated() {
                let at = fixedNow.addingTimeInterval(index < 4 ? -3600 : -30)
                let read = try ArticleReader().read(data: Data(text.utf8), fileName: name)
                _ = try Ingester(store: store, clock: { at }).ingest(read.articles, file: name)
            }
        }
        // Exports go under this test's own directory, never the user's state directory.
        try super.init(path: path, exportClock: { fixedNow },
                       exportEnvironment: ["HOME": "/nonexistent", "XDG_STATE_HOME": dir + "/state"])
    }

    /// Another process's write: a new incident arriving through a separate connection.
    func addIncident(csvRow: String) throws {
        let other = try IncidentStore(path: path, mode: .existing)
        _ = try ReferenceImporter(store: other).importIncidents(
            csv: "date,country,location,weapon,us_injured,us_killed,claimed_by,source_url\n" + csvRow, file: "late.csv")
    }
}

let fixedNow = Date(timeIntervalSince1970: 1_722_945_600)
