import Foundation
import GRDB
import Testing
@testable import IncidentCore

/// A large ACLED import sets the rollup, tally and full-text triggers aside and catches up at the
/// end: afterwards the store must hold exactly what row-by-row writes would have left, on a first
/// import and on a re-import that changes some rows.
@Suite struct BulkImportTests {
    func recountMatches(_ store: IncidentStore) throws -> Bool {
        try store.read { db in
            let months = try Row.fetchAll(db, sql: "SELECT month, country, kind, count FROM monthlyCount ORDER BY 1, 2, 3")
            let recount = try Row.fetchAll(db, sql: """
                SELECT substr(date, 1, 7) AS month, coalesce(country, '') AS country, kind, count(*) AS count
                FROM incident WHERE date IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                """)
            let tally = try Row.fetchAll(db, sql: "SELECT kind, country, count FROM incidentTally ORDER BY 1, 2")
            let tallyRecount = try Row.fetchAll(db, sql: """
                SELECT kind, coalesce(country, '') AS country, count(*) AS count FROM incident GROUP BY 1, 2 ORDER BY 1, 2
                """)
            return months == recount && tally == tallyRecount
        }
    }

    func searchCount(_ store: IncidentStore, _ word: String) throws -> Int {
        try store.count(filter: try FilterParser.parse(word))
    }

    @Test func aLargeImportAndAReimportLeaveRollupsAndSearchAsRowByRowWritesWould() throws {
        let dir = try temporaryDirectory()
        let first = dir + "/acled.csv"
        let rows = 6_000
        let bytes = try SyntheticACLED.write(rows: rows, to: first)
        #expect(bytes / ACLEDImporter.bytesPerRow >= ExternalRecordWriter.bulkRows, "the file is large enough for the bulk path")
        let store = try IncidentStore(path: dir + "/store.sqlite", mode: .create)
        let report = try ACLEDImporter(store: store).importFile(path: first)
        #expect(report.inserted == rows)
        #expect(try recountMatches(store))
        #expect(try searchCount(store, "targeted") == rows)
        let triggers = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'incident'") }
        #expect(triggers == 9, "every incident trigger is back")

        // The same export again, with ten events re-worded: they are updated in place, their old
        // words leave the search index and their new ones join it.
        var lines = try String(contentsOfFile: first, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for i in 1...10 { lines[i] = lines[i].replacingOccurrences(of: "targeted", with: "zanzibarly hit") }
        let second = dir + "/acled-revised.csv"
        try lines.joined(separator: "\n").write(toFile: second, atomically: true, encoding: .utf8)
        let again = try ACLEDImporter(store: store).importFile(path: second)
        #expect(again.inserted == 0 && again.updated == 10 && again.unchanged == rows - 10)
        #expect(try store.counts().incidents == rows)
        #expect(try searchCount(store, "zanzibarly") == 10)
        #expect(try searchCount(store, "targeted") == rows - 10)
        #expect(try recountMatches(store))
        // FTS5's own check of its index (throws SQLITE_CORRUPT_VTAB when an entry is wrong).
        try store.write { db in try db.execute(sql: "INSERT INTO incidentSearch(incidentSearch) VALUES ('integrity-check')") }
    }
}
