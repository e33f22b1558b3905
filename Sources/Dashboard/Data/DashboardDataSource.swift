import IncidentCore

/// What the dashboard asks of the store. The executable wires it to `IncidentStore`; tests can use
/// any store. Every call returns values, never database handles.
public protocol DashboardDataSource: AnyObject {
    /// The store's file name, for the header.
    var storeName: String { get }
    /// Rows `offset ..< offset + limit` of the filtered, sorted list (cost grows with `offset`).
    func rows(filter: IncidentFilter, sort: IncidentSort, offset: Int, limit: Int) throws -> [Incident]
    /// Up to `limit` rows next to an anchor, in list order (keyset: cost does not grow with the store).
    func rows(filter: IncidentFilter, sort: IncidentSort, from anchor: RowAnchor, limit: Int) throws -> [Incident]
    func count(filter: IncidentFilter) throws -> Int
    /// How many articles and incident summaries match the words (cheap; not a count of incidents).
    func textMatches(_ words: String) throws -> Int
    func position(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> Int?
    /// The exact position when the incident is near either end of the list, else `.far` (cheap at any size).
    func quickPosition(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> QuickPosition
    /// The exact position, counted on another thread; picked up when ready.
    func exactPositionInBackground(of id: Int64, filter: IncidentFilter, sort: IncidentSort) -> PendingResult<Int?>
    func monthlyCounts(filter: IncidentFilter) throws -> [MonthCount]
    /// True when `count` and `monthlyCounts` for this filter answer at once (tallies, small store);
    /// otherwise the dashboard asks `countsInBackground` and shows "counting…" until they come.
    func countsAreQuick(filter: IncidentFilter) throws -> Bool
    /// The count and monthly chart of a filter, computed on another thread.
    func countsInBackground(filter: IncidentFilter) -> PendingResult<FilterCounts>
    /// A text search's next hit, found on another thread when the store is large.
    func search(_ request: SearchRequest) -> PendingResult<SearchHit>
    func sourceArticles(incidentId: Int64) throws -> [SourceArticle]
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
    /// One incident with all its sources (for handing a new arrival to a notifier), or nil.
    func incidentWithSources(id: Int64) throws -> Incident?
}

/// What the dashboard can also ask for; stores without it fall back to these answers.
extension DashboardDataSource {
    public func exportView(filter: IncidentFilter, sort: IncidentSort) throws -> (path: String, count: Int) {
        throw DashboardDataSourceError(message: "this store cannot export")
    }

    public func coverage(countries: [String]) throws -> [CoverageInterval] { [] }

    public func incidentWithSources(id: Int64) throws -> Incident? { nil }

    public func countsAreQuick(filter: IncidentFilter) throws -> Bool { true }

    public func countsInBackground(filter: IncidentFilter) -> PendingResult<FilterCounts> {
        PendingResult(finished: Result { FilterCounts(count: try count(filter: filter), months: try monthlyCounts(filter: filter)) })
    }

    public func search(_ request: SearchRequest) -> PendingResult<SearchHit> {
        PendingResult(finished: Result {
            try request.perform(row: { try rows(filter: $0, sort: $1, from: $2, limit: 1).first }, matches: textMatches)
        })
    }
}

/// A request the data source cannot serve; shown on the status line.
public struct DashboardDataSourceError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
