import Foundation
import Testing
@testable import IncidentCore

/// A store watched by a long-running reader: what happens to its file is noticed and survived.
@Suite struct WatchedStoreTests {
    func makeStore() throws -> (dir: String, path: String) {
        let dir = try temporaryDirectory()
        let path = dir + "/watched.sqlite"
        let store = try IncidentStore(path: path, mode: .create)
        _ = try ReferenceImporter(store: store).importIncidents(csv: BundledData.referenceIncidentsCSV, file: "ref.csv")
        return (dir, path)
    }

    func move(_ from: String, _ to: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: from + suffix) {
            try FileManager.default.moveItem(atPath: from + suffix, toPath: to + suffix)
        }
    }

    @Test func aStoreMovedAwayIsReportedAndPickedUpAgainWhenMovedBack() throws {
        let (dir, path) = try makeStore()
        let watched = try WatchedStore(path: path)
        #expect(try watched.hasChanged(), "the first check says changed")
        #expect(try !watched.hasChanged())
        try move(path, dir + "/elsewhere.sqlite")
        #expect(throws: StoreUnavailable.movedOrDeleted) { try watched.hasChanged() }
        #expect(throws: StoreUnavailable.movedOrDeleted) { try watched.hasChanged() }
        try move(dir + "/elsewhere.sqlite", path)
        #expect(try watched.hasChanged(), "back again: reopened, and the reader re-reads")
        #expect(try watched.store.count(filter: .none) == 84)
    }

    @Test func aStoreReplacedByAnotherIsReopened() throws {
        let (dir, path) = try makeStore()
        let watched = try WatchedStore(path: path)
        _ = try watched.hasChanged()
        // Another store, built elsewhere and renamed over the first one (as a restore from backup does).
        let other = dir + "/other.sqlite"
        _ = try IncidentStore(path: other, mode: .create)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try move(other, path)
        #expect(try watched.hasChanged())
        #expect(try watched.store.count(filter: .none) == 0, "now reading the new file, not the deleted one")
    }

    @Test func aStoreReplacedByGarbageIsReportedWithBackoffAndRecovers() throws {
        let (dir, path) = try makeStore()
        var now = Date(timeIntervalSince1970: 1_000_000)
        let watched = try WatchedStore(path: path, clock: { now })
        _ = try watched.hasChanged()
        try FileManager.default.moveItem(atPath: path, toPath: dir + "/kept.sqlite")
        try Data("this is not a database, just text that someone saved over the store".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try watched.hasChanged()
            Issue.record("a garbage file must not read as a store")
        } catch let problem as StoreUnavailable {
            #expect(problem.description.hasPrefix("replaced by a file that cannot be read"))
        }
        // Within the backoff no new attempt is made; after it, the next attempt succeeds once the store is back.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: dir + "/kept.sqlite", toPath: path)
        #expect(throws: StoreUnavailable.self) { try watched.hasChanged() }
        now += 1
        #expect(try watched.hasChanged())
    }

    @Test func watchSummaryCountsAttacksByIncidentDateAgainstToday() throws {
        let (_, path) = try makeStore()
        let store = try IncidentStore(path: path, mode: .existing)
        let summary = try store.watchSummary(today: CalendarDay(iso: "2024-01-29")!)
        // Reference data: four attacks on 2024-01-28 (Tower 22 among them, 3 killed and 34 injured).
        #expect(summary.lastDay == 4)
        #expect(summary.lastCasualtyDay == CalendarDay(iso: "2024-01-28"))
        #expect(summary.daysSinceCasualties == 1)
        #expect(summary.lastWeek >= summary.lastDay && summary.lastMonth >= summary.lastWeek)
    }
}
