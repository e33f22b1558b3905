import Foundation
import GRDB
import Testing
@testable import IncidentCore

/// Stores written before v6 (articles keyed by their hex hash everywhere) open with everything
/// in place: sources name their article, the article pane has its text and facts, search finds
/// article words, totals keep their article, and new articles still go in.
@Suite struct ArticleKeyMigrationTests {
    static let hashA = String(repeating: "a1", count: 32)
    static let hashB = String(repeating: "b2", count: 32)

    /// A store as v5 wrote it: two articles, an incident with a source from each, two facts from the
    /// first article, a total from the second.
    func makeV5Store() throws -> String {
        let path = try temporaryDirectory() + "/v5.sqlite"
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v5-inbox-files")
        try queue.write { db in
            try db.execute(sql: "PRAGMA user_version = 5")
            try db.execute(sql: """
                INSERT INTO article(id, rawHash, title, body, url, outlet, published, language, fileName, ingestedAt) VALUES
                    (?, 'raw-a', 'Rockets hit Ain al-Asad', 'Rockets struck Ain al-Asad Air Base on Saturday; two injured.',
                     'https://a.example/1', 'Wire A', '2024-01-20', 'en', 'a.txt', '2024-01-20T10:00:00Z'),
                    (?, 'raw-b', 'Base attacked', 'A drone attacked the zarqawi compound near Ain al-Asad Air Base.',
                     NULL, 'Wire B', '2024-01-21', 'en', 'b.txt', '2024-01-21T10:00:00Z');
                INSERT INTO incident(kind, date, datePrecision, country, location, summary, sourceCount, firstSeen, updated)
                    VALUES ('attack', '2024-01-20', 'day', 'Iraq', 'Ain al-Asad Air Base', 'Rockets struck the base', 2, 't', 't');
                INSERT INTO incidentSource(incidentId, articleId, date, datePrecision, location, usInjured, addedAt)
                    VALUES (1, ?, '2024-01-20', 'day', 'Ain al-Asad Air Base', 2, '2024-01-20T10:00:00Z'),
                           (1, ?, '2024-01-20', 'day', 'Ain al-Asad Air Base', NULL, '2024-01-21T10:00:00Z');
                INSERT INTO fact(articleId, incidentId, field, value, spanStart, spanEnd)
                    VALUES (?, 1, 'location', 'Ain al-Asad Air Base', 16, 36), (?, 1, 'usInjured', '2', 50, 53);
                INSERT INTO reportedTotal(asOf, total, articleId) VALUES ('2024-01-21', 150, ?);
                """, arguments: [Self.hashA, Self.hashB, Self.hashA, Self.hashB, Self.hashA, Self.hashA, Self.hashB])
        }
        try queue.close()
        return path
    }

    @Test func aV5StoreOpensWithItsArticlesSourcesFactsAndSearch() throws {
        let path = try makeV5Store()
        let store = try IncidentStore(path: path, mode: .existing)
        let incident = try #require(try store.incident(id: 1))
        #expect(incident.sources.map(\.articleId) == [Self.hashA, Self.hashB])
        #expect(incident.sources.map(\.title) == ["Rockets hit Ain al-Asad", "Base attacked"])
        let articles = try store.sourceArticles(incidentId: 1)
        #expect(articles.first?.body?.hasPrefix("Rockets struck") == true)
        #expect(articles.first?.facts.map(\.field) == ["location", "usInjured"])
        #expect(articles.last?.facts.isEmpty == true)
        #expect(try store.reportedTotals().first?.source == "b.txt")
        // The full-text index still points at the right article rows.
        let filter = try FilterParser.parse("zarqawi")
        #expect(try store.count(filter: filter) == 1)
        // Versions and keys: hashes are kept once, sources and facts refer by integer.
        let (version, sourceKeys, factKeys, brokenKeys) = try store.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchAll(db, sql: "SELECT typeof(articleId) FROM incidentSource"),
             try String.fetchAll(db, sql: "SELECT typeof(articleId) FROM fact"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(version == StoreSchema.version)
        let freePages = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA freelist_count") }
        #expect(freePages == 0, "the space of the rebuilt tables is given back")
        #expect(sourceKeys == ["integer", "integer"] && factKeys == ["integer", "integer"])
        #expect(brokenKeys == 0)
    }

    @Test func aMigratedStoreTakesNewArticlesAndRefusesDuplicates() throws {
        let path = try makeV5Store()
        let store = try IncidentStore(path: path, mode: .existing)
        let ingester = Ingester(store: store)
        let text = "Rockets struck Ain al-Asad Air Base in Iraq on January 22, 2024, a US official said."
        let first = try ingester.ingest([ArticleInput(title: "Another attack", body: text, published: CalendarDay(iso: "2024-01-22"),
                                                      fileName: "c.txt", rawHash: "raw-c")], file: "c.txt")
        #expect(first.duplicates == 0)
        let again = try ingester.ingest([ArticleInput(title: "Another attack", body: text, published: CalendarDay(iso: "2024-01-22"),
                                                      fileName: "c2.txt", rawHash: "raw-c")], file: "c2.txt")
        #expect(again.duplicates == 1)
        #expect(try store.counts().articles == 3)
        let filter = try FilterParser.parse("january")
        #expect(try store.count(filter: filter) >= 1)
    }
}
