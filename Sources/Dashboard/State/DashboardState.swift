import Foundation
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

    /// What the chart pane shows.
    public enum ChartMode: Sendable { case monthly, coverage }

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
    public var chartMode: ChartMode = .monthly
    /// The countries the chart sets side by side (`--compare`).
    public var compareCountries = ["Iraq", "Syria"] {
        didSet { if compareCountries != oldValue { chartMonths = ChartMonths(months: months, countries: compareCountries) } }
    }
    public var showHelp = false
    public var prompt: Prompt?
    public var searchText: String?
    public var message: String?

    // What the store said last.
    public var storeName = ""
    public var rows: [Incident] = []
    public var matchCount = 0
    /// True while `matchCount` and `months` are being counted in the background (`matchCount` is
    /// then an upper bound and the screen says "counting…").
    public var countPending = false
    public var totalCount = 0
    public var months: [MonthCount] = [] {
        didSet { if months != oldValue { chartMonths = ChartMonths(months: months, countries: compareCountries) } }
    }
    /// `months` grouped for the chart, kept in step with `months` and `compareCountries`.
    public private(set) var chartMonths = ChartMonths(months: [], countries: ["Iraq", "Syria"])
    public var sources: [SourceArticle] = []
    public var lastChanged: String?
    /// How many articles and summaries the last search matched (0: none, or none among the rows shown).
    public var searchHitCount = 0
    /// Official totals against tracked attacks, loaded while the chart shows coverage.
    public var coverage: [CoverageInterval] = []
    /// The open article as last wrapped for the detail pane (kept between frames).
    var articleWrap: ArticleWrap?

    // Watching.
    /// Incidents that arrived or changed this many seconds before now are marked new.
    public var newForSeconds = 60
    /// Nothing that arrived before this time (ISO 8601 UTC) counts as new: set for a store that was
    /// just built in one go, such as the demo, where everything would otherwise be new at once.
    public var newNotBefore: String?
    /// The header's clock shows seconds (`--seconds`), not only hours and minutes.
    public var clockShowsSeconds = false
    /// How many incidents arrived within `newForSeconds` (as of the last check).
    public var arrivedRecently = 0
    /// Why the store cannot be read right now; the screen keeps the data it has and says so.
    public var fault: String?
    /// When the store was last read successfully.
    public var dataAsOf: Date?
    /// Set on the kiosk screen.
    public var kiosk: KioskState?

    public init() {}

    public var selectedRow: Incident? {
        let local = selectedIndex - topRow
        return rows.indices.contains(local) ? rows[local] : nil
    }

    /// The times (ISO 8601 UTC) between which an arrival or change counts as new: the last
    /// `newForSeconds`, but never before `newNotBefore`. The upper end allows a minute of clock skew
    /// between processes; later stamps (a frame rendered for a past moment) are not new.
    public func newWindow(now: Date) -> (since: String, until: String) {
        var since = Ingester.timestamp(now.addingTimeInterval(-Double(newForSeconds)))
        if let floor = newNotBefore, floor > since { since = floor }
        return (since, Ingester.timestamp(now.addingTimeInterval(60)))
    }
}
