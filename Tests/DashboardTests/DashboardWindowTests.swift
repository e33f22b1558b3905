import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// The table reads only the rows it shows, next to the rows already on screen. Whatever the keys,
/// what the user sees must be exactly the sorted list.
@Suite struct DashboardWindowTests {
    func model(_ width: Int = 120, _ height: Int = 32) throws -> (DashboardModel, TestStoreSource) {
        let source = try TestStoreSource()
        let model = DashboardModel(source: source, size: Size(width: width, height: height))
        try model.reload()
        return (model, source)
    }

    func expectedIds(_ source: TestStoreSource, _ model: DashboardModel) throws -> [Int64] {
        try source.store.incidents(filter: model.state.filter, sort: model.state.sort, offset: 0, limit: 10_000).map(\.id)
    }

    /// The rows on screen are the slice of the sorted list at `topRow`, and the selection is the row at `selectedIndex`.
    func expectConsistent(_ model: DashboardModel, _ expected: [Int64], _ note: String) {
        let top = model.state.topRow
        let shown = model.state.rows.map(\.id)
        #expect(shown == Array(expected[top..<min(expected.count, top + shown.count)]), "\(note): rows at \(top)")
        #expect(model.state.selectedId == expected[model.state.selectedIndex], "\(note): selection")
    }

    @Test func walkingDownAndUpShowsEveryIncidentInOrder() throws {
        let (model, source) = try model(80, 24)
        let expected = try expectedIds(source, model)
        var seen: [Int64] = []
        for _ in expected.indices {
            seen.append(try #require(model.state.selectedId))
            expectConsistent(model, expected, "down")
            _ = try model.handle(.character("j"))
        }
        #expect(seen == expected)
        for _ in expected.indices {
            _ = try model.handle(.character("k"))
            expectConsistent(model, expected, "up")
        }
        #expect(model.state.selectedIndex == 0)
    }

    @Test func pagesJumpsAndSortsKeepRowsAndSelectionInStep() throws {
        let (model, source) = try model()
        for key: Key in [.pageDown, .pageDown, .pageUp, .character("G"), .pageUp, .character("k"), .character("g"), .pageDown] {
            _ = try model.handle(key)
            expectConsistent(model, try expectedIds(source, model), "\(key)")
        }
        for _ in 0..<2 * IncidentSort.Column.allCases.count {
            let chosen = model.state.selectedId
            _ = try model.handle(.character("s"))
            #expect(model.state.selectedId == chosen, "sort keeps the selected incident")
            expectConsistent(model, try expectedIds(source, model), "sort \(model.state.sort.column)")
            _ = try model.handle(.character("S"))
            expectConsistent(model, try expectedIds(source, model), "reversed \(model.state.sort.column)")
        }
    }

    @Test func searchHitsFollowTheListOrderAndWrapAround() throws {
        let (model, source) = try model()
        _ = try model.handle(.character("/"))
        for ch in "shaddadi" { _ = try model.handle(.character(ch)) }
        _ = try model.handle(.enter)
        var hits = try source.store.count(filter: try FilterParser.parse("shaddadi"))
        #expect(hits > 1)
        #expect(model.state.message?.contains("\(model.state.searchHitCount) matching") == true)
        var visited: [Int] = [model.state.selectedIndex]
        while hits > 1 {
            _ = try model.handle(.character("n"))
            #expect(model.state.selectedRow?.location?.contains("Shaddadi") == true)
            visited.append(model.state.selectedIndex)
            hits -= 1
        }
        #expect(visited == visited.sorted(), "n walks down the list")
        _ = try model.handle(.character("n"))
        #expect(model.state.selectedIndex == visited[0], "and wraps to the first hit")
        _ = try model.handle(.character("N"))
        #expect(model.state.selectedIndex == visited.last, "N wraps back to the last")
        expectConsistent(model, try expectedIds(source, model), "search")
    }

    @Test func aFilterThatHidesTheSelectionStartsAtTheTopOfTheNewList() throws {
        let (model, source) = try model()
        _ = try model.handle(.character("G"))
        #expect(model.state.selectedRow?.country == "Iraq")
        try model.applyFilterText("country:syria")
        #expect(model.state.matchCount > model.state.rows.count, "the new list is longer than a page")
        #expect(model.state.selectedIndex == 0 && model.state.topRow == 0)
        #expect(model.state.selectedRow?.country == "Syria")
        expectConsistent(model, try expectedIds(source, model), "filtered")
    }
}
