import GRDB
import GRDBSQLite

/// Writes external records inside one import transaction: an incident per external id, updated
/// in place on a re-import (a newer timestamp wins; without timestamps the re-imported row
/// replaces the old), never duplicated, untouched when equal. New rows go in batches of
/// multi-row INSERTs with statements prepared once, since per-statement work dominates a large
/// import; rows already in the store take the one-by-one path. A large import runs as a
/// `BulkIncidentWrite` (rollups and full-text index brought up to date once, at the end).
/// Call `finish()` at the end.
final class ExternalRecordWriter {
    private(set) var inserted = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    /// Rows whose timestamp is older than the store's.
    private(set) var older = 0

    /// Rows per multi-row INSERT. Large batches matter: the full-text index flushes its pending
    /// terms at every statement, so 1,024 rows a statement is about twice as fast as 128. Both stay
    /// under SQLite's default limit of 32,766 bound variables (23 and 8 per row).
    static let batchSize = 1024
    static let sourceBatchSize = 2048
    /// Source rows go in statements of these sizes, largest first, each prepared once: the number
    /// of sources per batch varies, and preparing a statement of thousands of placeholders for
    /// every odd size cost more than the inserts.
    static let sourceStatementSizes = [sourceBatchSize, 256, 32, 4, 1]

    private let db: Database
    private let now: String
    private var pending: [ExternalRecord] = []
    private let find: Statement
    private let insertBatch: Statement
    private let updateIncident: Statement
    private let deleteSources: Statement
    private var insertSourceStatements: [Int: Statement] = [:]
    private let bulk: BulkIncidentWrite?

    /// Imports expected to bring at least this many rows run as a bulk write.
    static let bulkRows = 5_000

    private static let fields = [
        "kind", "date", "datePrecision", "country", "admin1", "location", "latitude", "longitude", "geoPrecision",
        "weapons", "usKilled", "usKilledQualifier", "usInjured", "usInjuredQualifier", "fatalities", "claimedBy",
        "attributedTo", "summary", "sourceCount",
    ]
    private static let insertColumns = fields + ["externalId", "externalTimestamp", "firstSeen", "updated"]
    private static let sourceColumns = ["incidentId", "outlet", "url", "date", "datePrecision", "country", "location", "addedAt"]

    /// `expectedRows` is a rough estimate of the rows to come (e.g. from the file size).
    init(db: Database, now: String, expectedRows: Int = 0) throws {
        self.db = db
        self.now = now
        bulk = expectedRows >= Self.bulkRows ? try BulkIncidentWrite(db: db, expectedRows: expectedRows) : nil
        find = try db.makeStatement(sql: "SELECT id, externalTimestamp, summary, location FROM incident WHERE externalId = ?")
        insertBatch = try db.makeStatement(sql: Self.insertSQL(rows: Self.batchSize))
        // Writes only when a field or the list of sources differs, so an unchanged row stays untouched.
        let differs = Self.fields.map { "\($0) IS NOT ?" }
            + ["(SELECT group_concat(coalesce(outlet, ''), '; ') FROM incidentSource WHERE incidentId = incident.id) IS NOT ?"]
        updateIncident = try db.makeStatement(sql: """
            UPDATE incident SET \((Self.fields + ["externalTimestamp", "updated"]).map { "\($0) = ?" }.joined(separator: ", "))
            WHERE id = ? AND (\(differs.joined(separator: " OR ")) OR externalTimestamp IS NOT ?)
            """)
        deleteSources = try db.makeStatement(sql: "DELETE FROM incidentSource WHERE incidentId = ?")
    }

    static func insertSQL(rows: Int) -> String {
        let row = "(" + insertColumns.map { _ in "?" }.joined(separator: ", ") + ")"
        return """
            INSERT INTO incident (\(insertColumns.joined(separator: ", ")))
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            ON CONFLICT(externalId) DO NOTHING RETURNING id, externalId
            """
    }

    static func sourceSQL(rows: Int) -> String {
        let row = "(" + sourceColumns.map { _ in "?" }.joined(separator: ", ") + ")"
        return "INSERT INTO incidentSource (\(sourceColumns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))"
    }

    private func values(_ r: ExternalRecord) -> [(any DatabaseValueConvertible)?] {
        [r.kind.rawValue, storedDate(r.date), r.date.precision.rawValue, r.country, r.admin1, r.location,
         r.latitude, r.longitude, r.geoPrecision, RowCoding.weaponsColumn(r.weapons), r.usKilled.count,
         r.usKilled.qualifier?.rawValue, r.usInjured.count, r.usInjured.qualifier?.rawValue, r.fatalities,
         r.claimedBy, r.attributedTo, r.summary, max(1, r.sources.count)]
    }

    /// Month-precision dates are stored as the first of the month.
    private func storedDate(_ date: IncidentDate) -> String? {
        guard let day = date.day else { return nil }
        if date.precision == .month { return CalendarDay(year: day.year, month: day.month, day: 1)?.iso }
        return day.iso
    }

    /// Binds the record's incident columns in `insertColumns` order.
    private func bindIncident(_ r: ExternalRecord, to b: inout SQLiteBinder) {
        b.bind(r.kind.rawValue); b.bind(storedDate(r.date)); b.bind(r.date.precision.rawValue); b.bind(r.country)
        b.bind(r.admin1); b.bind(r.location); b.bind(r.latitude); b.bind(r.longitude); b.bind(r.geoPrecision)
        b.bind(RowCoding.weaponsColumn(r.weapons)); b.bind(r.usKilled.count); b.bind(r.usKilled.qualifier?.rawValue)
        b.bind(r.usInjured.count); b.bind(r.usInjured.qualifier?.rawValue); b.bind(r.fatalities); b.bind(r.claimedBy)
        b.bind(r.attributedTo); b.bind(r.summary); b.bind(max(1, r.sources.count))
        b.bind(r.externalId); b.bind(r.timestamp); b.bind(now); b.bind(now)
    }

    private func sourceNames(_ r: ExternalRecord) -> [String?] {
        r.sources.isEmpty ? [nil] : r.sources
    }

    /// One source row to write: the incident it belongs to, the record, and which of its sources.
    private struct SourceRow {
        var incidentId: Int64
        var record: ExternalRecord
        var position: Int
    }

    private func sourceRows(_ record: ExternalRecord, incidentId: Int64) -> [SourceRow] {
        sourceNames(record).indices.map { SourceRow(incidentId: incidentId, record: record, position: $0) }
    }

    private func bindSource(_ row: SourceRow, to b: inout SQLiteBinder) {
        let r = row.record
        b.bind(row.incidentId); b.bind(sourceNames(r)[row.position]); b.bind(row.position == 0 ? r.sourceURL : nil)
        b.bind(storedDate(r.date)); b.bind(r.date.precision.rawValue); b.bind(r.country); b.bind(r.location); b.bind(now)
    }

    /// Queues a record; a full batch is written at once.
    func add(_ record: ExternalRecord) throws {
        pending.append(record)
        if pending.count == Self.batchSize { try flush() }
    }

    /// Writes whatever is queued, puts the counts into the import's report, and marks the store
    /// changed when anything was added or updated.
    func finish(into report: inout ImportReport) throws {
        try flush()
        try bulk?.finish()
        report.inserted = inserted
        report.updated = updated
        report.unchanged = unchanged
        report.older = older
        if inserted + updated > 0 { try IncidentStore.touch(db, at: now) }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let statement = pending.count == Self.batchSize ? insertBatch : try db.makeStatement(sql: Self.insertSQL(rows: pending.count))
        var binder = SQLiteBinder(statement, db: db)
        for record in pending { bindIncident(record, to: &binder) }
        var newIds: [String: Int64] = [:]
        newIds.reserveCapacity(pending.count)
        try binder.run { row in
            newIds[String(cString: sqlite3_column_text(row, 1))] = sqlite3_column_int64(row, 0)
        }
        var sources: [SourceRow] = []
        var existing: [ExternalRecord] = []
        for record in pending {
            if let id = newIds.removeValue(forKey: record.externalId) {
                inserted += 1
                sources += sourceRows(record, incidentId: id)
            } else {
                existing.append(record) // already in the store, or repeated within this batch
            }
        }
        pending.removeAll(keepingCapacity: true)
        try insertSources(sources)
        for record in existing { try writeExisting(record) }
    }

    private func insertSources(_ rows: [SourceRow]) throws {
        var start = 0
        while start < rows.count {
            let size = Self.sourceStatementSizes.first { $0 <= rows.count - start } ?? 1
            let chunk = rows[start..<start + size]
            let statement: Statement
            if let prepared = insertSourceStatements[size] {
                statement = prepared
            } else {
                statement = try db.makeStatement(sql: Self.sourceSQL(rows: size))
                insertSourceStatements[size] = statement
            }
            var binder = SQLiteBinder(statement, db: db)
            for row in chunk { bindSource(row, to: &binder) }
            try binder.run()
            start += chunk.count
        }
    }

    private func writeExisting(_ record: ExternalRecord) throws {
        guard let existing = try Row.fetchOne(find, arguments: [record.externalId]) else { return }
        let id: Int64 = existing["id"]
        if let new = record.timestamp, let old: Int = existing["externalTimestamp"], new < old {
            older += 1
            return
        }
        let fieldValues = values(record)
        let sourceList = sourceNames(record).map { $0 ?? "" }.joined(separator: "; ")
        updateIncident.setUncheckedArguments(StatementArguments(
            fieldValues + [record.timestamp, now, id] + fieldValues + [sourceList, record.timestamp]))
        try updateIncident.execute()
        guard db.changesCount > 0 else {
            unchanged += 1
            return
        }
        bulk?.willUpdate(id: id, summary: existing["summary"], location: existing["location"])
        deleteSources.setUncheckedArguments([id])
        try deleteSources.execute()
        try insertSources(sourceRows(record, incidentId: id))
        updated += 1
    }
}
