import IncidentCore

/// What the dashboard asks of the store. The executable wires it to `IncidentStore`; tests can use
/// any store. Every call returns values, never database handles.
public protocol DashboardDataSource: AnyObject {
    /// The store's file name, for the header.
    var storeName: String { get }
    func rows(filter: IncidentFilter, sort: IncidentSort, offset: Int, limit: Int) throws -> [Incident]
    func count(filter: IncidentFilter) throws -> Int
    func position(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> Int?
    func monthlyCounts(filter: IncidentFilter) throws -> [MonthCount]
    func sourceArticles(incidentId: Int64) throws -> [SourceArticle]
    /// Row positions of incidents whose articles or summary match the words, in list order.
    func searchHits(_ text: String, filter: IncidentFilter, sort: IncidentSort) throws -> [Int]
    /// When the store last changed (ISO 8601 UTC), or nil.
    func lastChanged() throws -> String?
    /// A cheap check whether anything committed since the last call (true the first time). Throws
    /// when the store cannot be read any more (moved, deleted, replaced, locked, corrupt).
    func hasChanged() throws -> Bool
    /// Attacks by incident date in the last day, week and month up to `today`.
    func watchSummary(today: CalendarDay) throws -> WatchSummary
    /// The most recently arrived incidents (by first seen), newest first.
    func recentlyArrived(limit: Int) throws -> [Incident]
    /// How many incidents arrived between two ISO 8601 UTC times (inclusive).
    func arrivedCount(since: String, until: String) throws -> Int
    /// Writes the incidents of this filter, in this order, to a file; returns its path and the count.
    func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int)
    /// Official totals against tracked attacks between consecutive official totals.
    func coverage(countries: [String]) throws -> [CoverageInterval]
}

/// What the dashboard can also ask for; stores without it fall back to these answers.
extension DashboardDataSource {
    public func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int) {
        throw DashboardDataSourceError(message: "this store cannot export")
    }

    public func coverage(countries: [String]) throws -> [CoverageInterval] { [] }
}

/// A request the data source cannot serve; shown on the status line.
public struct DashboardDataSourceError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
