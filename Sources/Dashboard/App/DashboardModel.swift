import Foundation
import IncidentCore
import TUI

/// The dashboard's behaviour without a terminal: applies keys to the state and reads from the
/// data source what the state needs. The run loop and `render` both drive it.
public final class DashboardModel {
    public internal(set) var state = DashboardState()
    public let source: DashboardDataSource
    public let keymap: Keymap
    /// The terminal size the layout is computed for (set before each key and frame).
    public var size: Size
    /// The themes `t` cycles through; the run loop shows `themeRotation.current`.
    public var themeRotation = ThemeRotation(themes: [], current: .builtinDefault)

    /// What the loop should do after a key.
    public enum Reaction: Equatable { case none, redraw, fullRedraw, quit }

    /// Kiosk or interactive, and how arrivals are marked.
    public let options: WatchOptions
    /// The latest first-seen time already announced, so only later arrivals raise an alert.
    var arrivalMark: String?

    public init(source: DashboardDataSource, size: Size, keymap: Keymap = .standard, options: WatchOptions = WatchOptions()) {
        self.source = source
        self.keymap = keymap
        self.size = size
        self.options = options
        state.storeName = source.storeName
        state.newForSeconds = options.newForSeconds
        state.clockShowsSeconds = options.showSeconds
        state.newNotBefore = options.newNotBefore.map(Ingester.timestamp)
        if options.kiosk {
            state.kiosk = KioskState(cycleSeconds: options.cycleSeconds, locked: options.locked,
                                     showSeconds: options.showSeconds, timeZone: options.timeZone)
        }
    }

    var layout: Layout { Layout.compute(size, for: state) }
    var pageRows: Int { max(1, layout.visibleTableRows) }

    // MARK: - Loading

    /// The filter and sort `state.rows` were read for.
    private struct WindowQuery: Equatable {
        var filter: IncidentFilter
        var sort: IncidentSort
    }

    /// Nil when the rows must be read afresh (new data, filter or sort), else what they show.
    private var windowQuery: WindowQuery?
    /// Counts and chart per filter, kept until the data changes: they do not depend on the sort
    /// or the selection, so keys that move or re-sort never count again.
    private var cachedCounts: [IncidentFilter: Int] = [:]
    private var cachedMonths: [IncidentFilter: [MonthCount]] = [:]
    /// The exact place of the selection being counted in the background, while `selectedIndex`
    /// and `topRow` hold a provisional number for it (the rows shown are right either way).
    private var pendingPosition: (result: PendingResult<Int?>, provisional: Int, query: WindowQuery)?
    /// The count and chart of a filter too costly to count on the UI thread, being counted in the
    /// background. Meanwhile `matchCount` is an upper bound (from the tallies) and the screen says
    /// "counting…"; rows are read by keyset all the same.
    private var pendingCounts: (filter: IncidentFilter, result: PendingResult<FilterCounts>)?
    /// While the count is pending: true when the rows shown were read from the end of the list
    /// (`G`), so their numbers count back from the provisional end and shift when the count comes.
    private var numberedFromEnd = false
    /// A search (or `n`/`N`) running in the background, and the words it was for.
    private var pendingSearch: (request: SearchRequest, words: String, result: PendingResult<SearchHit>)?

    /// Re-reads everything shown: counts, the window, the chart, the selected incident's sources.
    /// The selection stays on the same incident (by id) when rows arrive or the order changes.
    public func reload() throws {
        try reload(dataChanged: true)
    }

    /// Reads what a new filter or sort shows (or, when `dataChanged`, everything).
    func reload(dataChanged: Bool) throws {
        if dataChanged {
            cachedCounts = [:]
            cachedMonths = [:]
            pendingCounts = nil
            state.lastChanged = try source.lastChanged()
        }
        state.totalCount = try count(.none)
        try loadCounts()
        if state.chartMode == .coverage { state.coverage = try source.coverage(countries: state.compareCountries) }
        windowQuery = nil
        let anchor = try state.selectedId.flatMap { try locate($0) ? $0 : nil }
        if state.selectedId != nil && anchor == nil {
            // The selected incident is no longer in the list: start from the top of the new one.
            state.selectedIndex = 0
            state.topRow = 0
        }
        try loadWindow(anchor: anchor)
    }

    /// Sets `selectedIndex` to an incident's place in the list: exact when it is near either end,
    /// else provisional while the exact place is counted in the background. False when the
    /// filter excludes it.
    func locate(_ id: Int64) throws -> Bool {
        pendingPosition = nil
        switch try source.quickPosition(of: id, filter: state.filter, sort: state.sort) {
        case .exact(let index):
            state.selectedIndex = index
        case .far(let margin):
            let provisional = max(margin, min(state.matchCount - 1 - margin, state.selectedIndex))
            state.selectedIndex = provisional
            pendingPosition = (source.exactPositionInBackground(of: id, filter: state.filter, sort: state.sort), provisional,
                               WindowQuery(filter: state.filter, sort: state.sort))
        case .excluded:
            return false
        }
        return true
    }

    /// Puts the exact place of the selection in when its background count has finished: the
    /// row numbers shift, the rows shown stay. True when something changed on screen.
    public func settlePendingPosition() -> Bool {
        guard let pending = pendingPosition, let outcome = pending.result.outcome else { return false }
        pendingPosition = nil
        guard pending.query == windowQuery, case .success(let exact?) = outcome else { return false }
        let shift = exact - pending.provisional
        state.selectedIndex += shift
        state.topRow += shift
        return shift != 0
    }

    /// The filter's count and chart: at once when cheap or already counted, else from a
    /// background count (started here) with an upper bound in the meantime.
    private func loadCounts() throws {
        let filter = state.filter
        numberedFromEnd = false
        if let counted = cachedCounts[filter], let months = cachedMonths[filter] {
            state.matchCount = counted
            state.months = months
            state.countPending = false
            return
        }
        if try source.countsAreQuick(filter: filter) {
            state.matchCount = try count(filter)
            state.months = try months(filter)
            state.countPending = false
            return
        }
        if pendingCounts?.filter != filter {
            pendingCounts = (filter, source.countsInBackground(filter: filter))
        }
        state.countPending = true
        state.matchCount = try count(filter.kindsAndCountriesOnly)
        state.months = []
    }

    /// Puts in the count and chart counted in the background once they are ready. True when
    /// something changed on screen.
    public func settlePendingCounts() -> Bool {
        guard let pending = pendingCounts, let outcome = pending.result.outcome else { return false }
        pendingCounts = nil
        let counts: FilterCounts
        switch outcome {
        case .success(let value): counts = value
        case .failure(let error):
            guard pending.filter == state.filter else { return false }
            state.countPending = false
            showProblem(error)
            return true
        }
        cachedCounts[pending.filter] = counts.count
        cachedMonths[pending.filter] = counts.months
        guard pending.filter == state.filter, state.countPending else { return false }
        if numberedFromEnd {
            let shift = counts.count - state.matchCount
            state.selectedIndex += shift
            state.topRow += shift
            numberedFromEnd = false
        }
        state.matchCount = counts.count
        state.months = counts.months
        state.countPending = false
        if state.selectedIndex >= counts.count || state.topRow < 0 { try? loadWindow() }
        return true
    }

    /// True while something is being counted in the background: the loop then looks for the
    /// result often instead of once per refresh tick.
    public var hasBackgroundWork: Bool { pendingCounts != nil || pendingPosition != nil || pendingSearch != nil }

    func count(_ filter: IncidentFilter) throws -> Int {
        if let known = cachedCounts[filter] { return known }
        let counted = try source.count(filter: filter)
        cachedCounts[filter] = counted
        return counted
    }

    func months(_ filter: IncidentFilter) throws -> [MonthCount] {
        if let known = cachedMonths[filter] { return known }
        let counted = try source.monthlyCounts(filter: filter)
        cachedMonths[filter] = counted
        return counted
    }

    /// Reads the rows around the selection and the selected incident's sources. Only what is
    /// not already on screen is read, next to the rows shown (keyset), never by counting from the
    /// top; `anchor` is the selected incident when its place was just looked up.
    func loadWindow(anchor: Int64? = nil) throws {
        state.selectedIndex = max(0, min(state.selectedIndex, state.matchCount - 1))
        let rows = pageRows
        let oldTop = state.topRow
        if state.selectedIndex < state.topRow { state.topRow = state.selectedIndex }
        if state.selectedIndex >= state.topRow + rows { state.topRow = state.selectedIndex - rows + 1 }
        state.topRow = max(0, min(state.topRow, max(0, state.matchCount - rows)))
        let needed = max(0, min(rows, state.matchCount - state.topRow))
        let query = WindowQuery(filter: state.filter, sort: state.sort)
        state.rows = windowQuery == query ? try movedWindow(from: oldTop, needed: needed) : try freshWindow(needed, anchor: anchor)
        windowQuery = query
        if state.countPending, !numberedFromEnd, state.rows.count < needed, state.topRow + state.rows.count < state.matchCount {
            // The list ended before the provisional count: now its length is known.
            state.matchCount = state.topRow + state.rows.count
            return try loadWindow()
        }
        let previous = state.selectedId
        state.selectedId = state.selectedRow?.id
        if state.selectedId != previous || state.sources.isEmpty {
            state.sources = try state.selectedId.map { try source.sourceArticles(incidentId: $0) } ?? []
            if state.selectedId != previous {
                // Open on the first source with article text: a reference record has only a URL.
                state.sourceIndex = state.sources.firstIndex { $0.body != nil } ?? 0
                state.articleScroll = 0
            }
        }
        state.sourceIndex = min(state.sourceIndex, max(0, state.sources.count - 1))
    }

    /// Rows for a new filter, sort or data: from either end, or around the anchor.
    private func freshWindow(_ needed: Int, anchor: Int64?) throws -> [Incident] {
        guard needed > 0 else { return [] }
        if state.topRow == 0 { return try window(.start, needed) }
        if state.topRow + needed >= state.matchCount { return try window(.end, needed) }
        if let anchor {
            let above = state.selectedIndex - state.topRow
            let before = above > 0 ? try window(.before(anchor), above) : []
            let rest = try window(.at(anchor), needed - before.count)
            if before.count == above, rest.first?.id == anchor { return before + rest }
        }
        pendingPosition = nil
        return try source.rows(filter: state.filter, sort: state.sort, offset: state.topRow, limit: needed)
    }

    /// Rows after the selection moved: the rows still shown are kept, the new ones read next to them.
    private func movedWindow(from oldTop: Int, needed: Int) throws -> [Incident] {
        let old = state.rows
        let shift = state.topRow - oldTop
        if shift == 0 && old.count == needed { return old }
        guard needed > 0 else { return [] }
        if state.topRow == 0 { return try window(.start, needed) }
        if state.topRow + needed >= state.matchCount { return try window(.end, needed) }
        if shift >= 0, shift <= old.count, let last = old.last {
            let kept = Array(old.dropFirst(shift).prefix(needed))
            guard kept.count < needed else { return kept }
            return kept + (try window(.after(kept.last?.id ?? last.id), needed - kept.count))
        }
        if shift < 0, -shift <= needed, let first = old.first {
            let added = try window(.before(first.id), -shift)
            if added.count == -shift { return Array((added + old).prefix(needed)) }
        }
        return try source.rows(filter: state.filter, sort: state.sort, offset: state.topRow, limit: needed)
    }

    private func window(_ anchor: RowAnchor, _ limit: Int) throws -> [Incident] {
        // Rows read from either end carry exact numbers: a provisional one no longer applies.
        if anchor == .start || anchor == .end { pendingPosition = nil }
        // Unless the list's length is still being counted: then rows from the end are numbered back from a guess.
        if state.countPending, anchor == .start || anchor == .end { numberedFromEnd = anchor == .end }
        return try source.rows(filter: state.filter, sort: state.sort, from: anchor, limit: limit)
    }

    /// Selects an incident by id wherever it is in the list; false when the filter excludes it.
    @discardableResult
    func jump(to id: Int64) throws -> Bool {
        guard try locate(id) else { return false }
        windowQuery = nil
        try loadWindow(anchor: id)
        return true
    }

    /// Called every refresh tick: re-reads only when another process changed the store. When the
    /// store cannot be read, keeps what it shows and sets the fault banner; clears it on recovery.
    public func refreshIfChanged(now: Date = Date()) throws -> Bool {
        let counted = settlePendingCounts()
        let searched = (try? settlePendingSearch()) ?? true
        let settled = settlePendingPosition() || counted || searched
        let changed: Bool
        do {
            changed = try source.hasChanged()
        } catch {
            let reason = StoreUnavailable.classify(error).description
            guard state.fault != reason else { return settled }
            state.fault = reason
            return true
        }
        let recovered = state.fault != nil
        state.fault = nil
        state.dataAsOf = now
        guard changed || recovered else { return settled }
        state.sources = []
        // Watching the top of the list: it stays the top, so what arrives above comes into view
        // and is selected. A selection further down keeps following its incident.
        if state.selectedIndex == 0 { state.selectedId = nil }
        try reload()
        try refreshWatch(now: now)
        return true
    }

    // MARK: - Keys

    public func handle(_ key: Key) throws -> Reaction {
        if case .resize = key {
            try loadWindow()
            return .fullRedraw
        }
        if state.kiosk != nil { return kioskReaction(to: key) }
        _ = settlePendingCounts()
        _ = try settlePendingSearch()
        _ = settlePendingPosition()
        if let prompt = state.prompt { return try handlePrompt(prompt, key) }
        if state.showHelp {
            state.showHelp = false
            return .redraw
        }
        state.message = nil
        if case .mouse(let event) = key { return try handleMouse(event) }
        if case .character(let ch) = key, let digit = ch.wholeNumberValue, (1...9).contains(digit) {
            guard digit <= state.sources.count else { return .none }
            selectSource(digit - 1)
            return .redraw
        }
        guard let command = keymap.command(for: key) else { return .none }
        return try apply(command)
    }

    public func apply(_ command: Command) throws -> Reaction {
        let inArticle = state.focus == .detail
        switch command {
        case .moveDown: inArticle ? scrollArticle(1) : try moveSelection(to: state.selectedIndex + 1)
        case .moveUp: inArticle ? scrollArticle(-1) : try moveSelection(to: state.selectedIndex - 1)
        case .pageDown: inArticle ? scrollArticle(layout.visibleArticleLines) : try moveSelection(to: state.selectedIndex + pageRows)
        case .pageUp: inArticle ? scrollArticle(-layout.visibleArticleLines) : try moveSelection(to: state.selectedIndex - pageRows)
        case .jumpFirst: inArticle ? (state.articleScroll = 0) : try moveSelection(to: 0)
        case .jumpLast: inArticle ? scrollArticle(Int.max / 2) : try moveSelection(to: state.matchCount - 1)
        case .cycleSort:
            let all = IncidentSort.Column.allCases
            let next = all[(all.firstIndex(of: state.sort.column)! + 1) % all.count]
            state.sort = IncidentSort(column: next, descending: next == .date || next == .killed || next == .injured || next == .sources)
            try reload(dataChanged: false)
        case .reverseSort:
            state.sort.descending.toggle()
            try reload(dataChanged: false)
        case .focusNext: state.focus = state.focus == .table ? .detail : .table
        case .back:
            if state.focus == .detail {
                state.focus = .table
            } else if state.searchText != nil {
                state.searchText = nil
                state.searchHitCount = 0
            } else if !state.filter.isEmpty {
                state.filter = .none
                try reload(dataChanged: false)
            }
        case .nextSource: selectSource(state.sourceIndex + 1)
        case .previousSource: selectSource(state.sourceIndex - 1)
        case .chartBack: state.chartShift += 1
        case .chartForward: state.chartShift = max(0, state.chartShift - 1)
        case .search: state.prompt = .search(state.searchText ?? "")
        case .filter: state.prompt = .filter(state.filter.source)
        case .nextHit: try jumpToHit(forward: true)
        case .previousHit: try jumpToHit(forward: false)
        case .exportView: exportView()
        case .toggleChart: try toggleChart()
        case .cycleTheme: cycleTheme()
        case .help: state.showHelp = true
        case .redraw: return .fullRedraw
        case .quit: return .quit
        }
        return .redraw
    }

    func moveSelection(to index: Int) throws {
        let target = max(0, min(index, state.matchCount - 1))
        guard target != state.selectedIndex else { return }
        state.selectedIndex = target
        try loadWindow()
    }

    func scrollArticle(_ delta: Int) {
        let width = max(1, layout.detail.width - 2)
        let maxScroll = max(0, DetailPane.articleLineCount(.of(state), width: width) - layout.visibleArticleLines)
        state.articleScroll = max(0, min(maxScroll, state.articleScroll + delta))
    }

    func selectSource(_ index: Int) {
        guard !state.sources.isEmpty else { return }
        let clamped = max(0, min(index, state.sources.count - 1))
        if clamped != state.sourceIndex { state.articleScroll = 0 }
        state.sourceIndex = clamped
    }

    // MARK: - Prompts

    func handlePrompt(_ prompt: DashboardState.Prompt, _ key: Key) throws -> Reaction {
        var text: String
        switch prompt {
        case .search(let t), .filter(let t): text = t
        }
        switch key {
        case .escape:
            state.prompt = nil
            if case .filter = prompt, !state.filter.isEmpty {
                state.filter = .none
                try reload(dataChanged: false)
            }
            return .redraw
        case .enter:
            state.prompt = nil
            switch prompt {
            case .search: try runSearch(text)
            case .filter: try applyFilter(text)
            }
            return .redraw
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .character(let ch):
            text.append(ch)
        case .ctrl("u"):
            text = ""
        default:
            return .none
        }
        switch prompt {
        case .search: state.prompt = .search(text)
        case .filter: state.prompt = .filter(text)
        }
        return .redraw
    }

    func applyFilter(_ text: String) throws {
        do {
            state.filter = try FilterParser.parse(text)
        } catch {
            state.message = String(describing: error)
            return
        }
        try reload(dataChanged: false)
        if state.matchCount == 0 { state.message = "no incident matches `\(text)` (Esc clears the filter)" }
    }

    /// The filter shown plus the search words: its rows are the search hits, in list order.
    func searchFilter(_ words: String) -> IncidentFilter {
        var hits = state.filter
        hits.terms.append(IncidentFilter.Term(.text(words)))
        return hits
    }

    func runSearch(_ text: String) throws {
        let words = text.trimmingCharacters(in: .whitespaces)
        guard !words.isEmpty else { return }
        state.searchText = words
        state.searchHitCount = 0
        // Hits are found by walking the list from the selection, never all listed: the message
        // gives the cheap full-text count of matching articles and summaries instead.
        let from: RowAnchor = state.selectedId.map { .at($0) } ?? .start
        try startSearch(SearchRequest(hits: searchFilter(words), sort: state.sort, from: from, wrap: .start, countWords: words), words: words)
    }

    /// Starts a search; a large store answers in the background while the status line says so.
    func startSearch(_ request: SearchRequest, words: String) throws {
        pendingSearch = (request, words, source.search(request))
        if try !settlePendingSearch() { state.message = "searching /\(words)…" }
    }

    /// Jumps to the hit of the search that finished, if it still applies. True when done.
    @discardableResult
    public func settlePendingSearch() throws -> Bool {
        guard let pending = pendingSearch, let outcome = pending.result.outcome else { return false }
        pendingSearch = nil
        guard pending.words == state.searchText, pending.request.hits == searchFilter(pending.words),
              pending.request.sort == state.sort else { return false } // the view changed meanwhile
        let hit = try outcome.get()
        if let matches = hit.textMatches { state.searchHitCount = matches }
        guard state.searchHitCount > 0, let id = hit.incidentId else {
            if pending.request.countWords != nil {
                state.searchHitCount = 0
                state.message = "no incident here matches `\(pending.words)`"
            }
            return true
        }
        try jump(to: id)
        announceHit()
        return true
    }

    /// Opens the selected incident's first source whose text holds a search word, scrolled to it,
    /// and says how many articles and summaries match.
    func announceHit() {
        let words = SearchMatches.words(of: state.searchText)
        if let index = state.sources.firstIndex(where: { !SearchMatches.ranges(of: words, in: $0.body ?? "").isEmpty }) {
            state.sourceIndex = index
            let width = max(1, layout.detail.width - 2)
            let line = DetailPane.firstHitLine(.of(state), width: width) ?? 0
            state.articleScroll = max(0, line - 1)
        }
        let n = state.searchHitCount
        state.message = "/\(state.searchText ?? ""): \(Formatting.thousands(n)) matching article\(n == 1 ? "" : "s") or summar\(n == 1 ? "y" : "ies") (n/N next/previous)"
    }

    func jumpToHit(forward: Bool) throws {
        guard let words = state.searchText, state.searchHitCount > 0 else {
            state.message = pendingSearch == nil ? "no search yet: press / to search" : state.message
            return
        }
        let from: RowAnchor = state.selectedId.map { forward ? .after($0) : .before($0) } ?? .start
        try startSearch(SearchRequest(hits: searchFilter(words), sort: state.sort, from: from, wrap: forward ? .start : .end,
                                      countWords: nil), words: words)
    }

    // MARK: - Mouse

    func handleMouse(_ event: MouseEvent) throws -> Reaction {
        let table = layout.table
        switch event.kind {
        case .wheelUp: return try apply(.moveUp)
        case .wheelDown: return try apply(.moveDown)
        default: break
        }
        guard table.contains(x: event.x, y: event.y) else {
            if layout.detail.contains(x: event.x, y: event.y) { state.focus = .detail; return .redraw }
            return .none
        }
        state.focus = .table
        let innerX = event.x - table.x - 1 - IncidentTable.markWidth
        if event.y == table.y + 1, let column = IncidentTable.sortColumn(atX: innerX, width: table.width - 2 - IncidentTable.markWidth) {
            if state.sort.column == column { state.sort.descending.toggle() } else { state.sort = IncidentSort(column: column) }
            try reload(dataChanged: false)
            return .redraw
        }
        let row = event.y - table.y - 2
        if row >= 0 && row < state.rows.count { try moveSelection(to: state.topRow + row) }
        return .redraw
    }

    /// The frame for this state at the current size; pure ASCII when `unicode` is false.
    public func render(now: Date, unicode: Bool = true) -> Grid {
        keepArticleWrapped()
        let frame = DashboardView.render(state, size: size, now: now, unicode: unicode, keymap: keymap)
        return unicode ? frame : frame.transliteratedToASCII()
    }

    /// Wraps the open article for the detail pane's width once, for this and later frames.
    func keepArticleWrapped() {
        let layout = self.layout
        guard !layout.tooSmall, let body = DetailContent.of(state).body else { return }
        let width = max(1, layout.detail.width - 2)
        if let kept = state.articleWrap, kept.width == width, kept.text == body { return }
        state.articleWrap = ArticleWrap(body, width: width)
    }

    /// The last frame with only its header drawn again: what a turn of the clock changes, for a
    /// fraction of the cost of a whole frame. Equal to `render(now:)` when nothing else changed.
    public func rerenderHeader(of frame: Grid, now: Date, unicode: Bool = true) -> Grid {
        var grid = frame
        DashboardView.drawHeaderOnly(state, into: &grid, now: now)
        return unicode ? grid : grid.transliteratedToASCII()
    }
}

extension DashboardModel {
    /// `e`: the current view to a file, and where it went on the status line.
    func exportView() {
        do {
            let written = try source.exportView(filter: state.filter, sort: state.sort)
            state.message = "exported \(written.count) incident\(written.count == 1 ? "" : "s") to \(written.path)"
        } catch {
            state.message = "export failed: \(error)"
        }
    }

    /// `c`: attacks per month ↔ tracked vs official totals.
    func toggleChart() throws {
        state.chartMode = state.chartMode == .monthly ? .coverage : .monthly
        state.chartShift = 0
        if state.chartMode == .coverage {
            state.coverage = try source.coverage(countries: state.compareCountries)
            if state.coverage.isEmpty { state.message = "no official totals in the store: watchfloor import totals FILE.csv" }
        }
    }

    /// The countries the chart compares (`--compare`), and the chart mode (`render --chart`).
    public func setChart(countries: [String], coverage: Bool = false) throws {
        state.compareCountries = countries
        state.chartMode = coverage ? .coverage : .monthly
        if coverage { state.coverage = try source.coverage(countries: countries) }
    }
}

extension DashboardModel {
    func setMessage(_ text: String?) { state.message = text }
}

extension DashboardModel {
    /// Applies a filter text, throwing the parser's error (for `render --filter`).
    public func applyFilterText(_ text: String) throws {
        state.filter = try FilterParser.parse(text)
        try reload(dataChanged: false)
    }

    /// Moves the selection to an incident by id, if the filter shows it.
    public func select(id: Int64) throws {
        guard let position = try source.position(of: id, filter: state.filter, sort: state.sort) else {
            throw FilterParser.ParseError(term: "--select \(id)", message: "no incident #\(id) among the rows shown")
        }
        pendingPosition = nil
        state.selectedIndex = position
        windowQuery = nil
        try loadWindow(anchor: id)
    }
}
