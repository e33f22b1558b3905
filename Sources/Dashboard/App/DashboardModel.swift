import Foundation
import IncidentCore
import TUI

/// The dashboard's behaviour without a terminal: applies keys to the state and reads from the
/// data source what the state needs. The run loop and `render` both drive it.
public final class DashboardModel {
    public private(set) var state = DashboardState()
    public let source: DashboardDataSource
    public let keymap: Keymap
    /// The terminal size the layout is computed for (set before each key and frame).
    public var size: Size

    /// What the loop should do after a key.
    public enum Reaction: Equatable { case none, redraw, fullRedraw, quit }

    public init(source: DashboardDataSource, size: Size, keymap: Keymap = .standard) {
        self.source = source
        self.keymap = keymap
        self.size = size
        state.storeName = source.storeName
    }

    var layout: Layout { Layout.compute(size) }
    var pageRows: Int { max(1, layout.visibleTableRows) }

    // MARK: - Loading

    /// Re-reads everything shown: counts, the window, the chart, the selected incident's sources.
    /// The selection stays on the same incident (by id) when rows arrive or the order changes.
    public func reload() throws {
        state.totalCount = try source.count(filter: .none)
        state.matchCount = try source.count(filter: state.filter)
        state.lastChanged = try source.lastChanged()
        state.months = try source.monthlyCounts(filter: state.filter)
        if let id = state.selectedId, let position = try source.position(of: id, filter: state.filter, sort: state.sort) {
            state.selectedIndex = position
        }
        try loadWindow()
    }

    /// Reads the rows around the selection and the selected incident's sources.
    func loadWindow() throws {
        state.selectedIndex = max(0, min(state.selectedIndex, state.matchCount - 1))
        let rows = pageRows
        if state.selectedIndex < state.topRow { state.topRow = state.selectedIndex }
        if state.selectedIndex >= state.topRow + rows { state.topRow = state.selectedIndex - rows + 1 }
        state.topRow = max(0, min(state.topRow, max(0, state.matchCount - rows)))
        state.rows = try source.rows(filter: state.filter, sort: state.sort, offset: state.topRow, limit: rows)
        let previous = state.selectedId
        state.selectedId = state.selectedRow?.id
        if state.selectedId != previous || state.sources.isEmpty {
            state.sources = try state.selectedId.map { try source.sourceArticles(incidentId: $0) } ?? []
            if state.selectedId != previous {
                state.sourceIndex = 0
                state.articleScroll = 0
            }
        }
        state.sourceIndex = min(state.sourceIndex, max(0, state.sources.count - 1))
    }

    /// Called every refresh tick: re-reads only when another process changed the store.
    public func refreshIfChanged() throws -> Bool {
        guard try source.hasChanged() else { return false }
        state.sources = []
        try reload()
        return true
    }

    // MARK: - Keys

    public func handle(_ key: Key) throws -> Reaction {
        if case .resize = key {
            try loadWindow()
            return .fullRedraw
        }
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
            try reload()
        case .reverseSort:
            state.sort.descending.toggle()
            try reload()
        case .focusNext: state.focus = state.focus == .table ? .detail : .table
        case .back:
            if state.focus == .detail {
                state.focus = .table
            } else if !state.filter.isEmpty {
                state.filter = .none
                try reload()
            }
        case .nextSource: selectSource(state.sourceIndex + 1)
        case .previousSource: selectSource(state.sourceIndex - 1)
        case .chartBack: state.chartShift += 1
        case .chartForward: state.chartShift = max(0, state.chartShift - 1)
        case .search: state.prompt = .search(state.searchText ?? "")
        case .filter: state.prompt = .filter(state.filter.source)
        case .nextHit: try jumpToHit(forward: true)
        case .previousHit: try jumpToHit(forward: false)
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
        let maxScroll = max(0, DetailPane.articleLineCount(state, width: width) - layout.visibleArticleLines)
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
                try reload()
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
        try reload()
        if state.matchCount == 0 { state.message = "no incident matches `\(text)` (Esc clears the filter)" }
    }

    func runSearch(_ text: String) throws {
        let words = text.trimmingCharacters(in: .whitespaces)
        guard !words.isEmpty else { return }
        state.searchText = words
        state.searchHits = try source.searchHits(words, filter: state.filter, sort: state.sort)
        guard !state.searchHits.isEmpty else {
            state.message = "no article matches `\(words)`"
            return
        }
        let next = state.searchHits.first { $0 >= state.selectedIndex } ?? state.searchHits[0]
        try moveSelection(to: next)
        state.message = "/\(words): \(state.searchHits.count) incident\(state.searchHits.count == 1 ? "" : "s") (n/N next/previous)"
    }

    func jumpToHit(forward: Bool) throws {
        guard !state.searchHits.isEmpty else {
            state.message = "no search yet: press / to search"
            return
        }
        let hits = state.searchHits
        let next = forward ? (hits.first { $0 > state.selectedIndex } ?? hits[0])
                           : (hits.last { $0 < state.selectedIndex } ?? hits[hits.count - 1])
        try moveSelection(to: next)
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
        let innerX = event.x - table.x - 1
        if event.y == table.y + 1, let column = IncidentTable.sortColumn(atX: innerX, width: table.width - 2) {
            if state.sort.column == column { state.sort.descending.toggle() } else { state.sort = IncidentSort(column: column) }
            try reload()
            return .redraw
        }
        let row = event.y - table.y - 2
        if row >= 0 && row < state.rows.count { try moveSelection(to: state.topRow + row) }
        return .redraw
    }

    /// The frame for this state at the current size; pure ASCII when `unicode` is false.
    public func render(now: Date, unicode: Bool = true) -> Grid {
        let frame = DashboardView.render(state, size: size, now: now, unicode: unicode, keymap: keymap)
        return unicode ? frame : frame.transliteratedToASCII()
    }
}

extension DashboardModel {
    func setMessage(_ text: String?) { state.message = text }
}

extension DashboardModel {
    /// Applies a filter text, throwing the parser's error (for `render --filter`).
    public func applyFilterText(_ text: String) throws {
        state.filter = try FilterParser.parse(text)
        try reload()
    }

    /// Moves the selection to an incident by id, if the filter shows it.
    public func select(id: Int64) throws {
        guard let position = try source.position(of: id, filter: state.filter, sort: state.sort) else {
            throw FilterParser.ParseError(term: "--select \(id)", message: "no incident #\(id) among the rows shown")
        }
        state.selectedIndex = position
        try loadWindow()
    }
}
