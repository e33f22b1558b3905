import Foundation
import GRDB
import Testing
@testable import IncidentCore

/// Stores that are damaged, locked or full: a clear error, and the store left as it was.
@Suite struct StoreFaultTests {
    func seededStore() throws -> (IncidentStore, String) {
        let path = try temporaryDirectory() + "/s.sqlite"
        let store = try IncidentStore(path: path, mode: .create)
        let ingester = Ingester(store: store)
        for file in try Fixtures.articleFiles() { _ = try ingester.ingest(path: file) }
        return (store, path)
    }

    func counts(_ path: String) throws -> [Int] {
        try DatabaseQueue(path: path).read { db in
            try ["article", "incident", "incidentSource", "fact", "reportedTotal"].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
            }
        }
    }

    func integrity(_ path: String) throws -> String? {
        try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
    }

    /// Closes every connection by checkpointing and dropping the store, so the file stands alone.
    func checkpointed(_ path: String) throws {
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    @Test func aTruncatedStoreIsRefusedOnOpenAsDamaged() throws {
        let path: String
        do {
            let (_, p) = try seededStore()
            path = p
        }
        try checkpointed(path)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        for mode in [IncidentStore.Mode.existing, .create] {
            do {
                _ = try IncidentStore(path: path, mode: mode)
                Issue.record("a truncated store opened")
            } catch let error as StoreError {
                guard case .damaged = error else { Issue.record("expected damaged, got \(error)"); continue }
                #expect(error.description.contains("is damaged") && error.description.contains("restore it from a backup"))
            }
        }
    }

    @Test func corruptPagesAreFoundByTheCheckOnOpen() throws {
        let path: String
        do {
            let (_, p) = try seededStore()
            path = p
        }
        try checkpointed(path)
        // Scribble over the middle of the file, leaving the header (page 1) intact.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 8192))
        try handle.close()
        #expect {
            _ = try IncidentStore(path: path, mode: .existing)
        } throws: { error in
            guard let error = error as? StoreError, case .damaged = error else { return false }
            return true
        }
    }

    @Test func aSecondWriterGivesUpAfterTheBusyTimeoutWithAClearError() throws {
        let (store, path) = try seededStore()
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? store.write { _ in
                holding.signal()
                release.wait()
            }
            done.signal()
        }
        holding.wait()
        let other = try IncidentStore(path: path, mode: .existing, busyTimeout: 0.3)
        let before = try counts(path)
        let article = ArticleInput(title: "Drones hit Tower 22", body: "Drones hit Tower 22 in Jordan on January 28, 2024.",
                                   published: CalendarDay(iso: "2024-01-29"), fileName: "late.txt", rawHash: "x")
        #expect(throws: StoreError.writeFailed(path: path, reason: "locked by another process that is writing to it; try again when it has finished")) {
            try Ingester(store: other).ingest([article], file: "late.txt")
        }
        release.signal()
        done.wait()
        #expect(try counts(path) == before)
        // Once the lock is gone the same write goes through.
        #expect(try Ingester(store: other).ingest([article], file: "late.txt").articles == 1)
    }

    @Test func diskFullRollsBackTheWholeFileAndLeavesTheStoreIntact() throws {
        let (store, path) = try seededStore()
        let before = try counts(path)
        // SQLite's own cap on the file size stands in for a full disk.
        try store.database.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let big = String(repeating: "Militants fired rockets at Ain al-Asad Air Base on March 3, 2024, officials said. ", count: 4000)
        let article = ArticleInput(title: "Long report", body: big, published: CalendarDay(iso: "2024-03-04"), fileName: "long.txt", rawHash: "y")
        #expect(throws: StoreError.writeFailed(path: path, reason: "disk full (nothing of this file was written): free some space and run the command again")) {
            try Ingester(store: store).ingest([article], file: "long.txt")
        }
        #expect(try counts(path) == before)
        #expect(try integrity(path) == "ok")
        // With room again, the same file is ingested.
        try store.database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        #expect(try Ingester(store: store).ingest([article], file: "long.txt").duplicates == 0)
        #expect(try counts(path)[0] == before[0] + 1)
    }

    @Test func aStoreThatCannotBeWrittenOpensReadOnlyAndRefusesWrites() throws {
        let (_, path) = try seededStore()
        try checkpointed(path)
        let immutable = try DatabaseQueue(path: IncidentStore.immutableURI(path), configuration: {
            var c = Configuration(); c.readonly = true; return c
        }())
        #expect(try immutable.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM incident") } ?? 0 > 0,
                "the immutable fallback for read-only directories reads the store")
        #expect(IncidentStore.immutableURI("/tmp/a b?c#d%e.sqlite") == "file:/tmp/a%20b%3Fc%23d%25e.sqlite?immutable=1")
    }
}
