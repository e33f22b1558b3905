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
    func sourceArticles(incidentId: Int64) throws -> [SourceArticle]
    /// When the store last changed (ISO 8601 UTC), or nil.
    func lastChanged() throws -> String?
    /// A cheap check whether anything committed since the last call (true the first time).
    func hasChanged() throws -> Bool
}
