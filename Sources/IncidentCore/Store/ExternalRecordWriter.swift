import GRDB

/// Writes external records inside one import transaction: an incident per external id, updated
/// in place on a re-import (a newer timestamp wins; without timestamps the re-imported row
/// replaces the old), never duplicated, untouched when equal. New rows go in batches of
/// multi-row INSERTs with statements prepared once, since per-statement work dominates a large
/// import; rows already in the store take the one-by-one path. Call `finish()` at the end.
final class ExternalRecordWriter {
    private(set) var inserted = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    /// Rows whose timestamp is older than the store's.
    private(set) var older = 0

    static let batchSize = 128
    static let sourceBatchSize = 256

    private let db: Database
    private let now: String
    private var pending: [ExternalRecord] = []
    private let find: Statement
    private let insertBatch: Statement
    private let updateIncident: Statement
    private let deleteSources: Statement
    private let insertSourceBatch: Statement

    private static let fields = [
        "kind", "date", "datePrecision", "country", "admin1", "location", "latitude", "longitude", "geoPrecision",
        "weapons", "usKilled", "usKilledQualifier", "usInjured", "usInjuredQualifier", "fatalities", "claimedBy",
        "attributedTo", "summary", "sourceCount",
    ]
    private static let insertColumns = fields + ["externalId", "externalTimestamp", "firstSeen", "updated"]
    private static let sourceColumns = ["incidentId", "outlet", "url", "date", "datePrecision", "country", "location", "addedAt"]

    init(db: Database, now: String) throws {
        self.db = db
        self.now = now
        find = try db.makeStatement(sql: "SELECT id, externalTimestamp FROM incident WHERE externalId = ?")
        insertBatch = try db.makeStatement(sql: Self.insertSQL(rows: Self.batchSize))
        // Writes only when a field or the list of sources differs, so an unchanged row stays untouched.
        let differs = Self.fields.map { "\($0) IS NOT ?" }
            + ["(SELECT group_concat(coalesce(outlet, ''), '; ') FROM incidentSource WHERE incidentId = incident.id) IS NOT ?"]
        updateIncident = try db.makeStatement(sql: """
            UPDATE incident SET \((Self.fields + ["externalTimestamp", "updated"]).map { "\($0) = ?" }.joined(separator: ", "))
            WHERE id = ? AND (\(differs.joined(separator: " OR ")) OR externalTimestamp IS NOT ?)
            """)
        deleteSources = try db.makeStatement(sql: "DELETE FROM incidentSource WHERE incidentId = ?")
        insertSourceBatch = try db.makeStatement(sql: Self.sourceSQL(rows: Self.sourceBatchSize))
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

    private func sourceNames(_ r: ExternalRecord) -> [String?] {
        r.sources.isEmpty ? [nil] : r.sources
    }

    private func sourceRows(_ record: ExternalRecord, incidentId: Int64) -> [[(any DatabaseValueConvertible)?]] {
        sourceNames(record).enumerated().map { i, name in
            [incidentId, name, i == 0 ? record.sourceURL : nil, storedDate(record.date), record.date.precision.rawValue,
             record.country, record.location, now]
        }
    }

    /// Queues a record; a full batch is written at once.
    func add(_ record: ExternalRecord) throws {
        pending.append(record)
        if pending.count == Self.batchSize { try flush() }
    }

    /// Writes whatever is queued.
    func finish() throws { try flush() }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let statement = pending.count == Self.batchSize ? insertBatch : try db.makeStatement(sql: Self.insertSQL(rows: pending.count))
        var arguments: [(any DatabaseValueConvertible)?] = []
        arguments.reserveCapacity(pending.count * Self.insertColumns.count)
        for record in pending { arguments += values(record) + [record.externalId, record.timestamp, now, now] }
        statement.setUncheckedArguments(StatementArguments(arguments))
        var newIds: [String: Int64] = [:]
        for row in try Row.fetchAll(statement) { newIds[row["externalId"]] = row["id"] }
        var sources: [[(any DatabaseValueConvertible)?]] = []
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

    private func insertSources(_ rows: [[(any DatabaseValueConvertible)?]]) throws {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + Self.sourceBatchSize)]
            let statement = chunk.count == Self.sourceBatchSize ? insertSourceBatch : try db.makeStatement(sql: Self.sourceSQL(rows: chunk.count))
            statement.setUncheckedArguments(StatementArguments(chunk.flatMap { $0 }))
            try statement.execute()
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
        deleteSources.setUncheckedArguments([id])
        try deleteSources.execute()
        try insertSources(sourceRows(record, incidentId: id))
        updated += 1
    }
}
