import Dashboard
import Foundation
import IncidentCore

/// A real store on disk filled from the bundled reference data, wired to the dashboard the way
/// the executable wires it.
final class TestStoreSource: DashboardDataSource {
    var store: IncidentStore { watched.store }
    var watched: WatchedStore!
    let path: String

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
        path = dir + "/dash.sqlite"
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
        watched = try WatchedStore(path: path)
    }

    var storeName: String { "dash.sqlite" }
    func rows(filter: IncidentFilter, sort: IncidentSort, offset: Int, limit: Int) throws -> [Incident] {
        try store.incidents(filter: filter, sort: sort, offset: offset, limit: limit)
    }
    func count(filter: IncidentFilter) throws -> Int { try store.count(filter: filter) }
    func position(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> Int? {
        try store.position(of: id, filter: filter, sort: sort)
    }
    func monthlyCounts(filter: IncidentFilter) throws -> [MonthCount] { try store.monthlyCounts(filter: filter) }
    func sourceArticles(incidentId: Int64) throws -> [SourceArticle] { try store.sourceArticles(incidentId: incidentId) }
    func searchHits(_ text: String, filter: IncidentFilter, sort: IncidentSort) throws -> [Int] {
        try store.searchPositions(text, filter: filter, sort: sort)
    }
    func lastChanged() throws -> String? { try store.lastChanged() }
    func hasChanged() throws -> Bool { try watched.hasChanged() }
    func watchSummary(today: CalendarDay) throws -> WatchSummary { try store.watchSummary(today: today) }
    func recentlyArrived(limit: Int) throws -> [Incident] { try store.recentlyArrived(limit: limit) }
    func arrivedCount(since: String, until: String) throws -> Int { try store.arrivedCount(since: since, until: until) }
    /// Exports go under this test's own directory, never the user's state directory.
    var stateHome: String { (path as NSString).deletingLastPathComponent + "/state" }
    func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int) {
        try ViewExport.write(store: store, filter: filter, sort: sort, now: fixedNow, environment: ["HOME": "/nonexistent", "XDG_STATE_HOME": stateHome])
    }
    func coverage(countries: [String]) throws -> [CoverageInterval] { try store.coverage(countries: countries) }

    /// Another process's write: a new incident arriving through a separate connection.
    func addIncident(csvRow: String) throws {
        let other = try IncidentStore(path: path, mode: .existing)
        _ = try ReferenceImporter(store: other).importIncidents(
            csv: "date,country,location,weapon,us_injured,us_killed,claimed_by,source_url\n" + csvRow, file: "late.csv")
    }
}

let fixedNow = Date(timeIntervalSince1970: 1_722_945_600)
