import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// The watch-officer side of the dashboard: new marks, the kiosk screen, the fault banner.
@Suite struct WatchingTests {
    func frame(_ model: DashboardModel, at now: Date = fixedNow) -> String {
        model.render(now: now).lines(trimmingTrailingSpaces: true).joined(separator: "\n")
    }

    @Test func arrivalsAreMarkedNewForAWhileAndCountedInTheHeader() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32), options: WatchOptions(newForSeconds: 7200))
        try model.reload()
        try model.refreshWatch(now: fixedNow)
        #expect(model.state.arrivedRecently == 4)
        let text = frame(model)
        #expect(text.contains("4 new in 2 h"))
        #expect(text.contains("● 2024-08-05 Iraq"))
        // Two hours later the marks are gone and the header no longer counts them.
        let later = fixedNow.addingTimeInterval(7200)
        try model.refreshWatch(now: later)
        #expect(model.state.arrivedRecently == 0)
        #expect(!frame(model, at: later).contains("● 2024"))
        #expect(!frame(model, at: later).contains("new in"))
    }

    @Test func anIdleScreenKnowsWhenItsNextMarkRunsOut() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32)) // marks last 60 s
        try model.reload()
        // The second source came 30 s before now: its ◆ runs out 31 s from now, and then none is left.
        let moment = try #require(model.nextMarkChange(after: fixedNow))
        #expect(moment == fixedNow.addingTimeInterval(31))
        #expect(frame(model, at: moment.addingTimeInterval(-1)).contains("◆ 2024-01-20 Iraq"))
        #expect(!frame(model, at: moment).contains("◆ 2024-01-20 Iraq"))
        #expect(model.nextMarkChange(after: moment) == nil)
    }

    @Test func theTopOfTheListFollowsArrivalsAndASelectionFurtherDownKeepsItsIncident() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32))
        try model.reload()
        _ = try model.refreshIfChanged(now: fixedNow)
        #expect(model.state.selectedIndex == 0)
        try source.addIncident(csvRow: "2024-09-01,Syria,Al-Tanf Garrison,drone,0,,,https://example.org/newest")
        #expect(try model.refreshIfChanged(now: fixedNow))
        #expect(model.state.selectedIndex == 0)
        #expect(model.state.selectedRow?.date.exported == "2024-09-01", "the newest arrival is in view and selected")
        // Moved down to read an incident: a newer arrival does not take the selection away.
        _ = try model.handle(.character("j"))
        let reading = try #require(model.state.selectedId)
        try source.addIncident(csvRow: "2024-09-02,Iraq,Erbil Air Base,rocket,0,,,https://example.org/newer")
        #expect(try model.refreshIfChanged(now: fixedNow))
        #expect(model.state.selectedId == reading)
        #expect(model.state.selectedIndex == 2)
    }

    @Test func aStoreBuiltInOneGoMarksOnlyWhatCameLater() throws {
        let source = try TestStoreSource(.seedArticles)
        var options = WatchOptions(newForSeconds: 7200)
        options.newNotBefore = fixedNow.addingTimeInterval(-60) // the demo: built a minute before opening
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32), options: options)
        try model.reload()
        try model.refreshWatch(now: fixedNow)
        #expect(model.state.arrivedRecently == 0, "what the build wrote is not news")
        #expect(!frame(model).contains("● "))
        #expect(!frame(model).contains("new in"))
        #expect(frame(model).contains("◆ 2024-01-20 Iraq"), "a source that came after still marks its incident")
    }

    @Test func anIncidentWithANewSourceIsMarkedChanged() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32)) // 60 s by default
        try model.reload()
        try model.refreshWatch(now: fixedNow)
        #expect(frame(model).contains("◆ 2024-01-20 Iraq"), "its second source arrived 30 s ago")
        #expect(!frame(model).contains("● "))
    }

    @Test func kioskShowsCountsAgainstTodayAndCyclesTheLatestArrivals() throws {
        let source = try TestStoreSource(.seedArticles)
        let options = WatchOptions(kiosk: true, cycleSeconds: 20, today: CalendarDay(iso: "2024-01-21"),
                                   timeZone: TimeZone(identifier: "Asia/Baghdad")!)
        let model = DashboardModel(source: source, size: Size(width: 200, height: 60), options: options)
        try model.reload()
        try model.refreshWatch(now: fixedNow)
        let text = frame(model)
        #expect(text.contains("12:00 UTC  ·  15:00"), "UTC and local clocks")
        #expect(text.contains("24 h: 1   7 d: 1   30 d: 2   (to 2024-01-21)"))
        #expect(text.contains("1 day since an attack with US casualties (2024-01-20)"))
        #expect(text.contains("Latest arrivals 1/4"))
        #expect(text.contains("Attacks per month"))
        let first = try #require(model.state.kiosk?.shownId)
        try model.advanceKiosk()
        #expect(model.state.kiosk?.shownId != first)
        #expect(frame(model).contains("Latest arrivals 2/4"))
        // Read-only: movement, sort and filter keys do nothing; q quits.
        for key in [Key.character("j"), .character("s"), .character("f"), .character("/")] {
            #expect(try model.handle(key) == .none)
        }
        #expect(model.state.sort.column == .date && model.state.prompt == nil)
        #expect(try model.handle(.character("q")) == .quit)
    }

    @Test func aLockedKioskDoesNotQuitOnQ() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 100, height: 30), options: WatchOptions(kiosk: true, locked: true))
        try model.reload()
        #expect(try model.handle(.character("q")) == .none)
        #expect(frame(model).contains("locked"))
    }

    @Test func aNewArrivalComesToTheFrontOfTheKioskPaneAndIsAnnounced() throws {
        let source = try TestStoreSource()
        let model = DashboardModel(source: source, size: Size(width: 200, height: 60), options: WatchOptions(kiosk: true))
        try model.reload()
        try model.refreshWatch(now: fixedNow)
        #expect(try model.takeNewArrivals().isEmpty, "what was there at start is not news")
        try model.advanceKiosk()
        try model.advanceKiosk()
        try source.addIncident(csvRow: "2023-11-02,Syria,Al-Tanf Garrison,drone,2,,,https://example.org/backdated")
        let now = Date()
        #expect(try model.refreshIfChanged(now: now))
        let shown = try #require(model.state.kiosk?.arrivals.first)
        #expect(shown.date.exported == "2023-11-02", "back-dated, yet first among arrivals")
        #expect(model.state.kiosk?.index == 0)
        let arrivals = try model.takeNewArrivals()
        #expect(arrivals.map(\.id) == [shown.id])
        #expect(arrivals[0].usInjured.reportsCasualties)
        #expect(arrivals[0].sources.map(\.url) == ["https://example.org/backdated"], "the notifier gets the sources too")
        #expect(try model.takeNewArrivals().isEmpty, "announced once")
    }

    @Test func aStoreMovedAwayShowsABannerKeepsTheDataAndRecovers() throws {
        let source = try TestStoreSource()
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32))
        try model.reload()
        #expect(try model.refreshIfChanged(now: fixedNow))
        let away = source.path + ".away"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source.path + suffix) {
            try FileManager.default.moveItem(atPath: source.path + suffix, toPath: away + suffix)
        }
        #expect(try model.refreshIfChanged(now: fixedNow.addingTimeInterval(5)))
        let text = frame(model)
        #expect(text.contains("STORE UNAVAILABLE: file moved or deleted — showing data as of 12:00 UTC"))
        #expect(text.contains("84 / 84 incidents"), "the data shown before stays")
        #expect(try !model.refreshIfChanged(now: fixedNow.addingTimeInterval(6)), "no redraw while nothing changes")
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: away + suffix) {
            try FileManager.default.moveItem(atPath: away + suffix, toPath: source.path + suffix)
        }
        #expect(try model.refreshIfChanged(now: fixedNow.addingTimeInterval(7)))
        #expect(!frame(model).contains("STORE UNAVAILABLE"))
        #expect(model.state.totalCount == 84)
    }
}

/// A turn of the clock redraws only the header, and gives the same frame as a whole render.
@Suite struct ClockRedrawTests {
    @Test(arguments: [false, true]) func headerOnlyRedrawEqualsAWholeFrame(kiosk: Bool) throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 160, height: 48),
                                   options: WatchOptions(kiosk: kiosk, showSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
        try model.reload()
        try model.refreshWatch(now: fixedNow)
        let before = model.render(now: fixedNow)
        // One second on: only the seconds of the clock change (the new marks change only on the
        // loop's full redraws).
        let later = fixedNow.addingTimeInterval(1)
        let header = model.rerenderHeader(of: before, now: later)
        let same = header == model.render(now: later)
        #expect(same, "the header-only frame equals a whole render")
        let moved = header != before
        #expect(moved, "the clock moved on")
    }
}
