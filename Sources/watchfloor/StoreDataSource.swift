import Dashboard
import Foundation
import IncidentCore

/// Wires the dashboard's data requests to the incident store, with a change watcher of its own.
final class StoreDataSource: DashboardDataSource {
    let store: IncidentStore
    let watcher: StoreChangeWatcher

    init(path: String) throws {
        store = try IncidentStore(path: path, mode: .existing)
        watcher = try StoreChangeWatcher(path: path)
    }

    var storeName: String { (store.path as NSString).lastPathComponent }

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
    func hasChanged() throws -> Bool { try watcher.hasChanged() }
    func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int) {
        try ViewExport.write(store: store, filter: filter, sort: sort)
    }
    func coverage(countries: [String]) throws -> [CoverageInterval] { try store.coverage(countries: countries) }
}
