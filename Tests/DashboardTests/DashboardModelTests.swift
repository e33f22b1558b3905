import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

@Suite struct DashboardModelTests {
    func model(_ width: Int = 120, _ height: Int = 32) throws -> (DashboardModel, TestStoreSource) {
        let source = try TestStoreSource()
        let model = DashboardModel(source: source, size: Size(width: width, height: height))
        try model.reload()
        return (model, source)
    }

    func text(_ model: DashboardModel) -> String {
        model.render(now: fixedNow).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    @Test func firstFrameShowsNewestFirstWithChartAndDetail() throws {
        let (model, _) = try model()
        let frame = text(model)
        #expect(frame.contains("Watchfloor │ dash.sqlite │ 84 / 84 incidents"))
        #expect(frame.contains("sort: date ↓"))
        #expect(frame.contains("12:00 UTC"))
        #expect(frame.contains("█ Iraq  ▓ Syria  ░ other"))
        #expect(frame.contains("Jan") && frame.contains("2024"))
        let lines = frame.split(separator: "\n")
        #expect(lines[3].contains("2024-08-13"), "the newest incident is the first row")
        #expect(model.state.selectedRow?.date.exported == "2024-08-13")
        #expect(frame.contains("#\(model.state.selectedId!) attack 2024-08-13 · Conoco gas field, Syria · rocket"))
    }

    @Test func movingTheSelectionChangesTheDetailPane() throws {
        let (model, _) = try model()
        let first = model.state.selectedId
        #expect(try model.handle(.character("j")) == .redraw)
        #expect(model.state.selectedIndex == 1)
        #expect(model.state.selectedId != first)
        #expect(text(model).contains("Rumalyn Landing Zone, Syria · drone"))
        _ = try model.handle(.character("G"))
        #expect(model.state.selectedIndex == 83)
        #expect(model.state.selectedRow?.date.exported == "2023-10-18")
        _ = try model.handle(.character("g"))
        #expect(model.state.selectedIndex == 0)
        _ = try model.handle(.pageDown)
        #expect(model.state.selectedIndex == Layout.compute(Size(width: 120, height: 32)).visibleTableRows)
    }

    @Test func selectionStaysOnTheSameIncidentWhenRowsArriveOrTheOrderChanges() throws {
        let (model, source) = try model()
        _ = try model.handle(.character("j"))
        _ = try model.handle(.character("j"))
        let chosen = try #require(model.state.selectedId)
        try source.addIncident(csvRow: "2024-08-20,Syria,Al-Tanf Garrison,drone,,,,https://example.org/late")
        #expect(try model.refreshIfChanged())
        #expect(model.state.selectedId == chosen)
        #expect(model.state.selectedIndex == 3)
        #expect(model.state.totalCount == 85)
        _ = try model.handle(.character("s")) // sort by country
        #expect(model.state.sort.column == .country)
        #expect(model.state.selectedId == chosen)
        #expect(text(model).contains("sort: country"))
    }

    @Test func filterNarrowsTableHeaderAndChart() throws {
        let (model, _) = try model()
        _ = try model.handle(.character("f"))
        for ch in "country:syria" { _ = try model.handle(.character(ch)) }
        _ = try model.handle(.enter)
        #expect(model.state.matchCount == 50)
        #expect(model.state.months.allSatisfy { $0.country == "Syria" })
        #expect(text(model).contains("50 / 84 incidents │ filter: country:syria"))
        _ = try model.handle(.escape)
        #expect(model.state.matchCount == 84)
        _ = try model.handle(.character("f"))
        for ch in "colour:red" { _ = try model.handle(.character(ch)) }
        _ = try model.handle(.enter)
        #expect(model.state.message?.contains("unknown field") == true)
        #expect(model.state.matchCount == 84)
    }

    @Test func searchFindsAndNextHitMoves() throws {
        let (model, _) = try model()
        _ = try model.handle(.character("/"))
        for ch in "tanf" { _ = try model.handle(.character(ch)) }
        _ = try model.handle(.enter)
        #expect(model.state.searchHitCount > 1)
        #expect(model.state.selectedRow?.location?.contains("Tanf") == true)
        let first = model.state.selectedIndex
        _ = try model.handle(.character("n"))
        #expect(model.state.selectedIndex > first)
        #expect(model.state.selectedRow?.location?.contains("Tanf") == true)
    }

    @Test func helpOverlayListsEveryBindingAndClosesOnAnyKey() throws {
        let (model, _) = try model(160, 48)
        _ = try model.handle(.character("?"))
        let frame = text(model)
        for binding in Keymap.standard.bindings { #expect(frame.contains(binding.help), "\(binding.help)") }
        _ = try model.handle(.character("x"))
        #expect(!model.state.showHelp)
        #expect(try model.handle(.character("q")) == .quit)
        #expect(try model.handle(.function(10)) == .quit)
    }

    @Test func everySizeRendersWithoutDrawingOutside() throws {
        let (model, _) = try model()
        for (w, h) in [(1, 1), (2, 1), (10, 3), (20, 6), (39, 11), (40, 12), (80, 24), (119, 31), (120, 32), (160, 48), (500, 200)] {
            model.size = Size(width: w, height: h)
            _ = try model.handle(.resize)
            let grid = model.render(now: fixedNow)
            #expect(grid.width == w && grid.height == h)
            #expect(grid.lines().allSatisfy { DisplayWidth.of($0) == w })
        }
        model.size = Size(width: 20, height: 6)
        #expect(text(model).contains("terminal too small"))
    }

    @Test func loopDrawsOnlyWhenTheFrameChangesAndStopsOnASignal() throws {
        let (model, _) = try model()
        let terminal = ScriptedTerminal(size: Size(width: 120, height: 32),
                                        script: [.timeout, .timeout, .key(.character("j")), .timeout, .timeout, .signal(.interrupt)])
        try DashboardLoop.run(model: model, terminal: terminal, refreshSeconds: 1, clock: { fixedNow })
        // The first frame and the one after j; idle ticks with no change draw nothing.
        #expect(terminal.drawCalls == 2)
        #expect(model.state.selectedIndex == 1)
        let quitting = ScriptedTerminal(size: Size(width: 80, height: 24), script: [.resize(Size(width: 100, height: 30)), .key(.character("q")), .key(.character("j"))])
        try DashboardLoop.run(model: model, terminal: quitting, refreshSeconds: 1, clock: { fixedNow })
        #expect(quitting.lastFrame?.width == 100)
        #expect(model.state.selectedIndex == 1, "keys after q are not read")
    }
}
