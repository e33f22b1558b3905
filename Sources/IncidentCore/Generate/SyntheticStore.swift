import Crypto
import Foundation
import GRDB

/// Writes a synthetic store of N incidents for benchmarks: realistic dates, sites, weapons,
/// casualties, claims, about 1.3 source articles of 300–800 bytes per incident with their facts,
/// and monthly official totals. One transaction with prepared statements; for speed the store's
/// own indexes and triggers are set aside during the bulk insert and then created again from
/// their own SQL, with the rollups and full-text indexes rebuilt from the rows — the same
/// content ordinary writes would have left.
public enum SyntheticStore {
    /// What was written.
    public struct Report: Sendable {
        public var incidents = 0
        public var articles = 0
        public var totals = 0
        public var seconds = 0.0
    }

    /// Creates the store at `path` (which must not exist) and fills it. `progress` is called with
    /// the number of incidents written so far, every 100,000.
    public static func generate(incidents count: Int, at path: String, seed: UInt64 = 20_240_128,
                                progress: (Int) -> Void = { _ in }) throws -> Report {
        let started = Date()
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.cannotCreate(path: path, reason: "the file already exists") }
        // Create the schema the ordinary way, then write in bulk through one connection of our own.
        _ = try IncidentStore(path: path, mode: .create)
        var config = Configuration()
        config.label = "watchfloor-generate"
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in
            // A new file that is deleted on failure: no rollback journal, no syncs.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
        }
        var report = Report()
        do {
            try queue.inTransaction { db in
                let derived = try DerivedSchema.setAside(db)
                report = try fill(db, count: count, seed: seed, progress: progress)
                try derived.restore(db)
                return .commit
            }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA optimize")
            }
        } catch {
            try? queue.close()
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw StoreError.writeFailed(path: path, reason: "\(error)")
        }
        try queue.close()
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// One incident's rows, made ready on the producer thread.
    struct PreparedRows: Sendable {
        var incident: [DatabaseValue]
        var articles: [[DatabaseValue]] = []
        var sources: [[DatabaseValue]] = []
        var facts: [[DatabaseValue]] = []
        /// `(YYYY-MM, country)` when it is a dated attack, for the official totals.
        var attackMonth: (String, String)?
    }

    /// Makes the incidents on a second thread while this one inserts them (the two take about
    /// the same time), then inserts the official totals.
    private static func fill(_ db: Database, count: Int, seed: UInt64, progress: (Int) -> Void) throws -> Report {
        let channel = BatchChannel<PreparedRows>(capacity: 4)
        let producer = Thread {
            var rng = SeededRandom(seed: seed)
            let maker = SyntheticIncidentMaker()
            var batch: [PreparedRows] = []
            batch.reserveCapacity(1_000)
            var nextArticle: Int64 = 1
            for serial in 0..<count {
                batch.append(prepare(maker.make(serial: serial, rng: &rng), id: Int64(serial + 1), nextArticle: &nextArticle, rng: &rng))
                if batch.count == 1_000 {
                    guard channel.put(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { _ = channel.put(batch) }
            channel.finish()
        }
        producer.start()
        defer { channel.cancel() }
        let insertIncident = try db.makeStatement(sql: """
            INSERT INTO incident (id, kind, date, datePrecision, dateUncertain, country, location, latitude, longitude,
                weapons, usKilled, usKilledQualifier, usInjured, usInjuredQualifier, fatalities, otherCasualties,
                claimedBy, attributedTo, usResponse, summary, externalId, sourceCount, firstSeen, updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertArticle = try db.makeStatement(sql: """
            INSERT INTO article (id, hash, rawHash, title, body, url, outlet, published, language, fileName, ingestedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?)
            """)
        let insertSource = try db.makeStatement(sql: """
            INSERT INTO incidentSource (incidentId, articleId, url, outlet, date, datePrecision, dateUncertain, country,
                location, latitude, longitude, weapons, usKilled, usKilledQualifier, usInjured, usInjuredQualifier,
                otherCasualties, claimedBy, attributedTo, usResponse, summary, addedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertFact = try db.makeStatement(sql: """
            INSERT INTO fact (articleId, incidentId, field, value, spanStart, spanEnd) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var report = Report()
        var attacksPerMonth: [String: [String: Int]] = [:] // YYYY-MM → country → attacks
        // Values are bound straight to SQLite: GRDB's argument checking cost more than the inserts.
        var incidentBinder = SQLiteBinder(insertIncident, db: db)
        var articleBinder = SQLiteBinder(insertArticle, db: db)
        var sourceBinder = SQLiteBinder(insertSource, db: db)
        var factBinder = SQLiteBinder(insertFact, db: db)
        while let batch = channel.take() {
            for rows in batch {
                try incidentBinder.run(values: rows.incident)
                for article in rows.articles { try articleBinder.run(values: article) }
                for source in rows.sources { try sourceBinder.run(values: source) }
                for fact in rows.facts { try factBinder.run(values: fact) }
                if let (month, country) = rows.attackMonth { attacksPerMonth[month, default: [:]][country, default: 0] += 1 }
                report.articles += rows.articles.count
                report.incidents += 1
                if report.incidents % 100_000 == 0 { progress(report.incidents) }
            }
        }
        report.totals = try insertTotals(db, attacksPerMonth)
        try IncidentStore.touch(db, at: Ingester.timestamp(Date()))
        return report
    }

    /// The rows of one incident: the incident as merging resolves it, its articles (keyed from
    /// `nextArticle` on), sources and facts.
    static func prepare(_ incident: SyntheticIncident, id: Int64, nextArticle: inout Int64, rng: inout SeededRandom) -> PreparedRows {
        let resolved = incident.resolved
        let arrived = timestamp(day: incident.articles.first?.published ?? resolved.date.day, rng: &rng)
        let casualties = resolved.otherCasualties.isEmpty ? "[]" : RowCoding.casualtiesColumn(resolved.otherCasualties)
        let columns: [(any DatabaseValueConvertible)?] = [
            id, incident.kind.rawValue, resolved.date.day?.iso, resolved.date.precision.rawValue, resolved.dateUncertain,
            resolved.country, resolved.location, resolved.latitude, resolved.longitude,
            RowCoding.weaponsColumn(resolved.weapons), resolved.usKilled.count, resolved.usKilled.qualifier?.rawValue,
            resolved.usInjured.count, resolved.usInjured.qualifier?.rawValue, incident.fatalities, casualties,
            resolved.claimedBy, resolved.attributedTo, resolved.usResponse, resolved.summary, incident.externalId,
            max(1, incident.articles.count), arrived, arrived,
        ]
        var rows = PreparedRows(incident: columns.map { $0?.databaseValue ?? .null })
        if let imported = incident.importedReport {
            rows.sources.append(sourceValues(imported, incidentId: id, articleId: nil, url: incident.importedURL,
                                             outlet: "acleddata.com", addedAt: arrived))
        }
        for (n, article) in incident.articles.enumerated() {
            let hash = hexSHA256(article.body)
            let key = nextArticle
            nextArticle += 1
            let articleColumns: [(any DatabaseValueConvertible)?] = [
                key, hash, hash, article.title, article.body, article.url, article.outlet, article.published?.iso,
                "article-\(id)-\(n + 1).txt", arrived,
            ]
            rows.articles.append(articleColumns.map { $0?.databaseValue ?? .null })
            rows.sources.append(sourceValues(article.report, incidentId: id, articleId: key, url: nil, outlet: nil, addedAt: arrived))
            for fact in article.facts {
                rows.facts.append([key.databaseValue, id.databaseValue, fact.field.databaseValue, fact.value.databaseValue,
                                   fact.span.start.databaseValue, fact.span.end.databaseValue])
            }
        }
        if incident.kind == .attack, let day = resolved.date.day, let country = resolved.country {
            rows.attackMonth = (day.isoMonth, country)
        }
        return rows
    }

    private static func sourceValues(_ r: ExtractedIncident, incidentId: Int64, articleId: Int64?, url: String?,
                                     outlet: String?, addedAt: String) -> [DatabaseValue] {
        let columns: [(any DatabaseValueConvertible)?] = [
            incidentId, articleId, url, outlet, r.date.day?.iso, r.date.precision.rawValue, r.dateUncertain, r.country,
            r.location, r.latitude, r.longitude, RowCoding.weaponsColumn(r.weapons), r.usKilled.count,
            r.usKilled.qualifier?.rawValue, r.usInjured.count, r.usInjured.qualifier?.rawValue,
            r.otherCasualties.isEmpty ? "[]" : RowCoding.casualtiesColumn(r.otherCasualties),
            r.claimedBy, r.attributedTo, r.usResponse, r.summary, addedAt,
        ]
        return columns.map { $0?.databaseValue ?? .null }
    }

    /// One official cumulative total at the end of every month with attacks, counted since January 2015.
    private static func insertTotals(_ db: Database, _ perMonth: [String: [String: Int]]) throws -> Int {
        var running: [String: Int] = [:]
        var written = 0
        for month in perMonth.keys.sorted() {
            for (country, n) in perMonth[month]! { running[country, default: 0] += n }
            guard let first = CalendarDay(iso: month + "-01") else { continue }
            let asOf = CalendarDay(year: first.year, month: first.month, day: CalendarDay.daysIn(month: first.month, year: first.year))!
            let total = running.values.reduce(0, +)
            try db.execute(sql: """
                INSERT INTO reportedTotal (asOf, since, total, totalQualifier, iraq, syria, jordan, usInjured, usInjuredQualifier, articleId, sourceUrl)
                VALUES (?, '2015-01', ?, NULL, ?, ?, ?, NULL, NULL, NULL, ?)
                """, arguments: [asOf.iso, total, running["Iraq"], running["Syria"], running["Jordan"],
                                 "https://www.defense.gov/News/Releases/attacks-\(month)"])
            written += 1
        }
        return written
    }

    /// An arrival time on the given day (or 2025-01-01 for undated incidents), ISO 8601 UTC.
    static func timestamp(day: CalendarDay?, rng: inout SeededRandom) -> String {
        let base = day ?? CalendarDay(year: 2025, month: 1, day: 1)!
        let seconds = base.ordinal * 86_400 + rng.int(0...86_399)
        return Ingester.timestamp(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The indexes and triggers of the schema (everything derived from the rows), taken out
    /// for a bulk insert and put back from their own SQL afterwards, with what the triggers
    /// maintain rebuilt from the rows.
    struct DerivedSchema {
        var indexes: [String]
        var triggers: [String]

        static func setAside(_ db: Database) throws -> DerivedSchema {
            let rows = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")
            var derived = DerivedSchema(indexes: [], triggers: [])
            for row in rows {
                let type: String = row["type"], name: String = row["name"]
                if type == "index" { derived.indexes.append(row["sql"]) } else { derived.triggers.append(row["sql"]) }
                try db.execute(sql: "DROP \(type == "index" ? "INDEX" : "TRIGGER") \(name)")
            }
            return derived
        }

        func restore(_ db: Database) throws {
            for sql in indexes { try db.execute(sql: sql) }
            // What the triggers keep: the monthly rollup, the tally, and the full-text indexes.
            try StoreSchema.recountRollups(db)
            try db.execute(sql: """
                INSERT INTO articleSearch(articleSearch) VALUES ('rebuild');
                INSERT INTO incidentSearch(incidentSearch) VALUES ('rebuild');
                """)
            for sql in triggers { try db.execute(sql: sql) }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hexSHA256(_ text: String) -> String {
        let digest = SHA256.hash(data: Data(text.utf8))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
