import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// Full-text search as an analyst uses it: the hit's article opens where the word is, the word
/// stands out, n/N walk the hits, Esc clears it.
@Suite struct SearchTests {
    @Test func aHitOpensTheArticleAtTheWordAndMarksIt() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32))
        try model.reload()
        _ = try model.handle(.character("/"))
        for ch in "concussions" { _ = try model.handle(.character(ch)) }
        _ = try model.handle(.enter)
        #expect(model.state.message == "/concussions: hit 1 of 1 (n/N next/previous)")
        // Only the Italian report of the 2024-01-20 attack says it: its tab is open, the word on screen.
        #expect(model.state.selectedRow?.date.exported == "2024-01-20")
        #expect(model.state.sources[model.state.sourceIndex].source.outlet == "unknown Italian outlet (translated)")
        let grid = model.render(now: fixedNow)
        let lines = grid.lines()
        let row = try #require(lines.firstIndex { $0.contains("concussions") }, "the word is in view")
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "concussions")!.lowerBound)
        #expect(grid.role(x: column, y: row) == .selection, "the hit is marked")
        _ = try model.handle(.escape)
        #expect(model.state.searchText == nil)
        #expect(model.render(now: fixedNow).role(x: column, y: row) != .selection, "Esc clears the marks")
    }
}
