import Foundation
import GRDB
import Testing
@testable import IncidentCore

@Suite struct IncidentStoreTests {
    @Test func createsStoreAndDirectoryOnFirstOpenInCreateMode() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/nested/deeper/incidents.sqlite"
        #expect(throws: StoreError.missing(path: path)) { try IncidentStore(path: path, mode: .existing) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/nested"))
        _ = try IncidentStore(path: path, mode: .create)
        #expect(FileManager.default.fileExists(atPath: path))
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func refusesDirectoriesForeignFilesAndNewerSchemas() throws {
        let dir = try temporaryDirectory()
        #expect(throws: StoreError.isDirectory(path: dir)) { try IncidentStore(path: dir, mode: .create) }
        let junk = dir + "/junk.sqlite"
        try Data("this is not sqlite at all, just text".utf8).write(to: URL(fileURLWithPath: junk))
        #expect(throws: StoreError.notAStore(path: junk)) { try IncidentStore(path: junk, mode: .create) }
        let newer = dir + "/newer.sqlite"
        _ = try IncidentStore(path: newer, mode: .create)
        try DatabaseQueue(path: newer).write { try $0.execute(sql: "PRAGMA user_version = 99") }
        #expect(throws: StoreError.newerSchema(path: newer)) { try IncidentStore(path: newer, mode: .existing) }
        let unknownMigration = dir + "/migrated.sqlite"
        _ = try IncidentStore(path: unknownMigration, mode: .create)
        try DatabaseQueue(path: unknownMigration).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(path: unknownMigration)) { try IncidentStore(path: unknownMigration, mode: .existing) }
    }

    @Test func placingReportsMergesSameSiteSameDayAndKeepsEachSourcesFigures() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        let first = try store.write { db in
            try IncidentStore.place(db, report: attackReport("2024-01-20", injured: Figure(count: 2, qualifier: .atLeast)),
                                    articleId: nil, sourceURL: "https://a.example", now: "2024-01-20T10:00:00Z")
        }
        let second = try store.write { db in
            try IncidentStore.place(db, report: attackReport("2024-01-20", injured: Figure(qualifier: .possible)),
                                    articleId: nil, sourceURL: "https://b.example", now: "2024-01-21T10:00:00Z")
        }
        let nextDay = try store.write { db in
            try IncidentStore.place(db, report: attackReport("2024-01-21"), articleId: nil, now: "2024-01-21T11:00:00Z")
        }
        guard case .new(let id) = first else { Issue.record("first report should create an incident"); return }
        #expect(second == .merged(id))
        #expect(nextDay != .merged(id))
        let incident = try #require(try store.incident(id: id))
        #expect(incident.sourceCount == 2)
        #expect(incident.usInjured == Figure(count: 2, qualifier: .atLeast))
        #expect(incident.sources.map(\.usInjured) == [Figure(count: 2, qualifier: .atLeast), Figure(qualifier: .possible)])
        #expect(incident.sources.map(\.url) == ["https://a.example", "https://b.example"])
    }

    @Test func monthlyRollupFollowsIncidentWritesInTheSameTransaction() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        try store.write { db in
            _ = try IncidentStore.place(db, report: attackReport("2024-01-20"), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-01-25", at: "Al-Tanf Garrison", country: "Syria"), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-01-26", at: "Al-Tanf Garrison", country: "Syria"), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-02-02", kind: .usStrike), articleId: nil, now: "t")
        }
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT month, country, kind, count FROM monthlyCount ORDER BY month, country, kind")
                .map { "\($0["month"] as String) \($0["country"] as String) \($0["kind"] as String) \($0["count"] as Int)" }
        }
        #expect(rows == ["2024-01 Iraq attack 1", "2024-01 Syria attack 2", "2024-02 Iraq us_strike 1"])
        // A failed transaction leaves neither incidents nor counts behind.
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.write { db in
                _ = try IncidentStore.place(db, report: attackReport("2024-03-01"), articleId: nil, now: "t")
                throw Boom()
            }
        }
        let march = try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM monthlyCount WHERE month = '2024-03'") }
        #expect(march == 0)
        #expect(try store.counts().incidents == 4)
    }

    @Test func articlesAreFullTextSearchable() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/s.sqlite", mode: .create)
        let article = ArticleInput(title: "Drones hit Tanf", body: "Drones hit the Tanf garrison near the Jordanian border.",
                                   fileName: "t.txt", rawHash: "00")
        try store.write { db in _ = try IncidentStore.insertArticle(db, article, hash: "abc", now: "t") }
        let hits = try store.read { db in
            try String.fetchAll(db, sql: "SELECT a.hash FROM articleSearch JOIN article a ON a.rowid = articleSearch.rowid WHERE articleSearch MATCH ?",
                                arguments: ["jordanian"])
        }
        #expect(hits == ["abc"])
    }
}
