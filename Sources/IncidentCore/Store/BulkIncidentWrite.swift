import GRDB

/// A bulk write of incidents inside one transaction (an ACLED or spreadsheet import): the triggers
/// that keep the monthly rollup, the tally and the incident full-text index are set aside for the
/// bulk, and `finish` brings all three up to date at once before putting the triggers back — in
/// the same transaction, so no reader ever sees the store without them. When the bulk is larger
/// than the store, the incident indexes are also set aside and built once at the end (sorting once
/// is far cheaper than a million random index inserts); the unique `externalId` key stays, since
/// imports look rows up by it.
///
/// Incidents may be inserted and updated during the bulk but not deleted. Before updating an
/// incident that was in the store when the bulk began, call `willUpdate` with its current summary
/// and location, so that its old full-text entry can be removed.
final class BulkIncidentWrite {
    private let db: Database
    /// Incidents with a larger id were inserted during the bulk.
    private let lastIdBefore: Int64
    private var triggers: [String] = []
    private var indexes: [String] = []
    /// Old full-text entries of incidents that were in the store before and changed during the bulk.
    private var staleEntries: [Int64: (summary: String?, location: String?)] = [:]

    /// Sets the derived structures aside; `expectedRows` is a rough estimate of the incidents to come.
    init(db: Database, expectedRows: Int) throws {
        self.db = db
        lastIdBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM incident") ?? 0
        let stored = try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM incidentTally") ?? 0
        let derived = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE tbl_name = 'incident' AND type IN ('trigger', 'index') AND sql IS NOT NULL ORDER BY type, name
            """)
        for row in derived {
            let type: String = row["type"], name: String = row["name"], sql: String = row["sql"]
            if type == "trigger" {
                triggers.append(sql)
            } else if expectedRows > stored {
                indexes.append(sql)
            } else {
                continue
            }
            try db.execute(sql: "DROP \(type == "trigger" ? "TRIGGER" : "INDEX") \(name)")
        }
    }

    /// Records the full-text entry an incident from before the bulk has before its first change.
    func willUpdate(id: Int64, summary: String?, location: String?) {
        guard id <= lastIdBefore, staleEntries[id] == nil else { return }
        staleEntries[id] = (summary, location)
    }

    /// Brings the rollup, the tally and the full-text index up to date, builds the indexes and
    /// puts the triggers back.
    func finish() throws {
        let delete = try db.makeStatement(sql: """
            INSERT INTO incidentSearch(incidentSearch, rowid, summary, location) VALUES ('delete', ?, ?, ?)
            """)
        let insert = try db.makeStatement(sql: """
            INSERT INTO incidentSearch(rowid, summary, location) SELECT id, summary, location FROM incident WHERE id = ?
            """)
        for (id, old) in staleEntries.sorted(by: { $0.key < $1.key }) {
            try delete.execute(arguments: [id, old.summary, old.location])
            try insert.execute(arguments: [id])
        }
        try db.execute(sql: """
            INSERT INTO incidentSearch(rowid, summary, location) SELECT id, summary, location FROM incident WHERE id > ?
            """, arguments: [lastIdBefore])
        for sql in indexes { try db.execute(sql: sql) }
        try StoreSchema.recountRollups(db)
        for sql in triggers { try db.execute(sql: sql) }
    }
}
