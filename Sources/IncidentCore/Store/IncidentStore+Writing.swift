import Foundation
import GRDB

/// Writing reports into the store: new incidents, merged sources, facts and totals.
extension IncidentStore {
    /// Where a report landed.
    public enum Placement: Sendable, Equatable {
        case new(Int64)
        case merged(Int64)
    }

    /// The store's integer key of the article with this content hash (hex), or nil.
    static func articleKey(_ db: Database, hash: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE hash = ?", arguments: [hash])
    }

    /// Stores an article under its content hash; returns its integer key.
    static func insertArticle(_ db: Database, _ article: ArticleInput, hash: String, now: String) throws -> Int64 {
        try RowCoding.insert(db, into: "article", [
            "hash": hash, "rawHash": article.rawHash, "title": article.title, "body": article.body,
            "url": article.url, "outlet": article.outlet, "published": article.published?.iso,
            "language": article.language, "fileName": article.fileName, "ingestedAt": now,
        ])
        return db.lastInsertedRowID
    }

    /// Adds one report as a source: merged into the incident it matches, or as a new incident.
    /// The incident's fields are then resolved again from all its sources.
    static func place(
        _ db: Database, report: ExtractedIncident, articleId: Int64?, sourceURL: String? = nil,
        sourceOutlet: String? = nil, externalId: String? = nil, fatalities: Int? = nil, now: String
    ) throws -> Placement {
        if let target = try mergeTarget(db, for: report) {
            try insertSource(db, incidentId: target, articleId: articleId, url: sourceURL, outlet: sourceOutlet, report: report, now: now)
            try refresh(db, incidentId: target, now: now)
            return .merged(target)
        }
        var columns = RowCoding.reportColumns(report)
        columns["kind"] = report.kind.rawValue
        columns["externalId"] = externalId
        columns["fatalities"] = fatalities
        columns["sourceCount"] = 1
        columns["firstSeen"] = now
        columns["updated"] = now
        try RowCoding.insert(db, into: "incident", columns)
        let id = db.lastInsertedRowID
        try insertSource(db, incidentId: id, articleId: articleId, url: sourceURL, outlet: sourceOutlet, report: report, now: now)
        try link(db, incidentId: id, report: report)
        return .new(id)
    }

    /// Links a mention to the attack it refers to (same site, same month for a month-precision mention,
    /// else within a day), or an attack to the mentions already waiting for it. Never merges them.
    static func link(_ db: Database, incidentId: Int64, report: ExtractedIncident) throws {
        guard let location = report.location, let day = report.date.day else { return }
        let window: (String, String)
        if report.kind == .mention, report.date.precision == .month {
            window = (String(day.iso.prefix(7)) + "-01", String(day.iso.prefix(7)) + "-31")
        } else {
            window = (day.adding(days: -1).iso, day.adding(days: 1).iso)
        }
        switch report.kind {
        case .mention:
            let target = try Int64.fetchOne(db, sql: """
                SELECT id FROM incident WHERE location = ? AND kind IN ('attack', 'partner') AND date BETWEEN ? AND ?
                ORDER BY abs(julianday(date) - julianday(?)), id LIMIT 1
                """, arguments: [location, window.0, window.1, day.iso])
            if let target {
                try db.execute(sql: "UPDATE incident SET linkedIncidentId = ? WHERE id = ?", arguments: [target, incidentId])
            }
        case .attack, .partner:
            // The first date range spans both alternatives; it adds nothing to the condition but
            // lets SQLite walk incident_site by location and date instead of every incident at
            // the site (about 28,000 rows read per new attack in a store of a million).
            let month = String(day.iso.prefix(7))
            try db.execute(sql: """
                UPDATE incident SET linkedIncidentId = ?
                WHERE kind = 'mention' AND linkedIncidentId IS NULL AND location = ? AND date BETWEEN ? AND ?
                  AND ((datePrecision = 'month' AND substr(date, 1, 7) = ?) OR (datePrecision != 'month' AND date BETWEEN ? AND ?))
                """, arguments: [incidentId, location, min(month + "-01", window.0), max(month + "-31", window.1),
                                 month, window.0, window.1])
        case .usStrike, .event:
            break
        }
    }

    /// The incident this report belongs to: same kind and site, within a day, agreeing with every
    /// source already in it (so that ±1-day tolerance never chains).
    static func mergeTarget(_ db: Database, for report: ExtractedIncident) throws -> Int64? {
        guard IncidentMerger.merges(report.kind), let location = report.location, let day = report.date.day else { return nil }
        let candidates = try Int64.fetchAll(db, sql: """
            SELECT id FROM incident
            WHERE location = ? AND kind = ? AND date BETWEEN ? AND ?
            ORDER BY abs(julianday(date) - julianday(?)), id
            """, arguments: [location, report.kind.rawValue, day.adding(days: -1).iso, day.adding(days: 1).iso, day.iso])
        for id in candidates where IncidentMerger.joins(report, incidentSources: try sourceReports(db, incidentId: id)) {
            return id
        }
        return nil
    }

    /// The reports of an incident's sources, oldest first (by publication, then arrival).
    static func sourceReports(_ db: Database, incidentId: Int64) throws -> [ExtractedIncident] {
        let kindRaw = try String.fetchOne(db, sql: "SELECT kind FROM incident WHERE id = ?", arguments: [incidentId])
        let kind = kindRaw.flatMap(IncidentKind.init(rawValue:)) ?? .attack
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.* FROM incidentSource s LEFT JOIN article a ON a.id = s.articleId
            WHERE s.incidentId = ?
            ORDER BY coalesce(a.published, ''), s.addedAt, s.id
            """, arguments: [incidentId])
        return rows.map { RowCoding.report($0, kind: kind) }
    }

    static func insertSource(
        _ db: Database, incidentId: Int64, articleId: Int64?, url: String?, outlet: String?,
        report: ExtractedIncident, now: String
    ) throws {
        var columns = RowCoding.reportColumns(report)
        columns["incidentId"] = incidentId
        columns["articleId"] = articleId
        columns["url"] = url
        columns["outlet"] = outlet
        columns["addedAt"] = now
        try RowCoding.insert(db, into: "incidentSource", columns)
    }

    /// Resolves an incident's fields again from its sources; writes only what changed.
    static func refresh(_ db: Database, incidentId: Int64, now: String) throws {
        let sources = try sourceReports(db, incidentId: incidentId)
        guard !sources.isEmpty, let current = try Row.fetchOne(db, sql: "SELECT * FROM incident WHERE id = ?", arguments: [incidentId]) else { return }
        let resolved = IncidentMerger.resolve(sources)
        var columns = RowCoding.reportColumns(resolved)
        columns["sourceCount"] = sources.count
        let changed = columns.filter { name, value in
            (current[name] as DatabaseValue?) != (value?.databaseValue ?? .null)
        }
        guard !changed.isEmpty else { return }
        var update = changed
        update["updated"] = now
        try RowCoding.update(db, table: "incident", id: incidentId, update)
    }

    static func insertFacts(_ db: Database, _ facts: [Fact], articleId: Int64, incidentId: Int64?) throws {
        for fact in facts {
            try db.execute(sql: """
                INSERT INTO fact(articleId, incidentId, field, value, spanStart, spanEnd) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [articleId, incidentId, fact.field, fact.value, fact.span.start, fact.span.end])
        }
    }

    static func insertTotal(_ db: Database, _ total: ExtractedTotal, articleId: Int64?, sourceURL: String? = nil) throws {
        let since: String?
        if let day = total.since { since = total.sincePrecision == .month ? day.isoMonth : day.iso } else { since = nil }
        try RowCoding.insert(db, into: "reportedTotal", [
            "asOf": total.asOf?.iso, "since": since,
            "total": total.total.count, "totalQualifier": total.total.qualifier?.rawValue,
            "iraq": total.iraq, "syria": total.syria, "jordan": total.jordan,
            "usInjured": total.usInjured.count, "usInjuredQualifier": total.usInjured.qualifier?.rawValue,
            "articleId": articleId, "sourceUrl": sourceURL,
        ])
    }
}
