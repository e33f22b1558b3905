import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// `e` writes the view to a file and says where; `c` switches the chart to tracked vs official;
/// `--compare` changes the chart's countries.
@Suite struct ExportAndCoverageTests {
    func model() throws -> (DashboardModel, TestStoreSource) {
        let source = try TestStoreSource()
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32))
        try model.reload()
        return (model, source)
    }

    func text(_ model: DashboardModel) -> String {
        model.render(now: fixedNow).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    @Test func exportWritesTheFilteredSortedViewAndSaysWhere() throws {
        let (model, source) = try model()
        try model.applyFilterText("country:syria")
        _ = try model.handle(.character("s")) // sort by country, then date
        _ = try model.handle(.character("e"))
        let message = try #require(model.state.message)
        #expect(message.hasPrefix("exported \(model.state.matchCount) incidents to \(source.stateHome)/watchfloor/exports/incidents-20240806-120000.csv"))
        #expect(text(model).contains("exported \(model.state.matchCount) incidents to"))
        let path = String(message.split(separator: " ").last!)
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(rows.count == model.state.matchCount)
        #expect(rows.allSatisfy { $0.contains(",Syria,") })
        let inOrder = try source.rows(filter: model.state.filter, sort: model.state.sort, offset: 0, limit: 1000).map(\.id)
        #expect(rows.map { $0.prefix { $0 != "," } } == inOrder.map { Substring(String($0)) }, "the file follows the dashboard's order")
        // A second export in the same second does not overwrite the first.
        _ = try model.handle(.character("e"))
        #expect(model.state.message?.contains("incidents-20240806-120000-2.csv") == true)
    }

    @Test func cTogglesTheChartBetweenMonthsAndCoverage() throws {
        let (model, _) = try model()
        #expect(text(model).contains("Attacks per month"))
        _ = try model.handle(.character("c"))
        let coverage = text(model)
        #expect(coverage.contains("Tracked vs official"))
        #expect(coverage.contains("█ tracked  ░ official, not tracked"))
        #expect(coverage.contains("24-01-09 Syria"), "an interval with a per-country breakdown")
        #expect(!model.state.coverage.isEmpty)
        _ = try model.handle(.character("c"))
        #expect(text(model).contains("Attacks per month"))
    }

    @Test func helpListsTheNewKeys() throws {
        let (model, _) = try model()
        _ = try model.handle(.character("?"))
        let help = text(model)
        #expect(help.contains("export the view"))
        #expect(help.contains("tracked vs official"))
    }

    @Test func compareChangesTheChartCountries() throws {
        let (model, _) = try model()
        try model.setChart(countries: ["Syria", "Jordan"])
        try model.reload()
        #expect(text(model).contains("█ Syria  ▓ Jordan  ░ other"))
    }
}
