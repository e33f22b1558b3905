import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// On a large store, counts of costly filters and text searches run off the UI thread: the screen
/// answers the key at once ("counting…", "searching…") and shows the result when it is ready.
/// Here the fixture store is told to treat itself as large, so the real background path runs.
@Suite struct BackgroundWorkTests {
    func model(_ contents: TestStoreSource.Contents = .referenceData) throws -> (DashboardModel, TestStoreSource) {
        let source = try TestStoreSource(contents)
        source.backgroundWorkAbove = 0
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32))
        _ = try source.hasChanged() // as the run loop does: only later commits count as changes
        try model.reload()
        return (model, source)
    }

    /// Lets the background work finish and picks its results up, as the run loop does each tick.
    func settle(_ model: DashboardModel) throws {
        let deadline = Date().addingTimeInterval(30)
        while model.hasBackgroundWork, Date() < deadline {
            _ = try model.refreshIfChanged(now: fixedNow)
            usleep(1_000)
        }
        #expect(!model.hasBackgroundWork, "the background work finished")
    }

    func expectedIds(_ source: TestStoreSource, _ model: DashboardModel) throws -> [Int64] {
        try source.store.incidents(filter: model.state.filter, sort: model.state.sort, offset: 0, limit: 10_000).map(\.id)
    }

    @Test func aCostlyFilterShowsItsRowsAtOnceAndItsCountWhenCounted() throws {
        let (model, source) = try model()
        try model.applyFilterText("weapon:drone")
        let expected = try expectedIds(source, model)
        #expect(expected.count > 5)
        #expect(model.state.countPending)
        #expect(model.render(now: fixedNow).lines()[0].contains("counting… / 84 incidents"))
        #expect(model.state.rows.map(\.id) == Array(expected.prefix(model.state.rows.count)), "the first rows are right meanwhile")
        try settle(model)
        #expect(!model.state.countPending)
        #expect(model.state.matchCount == expected.count)
        #expect(model.state.months == (try source.store.monthlyCounts(filter: model.state.filter)))
        #expect(model.render(now: fixedNow).lines()[0].contains("\(expected.count) / 84 incidents"))
    }

    @Test func jumpingToTheEndWhileCountingShowsTheLastRowsNumberedWhenCounted() throws {
        let (model, source) = try model()
        try model.applyFilterText("weapon:drone")
        let expected = try expectedIds(source, model)
        _ = try model.handle(.character("G"))
        #expect(model.state.selectedId == expected.last, "G shows the real last row before the count is known")
        try settle(model)
        #expect(model.state.selectedIndex == expected.count - 1)
        #expect(model.state.selectedId == expected.last)
        let top = model.state.topRow
        #expect(model.state.rows.map(\.id) == Array(expected[top..<min(expected.count, top + model.state.rows.count)]))
        _ = try model.handle(.character("k"))
        #expect(model.state.selectedId == expected[expected.count - 2])
    }

    @Test func pagingPastTheEndWhileCountingStopsAtTheLastRow() throws {
        let (model, source) = try model()
        try model.applyFilterText("weapon:drone")
        let expected = try expectedIds(source, model)
        for _ in 0..<5 { _ = try model.handle(.pageDown) }
        #expect(model.state.selectedId == expected.last)
        #expect(model.state.matchCount == expected.count, "reading past the end tells the length")
        try settle(model)
        #expect(model.state.selectedIndex == expected.count - 1)
        #expect(model.state.selectedId == expected.last)
    }

    @Test func aSearchSaysItIsSearchingThenJumpsToTheHit() throws {
        let (model, _) = try model(.seedArticles)
        _ = try model.handle(.character("/"))
        for ch in "concussions" { _ = try model.handle(.character(ch)) }
        _ = try model.handle(.enter)
        // Unless the other thread was already done, the status line says the search is running.
        #expect(model.state.message == "searching /concussions…" || !model.hasBackgroundWork)
        try settle(model)
        #expect(model.state.message == "/concussions: 1 matching article or summary (n/N next/previous)")
        #expect(model.state.selectedRow?.date.exported == "2024-01-20")
        _ = try model.handle(.character("n"))
        try settle(model)
        #expect(model.state.selectedRow?.date.exported == "2024-01-20", "the only hit wraps around to itself")
    }
}
