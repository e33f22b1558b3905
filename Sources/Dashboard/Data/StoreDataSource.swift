import Foundation
import IncidentCore

/// Wires the dashboard's data requests to the incident store. The store is watched: moved,
/// deleted, replaced or unreadable stores are reported by `hasChanged()` and reopened when back.
/// The executable and the tests use this same adapter.
open class StoreDataSource: DashboardDataSource {
    public let watched: WatchedStore
    public var store: IncidentStore { watched.store }
    public var path: String { watched.path }
    /// The clock and environment `e` exports use (where the file goes, its time stamp).
    let exportClock: () -> Date
    let exportEnvironment: [String: String]
    /// Above this many incidents, counts of costly filters and text searches run on another
    /// thread; at or below it they are answered on the spot (tests set 0 to try the background path).
    public var backgroundWorkAbove = IncidentStore.quickCountLimit

    public init(path: String, exportClock: @escaping () -> Date = Date.init,
                exportEnvironment: [String: String] = ProcessInfo.processInfo.environment) throws {
        watched = try WatchedStore(path: path)
        self.exportClock = exportClock
        self.exportEnvironment = exportEnvironment
    }

    public var storeName: String { (watched.path as NSString).lastPathComponent }

    public func rows(filter: IncidentFilter, sort: IncidentSort, offset: Int, limit: Int) throws -> [Incident] {
        try store.incidents(filter: filter, sort: sort, offset: offset, limit: limit)
    }
    public func rows(filter: IncidentFilter, sort: IncidentSort, from anchor: RowAnchor, limit: Int) throws -> [Incident] {
        try store.incidents(filter: filter, sort: sort, from: anchor, limit: limit)
    }
    public func count(filter: IncidentFilter) throws -> Int { try store.count(filter: filter) }
    public func textMatches(_ words: String) throws -> Int { try store.textMatches(words) }
    public func position(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> Int? {
        try store.position(of: id, filter: filter, sort: sort)
    }
    public func quickPosition(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> QuickPosition {
        try store.quickPosition(of: id, filter: filter, sort: sort)
    }
    public func exactPositionInBackground(of id: Int64, filter: IncidentFilter, sort: IncidentSort) -> PendingResult<Int?> {
        store.exactPositionInBackground(of: id, filter: filter, sort: sort)
    }
    public func monthlyCounts(filter: IncidentFilter) throws -> [MonthCount] { try store.monthlyCounts(filter: filter) }
    public func countsAreQuick(filter: IncidentFilter) throws -> Bool {
        try store.countsAreQuick(filter: filter, limit: backgroundWorkAbove)
    }
    public func countsInBackground(filter: IncidentFilter) -> PendingResult<FilterCounts> {
        let store = self.store
        let pending = PendingResult<FilterCounts>()
        DispatchQueue.global(qos: .userInitiated).async {
            pending.finish(Result {
                FilterCounts(count: try store.count(filter: filter), months: try store.monthlyCounts(filter: filter))
            })
        }
        return pending
    }
    /// Searched on the spot in a small store, else on another thread (a dense word such as "tanf"
    /// makes SQLite list tens of thousands of full-text matches per query).
    public func search(_ request: SearchRequest) -> PendingResult<SearchHit> {
        let store = self.store
        let work: @Sendable () -> Result<SearchHit, Error> = {
            Result {
                try request.perform(row: { try store.incidents(filter: $0, sort: $1, from: $2, limit: 1).first },
                                    matches: store.textMatches)
            }
        }
        if (try? store.countsAreQuick(filter: request.hits, limit: backgroundWorkAbove)) == true { return PendingResult(finished: work()) }
        let pending = PendingResult<SearchHit>()
        DispatchQueue.global(qos: .userInitiated).async { pending.finish(work()) }
        return pending
    }
    public func sourceArticles(incidentId: Int64) throws -> [SourceArticle] { try store.sourceArticles(incidentId: incidentId) }
    public func lastChanged() throws -> String? { try store.lastChanged() }
    public func hasChanged() throws -> Bool { try watched.hasChanged() }
    public func watchSummary(today: CalendarDay) throws -> WatchSummary { try store.watchSummary(today: today) }
    public func recentlyArrived(limit: Int) throws -> [Incident] { try store.recentlyArrived(limit: limit) }
    public func arrivedCount(since: String, until: String) throws -> Int { try store.arrivedCount(since: since, until: until) }
    public func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int) {
        try ViewExport.write(store: store, filter: filter, sort: sort, now: exportClock(), environment: exportEnvironment)
    }
    public func coverage(countries: [String]) throws -> [CoverageInterval] { try store.coverage(countries: countries) }
    public func incidentWithSources(id: Int64) throws -> Incident? { try store.incident(id: id) }
}
