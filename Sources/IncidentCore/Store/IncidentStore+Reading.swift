import Foundation
import GRDB

/// Reading incidents, their sources and reported totals back out of the store.
extension IncidentStore {
    /// Every incident (of one kind, if given), newest first (date descending, then id descending;
    /// undated last), optionally with their sources.
    public func incidents(kind: IncidentKind? = nil, withSources: Bool = false) throws -> [Incident] {
        try read { db in
            var sql = "SELECT * FROM incident"
            var arguments: StatementArguments = []
            if let kind {
                sql += " WHERE kind = ?"
                arguments += [kind.rawValue]
            }
            sql += " ORDER BY date IS NULL, date DESC, id DESC"
            var incidents = Self.incidents(from: try Row.fetchAll(db, sql: sql, arguments: arguments))
            if withSources {
                for i in incidents.indices { incidents[i].sources = try Self.sources(db, incidentId: incidents[i].id) }
            }
            return incidents
        }
    }

    /// One incident with its sources, or nil.
    public func incident(id: Int64) throws -> Incident? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM incident WHERE id = ?", arguments: [id]) else { return nil }
            var incident = Self.incident(from: row)
            incident.sources = try Self.sources(db, incidentId: id)
            return incident
        }
    }

    static func incident(from row: Row) -> Incident {
        incident(from: ColumnPositions(row)(row))
    }

    /// Incidents from the rows of one result set, the column positions looked up once.
    static func incidents(from rows: [Row]) -> [Incident] {
        guard let first = rows.first else { return [] }
        let columns = ColumnPositions(first)
        return rows.map { incident(from: columns($0)) }
    }

    static func incident(from row: PositionedRow) -> Incident {
        Incident(
            id: row["id"] ?? 0, kind: (row["kind"] as String?).flatMap(IncidentKind.init(rawValue:)) ?? .event,
            date: IncidentDate(day: (row["date"] as String?).flatMap(CalendarDay.init(iso:)),
                               precision: (row["datePrecision"] as String?).flatMap(DatePrecision.init(rawValue:)) ?? .unknown),
            country: row["country"], location: row["location"],
            latitude: row["latitude"], longitude: row["longitude"], weapons: RowCoding.weapons(from: row["weapons"]),
            usKilled: Figure(count: row["usKilled"], qualifier: (row["usKilledQualifier"] as String?).flatMap(Qualifier.init(rawValue:))),
            usInjured: Figure(count: row["usInjured"], qualifier: (row["usInjuredQualifier"] as String?).flatMap(Qualifier.init(rawValue:))),
            fatalities: row["fatalities"], otherCasualties: RowCoding.casualties(from: row["otherCasualties"]),
            claimedBy: row["claimedBy"], attributedTo: row["attributedTo"], usResponse: row["usResponse"],
            summary: row["summary"] ?? "", externalId: row["externalId"], sourceCount: row["sourceCount"] ?? 0,
            firstSeen: row["firstSeen"] ?? "", updated: row["updated"] ?? "",
            outcome: (row["outcome"] as String?).flatMap(AttackOutcome.init(rawValue:)),
            confirmation: (row["confirmation"] as String?).flatMap(Confirmation.init(rawValue:)),
            confidence: FieldConfidence.map(fromColumn: row["uncertainFields"]),
            linkedIncidentId: row["linkedIncidentId"],
            locationCandidates: RowCoding.candidates(from: row["locationCandidates"]),
            admin1: row["admin1"], geoPrecision: row["geoPrecision"])
    }

    static func sources(_ db: Database, incidentId: Int64) throws -> [IncidentSource] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.*, a.title AS articleTitle, a.outlet AS articleOutlet, a.url AS articleUrl,
                   a.published AS articlePublished, a.fileName AS articleFile, a.hash AS articleHash
            FROM incidentSource s LEFT JOIN article a ON a.id = s.articleId
            WHERE s.incidentId = ?
            ORDER BY coalesce(a.published, ''), s.addedAt, s.id
            """, arguments: [incidentId])
        return rows.map { row in
            IncidentSource(
                articleId: row["articleHash"], title: row["articleTitle"],
                outlet: row["articleOutlet"] ?? row["outlet"], url: row["articleUrl"] ?? row["url"],
                published: (row["articlePublished"] as String?).flatMap(CalendarDay.init(iso:)),
                file: row["articleFile"], date: RowCoding.date(row),
                usKilled: RowCoding.figure(row, "usKilled", "usKilledQualifier"),
                usInjured: RowCoding.figure(row, "usInjured", "usInjuredQualifier"),
                claimedBy: row["claimedBy"])
        }
    }

    /// Every reported total, latest first (undated last).
    public func reportedTotals() throws -> [ReportedTotal] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.*, a.fileName AS articleFile FROM reportedTotal t LEFT JOIN article a ON a.id = t.articleId
                ORDER BY t.asOf IS NULL, t.asOf DESC, t.id DESC
                """).map { row in
                ReportedTotal(
                    id: row["id"], asOf: row["asOf"], since: row["since"],
                    total: RowCoding.figure(row, "total", "totalQualifier"),
                    iraq: row["iraq"], syria: row["syria"], jordan: row["jordan"],
                    usInjured: RowCoding.figure(row, "usInjured", "usInjuredQualifier"),
                    source: row["articleFile"] ?? row["sourceUrl"])
            }
        }
    }

    /// The number of incidents, articles and reported totals.
    public func counts() throws -> (incidents: Int, articles: Int, totals: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM reportedTotal") ?? 0)
        }
    }
}
