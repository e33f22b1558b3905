import Foundation
import GRDB

/// Queries for exports and briefings: whole filtered lists (with sources), incidents with US
/// casualties, and tracked attacks between two dates per country.
extension IncidentStore {
    /// Like `write`, for one transaction of many rows (a large import): a page cache big enough
    /// that index and full-text pages stay in memory instead of spilling to the WAL mid-way.
    func writeLarge<T>(_ body: (Database) throws -> T) throws -> T {
        try write { db in
            try db.execute(sql: "PRAGMA cache_size = -262144") // 256 MiB
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            return try body(db)
        }
    }

    /// Every incident the filter matches, in the sort's order, optionally at most `limit` and with sources.
    public func incidents(filter: IncidentFilter, sort: IncidentSort, limit: Int? = nil, withSources: Bool = false,
                          usCasualtiesOnly: Bool = false) throws -> [Incident] {
        let (condition, arguments) = FilterSQL.condition(filter)
        var sql = "SELECT * FROM incident WHERE \(condition)"
        if usCasualtiesOnly {
            sql += " AND (coalesce(usKilled, 0) > 0 OR coalesce(usInjured, 0) > 0 OR usKilledQualifier IS NOT NULL OR usInjuredQualifier IS NOT NULL)"
        }
        sql += " ORDER BY \(sort.orderBy)"
        if let limit { sql += " LIMIT \(max(0, limit))" }
        return try read { db in
            var incidents = try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.incident(from:))
            if withSources {
                for i in incidents.indices { incidents[i].sources = try Self.sources(db, incidentId: incidents[i].id) }
            }
            return incidents
        }
    }

    /// Attacks (kind `attack`) per country dated after `after` (exclusive; nil = from the start)
    /// up to and including `through`.
    public func trackedAttacks(after: CalendarDay?, through: CalendarDay) throws -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT coalesce(country, '') AS country, count(*) AS n FROM incident
                WHERE kind = 'attack' AND date IS NOT NULL AND date > ? AND date <= ? GROUP BY 1
                """, arguments: [after?.iso ?? "", through.iso])
            var counts: [String: Int] = [:]
            for row in rows { counts[row["country"]] = row["n"] }
            return counts
        }
    }
}
