import IncidentCore

/// Everything the dashboard shows and how the user is looking at it. Views draw from this alone.
public struct DashboardState: Sendable {
    /// Which pane receives movement keys.
    public enum Focus: Sendable { case table, detail }

    /// A line of input being typed at the bottom of the screen.
    public enum Prompt: Sendable, Equatable {
        case search(String)
        case filter(String)
    }

    // How the user is looking at the data.
    public var filter: IncidentFilter = .none
    public var sort: IncidentSort = .newestFirst
    public var selectedIndex = 0
    public var selectedId: Int64?
    public var topRow = 0
    public var focus: Focus = .table
    public var sourceIndex = 0
    public var articleScroll = 0
    /// Months the chart is scrolled back from the latest month with data.
    public var chartShift = 0
    public var showHelp = false
    public var prompt: Prompt?
    public var searchText: String?
    public var message: String?

    // What the store said last.
    public var storeName = ""
    public var rows: [Incident] = []
    public var matchCount = 0
    public var totalCount = 0
    public var months: [MonthCount] = []
    public var sources: [SourceArticle] = []
    public var lastChanged: String?
    /// How many articles and summaries the last search matched (0: none, or none among the rows shown).
    public var searchHitCount = 0

    public init() {}

    public var selectedRow: Incident? {
        let local = selectedIndex - topRow
        return rows.indices.contains(local) ? rows[local] : nil
    }
}
