import Dashboard
import Foundation
import IncidentCore

/// Wires the dashboard's data requests to the incident store. The store is watched: moved,
/// deleted, replaced or unreadable stores are reported by `hasChanged()` and reopened when back.
final class StoreDataSource: DashboardDataSource {
    let watched: WatchedStore
    var store: IncidentStore { watched.store }

    init(path: String) throws {
        watched = try WatchedStore(path: path)
    }

    var storeName: String { (watched.path as NSString).lastPathComponent }

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
    func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int) {
        try ViewExport.write(store: store, filter: filter, sort: sort)
    }
    func coverage(countries: [String]) throws -> [CoverageInterval] { try store.coverage(countries: countries) }
}
