import Dashboard
import Foundation
import IncidentCore

/// A real store on disk filled from the bundled reference data, wired to the dashboard the way
/// the executable wires it.
final class TestStoreSource: DashboardDataSource {
    let store: IncidentStore
    let watcher: StoreChangeWatcher
    let path: String

    init() throws {
        let dir = NSTemporaryDirectory() + "watchfloor-dash-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        path = dir + "/dash.sqlite"
        store = try IncidentStore(path: path, mode: .create)
        let fixed: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_722_945_600) } // 2024-08-06T12:00:00Z
        let importer = ReferenceImporter(store: store, clock: fixed)
        _ = try importer.importIncidents(csv: BundledData.referenceIncidentsCSV, file: "reference_incidents.csv")
        _ = try importer.importTotals(csv: BundledData.reportedTotalsCSV, file: "reported_totals.csv")
        watcher = try StoreChangeWatcher(path: path)
    }

    var storeName: String { "dash.sqlite" }
    func rows(filter: IncidentFilter, sort: IncidentSort, offset: Int, limit: Int) throws -> [Incident] {
        try store.incidents(filter: filter, sort: sort, offset: offset, limit: limit)
    }
    func rows(filter: IncidentFilter, sort: IncidentSort, from anchor: RowAnchor, limit: Int) throws -> [Incident] {
        try store.incidents(filter: filter, sort: sort, from: anchor, limit: limit)
    }
    func count(filter: IncidentFilter) throws -> Int { try store.count(filter: filter) }
    func textMatches(_ words: String) throws -> Int { try store.textMatches(words) }
    func position(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> Int? {
        try store.position(of: id, filter: filter, sort: sort)
    }
    func quickPosition(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> QuickPosition {
        try store.quickPosition(of: id, filter: filter, sort: sort)
    }
    func exactPositionInBackground(of id: Int64, filter: IncidentFilter, sort: IncidentSort) -> PendingResult<Int?> {
        store.exactPositionInBackground(of: id, filter: filter, sort: sort)
    }
    func monthlyCounts(filter: IncidentFilter) throws -> [MonthCount] { try store.monthlyCounts(filter: filter) }
    func sourceArticles(incidentId: Int64) throws -> [SourceArticle] { try store.sourceArticles(incidentId: incidentId) }
    func lastChanged() throws -> String? { try store.lastChanged() }
    func hasChanged() throws -> Bool { try watcher.hasChanged() }

    /// Another process's write: a new incident arriving through a separate connection.
    func addIncident(csvRow: String) throws {
        let other = try IncidentStore(path: path, mode: .existing)
        _ = try ReferenceImporter(store: other).importIncidents(
            csv: "date,country,location,weapon,us_injured,us_killed,claimed_by,source_url\n" + csvRow, file: "late.csv")
    }
}

let fixedNow = Date(timeIntervalSince1970: 1_722_945_600)
