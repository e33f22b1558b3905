import Foundation
import Testing
@testable import IncidentCore

/// The briefing and the coverage of official totals, on the demo store.
@Suite struct ReportTests {
    func demoStore() throws -> IncidentStore {
        let path = try temporaryDirectory() + "/demo.sqlite"
        try DemoStore.build(at: path)
        return try IncidentStore(path: path, mode: .existing)
    }

    func total(_ asOf: String, _ total: Int, iraq: Int? = nil, syria: Int? = nil, since: String? = nil) -> ReportedTotal {
        ReportedTotal(id: 0, asOf: asOf, since: since, total: Figure(count: total), iraq: iraq, syria: syria, jordan: nil,
                      usInjured: .unknown, source: nil)
    }

    @Test func coverageIntervalsSubtractConsecutiveTotals() throws {
        let totals = [
            total("2023-11-13", 66, iraq: 32, syria: 34, since: "2023-10-17"),
            total("2023-10-24", 13, iraq: 10, syria: 3, since: "2023-10-17"),
            total("2023-10-24", 12), // a lower figure the same day is dropped
            total("2023-11-01", 10), // lower than an earlier total: cannot open an interval
        ]
        var asked: [(CalendarDay?, CalendarDay)] = []
        let intervals = Coverage.intervals(totals: totals, countries: ["Iraq", "Syria"]) { after, through in
            asked.append((after, through))
            return ["Iraq": 4, "Syria": 2, "Jordan": 1]
        }
        #expect(intervals.count == 2)
        #expect(intervals[0].label == "2023-10-17 → 2023-10-24")
        #expect(intervals[0].total.official == 13)
        #expect(intervals[0].countries.map(\.official) == [10, 3])
        #expect(intervals[1].label == "2023-10-25 → 2023-11-13")
        #expect(intervals[1].total.official == 53)
        #expect(intervals[1].countries.map(\.official) == [22, 31])
        #expect(intervals[1].countries.map(\.tracked) == [4, 2])
        #expect(intervals[1].total.tracked == 7)
        #expect(asked.map { $0.0?.iso } == ["2023-10-16", "2023-10-24"])
    }

    @Test func briefingOfTheDemoStore() throws {
        let store = try demoStore()
        let report = try BriefingReport.build(store: store, filter: .none, months: 6, countries: ["Iraq", "Syria"])
        #expect(report.months.count == 6)
        #expect(report.months.last?.month == "2024-08", "counting back from the latest month with data")
        #expect(!report.withUSCasualties.isEmpty)
        #expect(report.withUSCasualties.allSatisfy { ($0.usInjured.count ?? 0) > 0 || ($0.usKilled.count ?? 0) > 0 || !$0.usInjured.isUnknown || !$0.usKilled.isUnknown })
        #expect(report.withUSCasualties.contains { $0.location == "Tower 22" })
        #expect(report.latestOfficial != nil)
        #expect(!report.coverage.isEmpty)
        let text = BriefingRenderer.render(report, format: .text, generated: "2024-08-06T12:00:00Z")
        #expect(text.contains("Attacks per month (Iraq vs Syria)"))
        #expect(text.contains("Tower 22"))
        #expect(text.contains("Latest official total:"))
        let markdown = BriefingRenderer.render(report, format: .markdown, generated: "2024-08-06T12:00:00Z")
        #expect(markdown.contains("## Incidents with US casualties"))
        #expect(markdown.contains("| Month | Iraq | Syria |"))
    }

    @Test func markdownExportIsOneTableWithTheCSVColumns() throws {
        let store = try demoStore()
        let incidents = try store.incidents(filter: FilterParser.parse("country:jordan"), sort: .newestFirst, withSources: true)
        let text = IncidentExporter.render(incidents.map(IncidentExporter.json), keys: IncidentExporter.incidentKeys, format: .markdown)
        let lines = text.split(separator: "\n")
        #expect(lines.count == incidents.count + 2)
        #expect(lines[0].hasPrefix("| id | kind | date |"))
        #expect(lines.dropFirst(2).allSatisfy { $0.contains("| Jordan |") })
    }
}
