import Foundation
import Testing
@testable import IncidentCore

/// `demo --replay`: the bundled data in date order on a compressed clock, written item by item.
@Suite struct ReplayTests {
    @Test func theScheduleHoldsEveryBundledItemInDateOrder() throws {
        let schedule = try ReplaySchedule()
        var incidents = 0, totals = 0, articles = 0
        for item in schedule.items {
            switch item.payload {
            case .incident: incidents += 1
            case .total: totals += 1
            case .article: articles += 1
            }
        }
        #expect(incidents == CSVTable(text: BundledData.referenceIncidentsCSV).rows.count)
        #expect(totals == CSVTable(text: BundledData.reportedTotalsCSV).rows.count)
        #expect(articles == SampleArticles.files.count)
        let days = schedule.items.map(\.day.ordinal)
        #expect(days == days.sorted())
        #expect(schedule.items.first?.day.iso == "2023-10-18")
        #expect(schedule.items.last?.day.iso == "2024-08-13")
    }

    @Test func aMonthTakesTenSecondsAndSpeedDividesTheTime() throws {
        let normal = try ReplaySchedule()
        let days = Double(CalendarDay(iso: "2024-08-13")!.ordinal - CalendarDay(iso: "2023-10-18")!.ordinal)
        #expect(abs(normal.duration - days / 3) < 0.001, "30 days per 10 s")
        let fast = try ReplaySchedule(speed: 4)
        #expect(abs(fast.duration - normal.duration / 4) < 0.001)
        let offsets = normal.items.map(\.offset)
        #expect(offsets == offsets.sorted())
    }

    @Test func theReplayEndsWithTheSameStoreAsTheDemo() throws {
        let directory = try temporaryDirectory()
        let replayed = try IncidentStore(path: directory + "/replay.sqlite", mode: .create)
        var now: TimeInterval = 0
        var waits = 0
        var lines: [String] = []
        let written = try ReplayWriter(store: replayed, schedule: try ReplaySchedule()).run(
            wait: { seconds in now += seconds; waits += 1; return true }, clock: { now }, written: { lines.append($0) })
        #expect(written == 104)
        #expect(waits > 50, "items on different days wait for their turn")
        #expect(lines.first == "2023-10-18 reference incident: new")

        try DemoStore.build(at: directory + "/demo.sqlite")
        let demo = try IncidentStore(path: directory + "/demo.sqlite", mode: .existing)
        #expect(try replayed.counts() == demo.counts())
    }

    @Test func stoppingHaltsTheReplayWhereItIs() throws {
        let directory = try temporaryDirectory()
        let store = try IncidentStore(path: directory + "/replay.sqlite", mode: .create)
        var now: TimeInterval = 0
        let written = try ReplayWriter(store: store, schedule: try ReplaySchedule()).run(
            wait: { seconds in now += seconds; return now < 20 }, clock: { now }, written: { _ in })
        #expect(written > 0 && written < 104)
        #expect(try store.counts().incidents < 84)
    }
}
