import GRDB

/// Writes external records inside one import transaction with statements prepared once: an
/// incident per external id, updated in place on a re-import (a newer timestamp wins; without
/// timestamps the re-imported row replaces the old), never duplicated, untouched when equal.
final class ExternalRecordWriter {
    /// What happened to one record.
    enum Outcome: Equatable { case inserted, updated, unchanged, older }

    private let db: Database
    private let now: String
    private let find: Statement
    private let insertIncident: Statement
    private let updateIncident: Statement
    private let deleteSources: Statement
    private let insertSource: Statement

    private static let fields = [
        "kind", "date", "datePrecision", "country", "admin1", "location", "latitude", "longitude", "geoPrecision",
        "weapons", "usKilled", "usKilledQualifier", "usInjured", "usInjuredQualifier", "fatalities", "claimedBy",
        "attributedTo", "summary", "sourceCount",
    ]

    init(db: Database, now: String) throws {
        self.db = db
        self.now = now
        find = try db.makeStatement(sql: "SELECT id, externalTimestamp FROM incident WHERE externalId = ?")
        let insertColumns = Self.fields + ["externalId", "externalTimestamp", "firstSeen", "updated"]
        insertIncident = try db.makeStatement(sql: """
            INSERT INTO incident (\(insertColumns.joined(separator: ", ")))
            VALUES (\(insertColumns.map { _ in "?" }.joined(separator: ", ")))
            """)
        // Writes only when a field or the list of sources differs, so an unchanged row stays untouched.
        let differs = Self.fields.map { "\($0) IS NOT ?" }
            + ["(SELECT group_concat(coalesce(outlet, ''), '; ') FROM incidentSource WHERE incidentId = incident.id) IS NOT ?"]
        updateIncident = try db.makeStatement(sql: """
            UPDATE incident SET \((Self.fields + ["externalTimestamp", "updated"]).map { "\($0) = ?" }.joined(separator: ", "))
            WHERE id = ? AND (\(differs.joined(separator: " OR ")) OR externalTimestamp IS NOT ?)
            """)
        deleteSources = try db.makeStatement(sql: "DELETE FROM incidentSource WHERE incidentId = ?")
        insertSource = try db.makeStatement(sql: """
            INSERT INTO incidentSource (incidentId, outlet, url, date, datePrecision, country, location, addedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
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

    func write(_ record: ExternalRecord) throws -> Outcome {
        let existing = try Row.fetchOne(find, arguments: [record.externalId])
        guard let existing else {
            insertIncident.setUncheckedArguments(StatementArguments(
                values(record) + [record.externalId, record.timestamp, now, now]))
            try insertIncident.execute()
            try insertSources(record, incidentId: db.lastInsertedRowID)
            return .inserted
        }
        let id: Int64 = existing["id"]
        if let new = record.timestamp, let old: Int = existing["externalTimestamp"], new < old { return .older }
        let fieldValues = values(record)
        let sourceList = sourceNames(record).map { $0 ?? "" }.joined(separator: "; ")
        updateIncident.setUncheckedArguments(StatementArguments(
            fieldValues + [record.timestamp, now, id] + fieldValues + [sourceList, record.timestamp]))
        try updateIncident.execute()
        guard db.changesCount > 0 else { return .unchanged }
        deleteSources.setUncheckedArguments([id])
        try deleteSources.execute()
        try insertSources(record, incidentId: id)
        return .updated
    }

    private func insertSources(_ record: ExternalRecord, incidentId: Int64) throws {
        for (i, name) in sourceNames(record).enumerated() {
            insertSource.setUncheckedArguments([
                incidentId, name, i == 0 ? record.sourceURL : nil, storedDate(record.date),
                record.date.precision.rawValue, record.country, record.location, now,
            ])
            try insertSource.execute()
        }
    }
}
