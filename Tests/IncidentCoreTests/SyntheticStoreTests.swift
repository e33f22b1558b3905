import Foundation
import GRDB
import Testing
@testable import IncidentCore

/// `watchfloor generate` stores must look like real ones to every reader: the same rollups,
/// tallies and full-text indexes that ordinary writes keep, and sources that agree with facts.
@Suite struct SyntheticStoreTests {
    @Test func aGeneratedStoreHoldsWhatOrdinaryWritesWouldKeep() throws {
        let path = try temporaryDirectory() + "/gen.sqlite"
        let report = try SyntheticStore.generate(incidents: 2_000, at: path)
        #expect(report.incidents == 2_000)
        #expect(Double(report.articles) / 2_000 > 1.1 && Double(report.articles) / 2_000 < 1.5)
        #expect(report.totals > 50)
        let store = try IncidentStore(path: path, mode: .existing)
        let counts = try store.counts()
        #expect(counts.incidents == 2_000 && counts.articles == report.articles)
        try store.read { db in
            // Every base of the gazetteer is hit, dates span ten years, casualty qualifiers occur.
            let locations = Set(try String.fetchAll(db, sql: "SELECT DISTINCT location FROM incident"))
            for base in Gazetteer.bundled.bases { #expect(locations.contains(base.name), "\(base.name)") }
            #expect(try String.fetchOne(db, sql: "SELECT min(date) FROM incident")!.hasPrefix("2015"))
            #expect(try String.fetchOne(db, sql: "SELECT max(date) FROM incident")!.hasPrefix("2024"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE usInjuredQualifier IS NOT NULL")! > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE date IS NULL")! > 0)
            // Articles are 300–800 bytes and their id is the hash of their body.
            let sizes = try Int.fetchAll(db, sql: "SELECT length(CAST(body AS BLOB)) FROM article")
            #expect(sizes.allSatisfy { (300...800).contains($0) }, "\(sizes.min()!)–\(sizes.max()!)")
            let one = try Row.fetchOne(db, sql: "SELECT hash, body FROM article LIMIT 1")!
            #expect(one["hash"] as String == SyntheticStore.hexSHA256(one["body"]))
            // The rollup and tally equal a recount; full-text search finds article words.
            let rollup = try Int.fetchOne(db, sql: "SELECT sum(count) FROM monthlyCount")
            #expect(rollup == (try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE date IS NOT NULL")))
            #expect(try Int.fetchOne(db, sql: "SELECT sum(count) FROM incidentTally") == 2_000)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articleSearch WHERE articleSearch MATCH 'telegram'")! > 0)
            // Each fact's span covers its evidence in the article.
            let facts = try Row.fetchAll(db, sql: """
                SELECT f.value, substr(a.body, f.spanStart + 1, f.spanEnd - f.spanStart) AS evidence
                FROM fact f JOIN article a ON a.id = f.articleId WHERE f.field = 'location' LIMIT 200
                """)
            #expect(!facts.isEmpty)
            for fact in facts { #expect((fact["evidence"] as String).contains(fact["value"] as String)) }
        }
        // Sources of one incident keep their own figures; the incident shows what merging resolves.
        let multi = try store.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM incident WHERE sourceCount > 1 LIMIT 1") }
        let multiId = try #require(multi)
        let incident = try #require(try store.incident(id: multiId))
        #expect(incident.sources.count == incident.sourceCount)
    }

    @Test func theSameSizeGivesTheSameStore() throws {
        let a = try temporaryDirectory() + "/a.sqlite", b = try temporaryDirectory() + "/b.sqlite"
        _ = try SyntheticStore.generate(incidents: 300, at: a)
        _ = try SyntheticStore.generate(incidents: 300, at: b)
        let first = try IncidentStore(path: a, mode: .existing).incidents().map(\.summary)
        let second = try IncidentStore(path: b, mode: .existing).incidents().map(\.summary)
        #expect(first == second)
        #expect(throws: StoreError.self) { try SyntheticStore.generate(incidents: 10, at: a) }
    }

    @Test func theACLEDExportHasTheCurrentThirtyOneColumns() throws {
        let path = try temporaryDirectory() + "/acled.csv"
        try SyntheticACLED.write(rows: 500, to: path)
        let table = CSVTable(text: try String(contentsOfFile: path, encoding: .utf8))
        #expect(table.header == SyntheticACLED.columns)
        #expect(table.header.count == 31)
        #expect(table.rows.count == 500)
        #expect(table.rows.allSatisfy { $0.fields.count == 31 })
        #expect(table.value("event_id_cnty", in: table.rows[0])?.count ?? 0 >= 8)
        #expect(Set(table.rows.compactMap { table.value("country", in: $0) }) == ["Iraq", "Syria", "Jordan"])
    }
}
