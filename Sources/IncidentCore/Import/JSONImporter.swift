import Foundation
import GRDB

/// Takes back what `watchfloor export --format json` (or `ndjson`) wrote, every field and source
/// included, in one transaction. An incident already in the store (same external id; or same kind,
/// date, place and a shared source article or the same summary) is updated in place, so importing
/// the same file twice changes nothing. Source articles missing from the store are recorded by
/// their content hash with their title, outlet, URL, publication date and file name (no text).
public struct JSONImporter: Sendable {
    public let store: IncidentStore
    public var clock: @Sendable () -> Date

    public init(store: IncidentStore, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    /// Decodes the whole file without touching the store, so a wrong file creates nothing.
    public static func check(_ data: Data, file: String) throws {
        _ = try decode(data, file: file)
    }

    public func importFile(path: String) throws -> ImportReport {
        try importData(try ImportFile.read(path), file: path)
    }

    public func importData(_ data: Data, file: String) throws -> ImportReport {
        let started = Date()
        let incidents = try Self.decode(data, file: file)
        let now = Ingester.timestamp(clock())
        var report = try store.write { db -> ImportReport in
            var report = ImportReport(file: file)
            var storeIds: [Int64: Int64] = [:] // exported id → id in this store
            var written: [(JSONIncident, Int64)] = []
            // Oldest first, so that new ids keep the export's order among equal dates.
            for incident in incidents.reversed() {
                report.rows += 1
                let id: Int64
                if let existing = try match(db, incident) {
                    id = existing
                    if try update(db, id: id, incident, now: now) { report.updated += 1 } else { report.unchanged += 1 }
                } else {
                    id = try insert(db, incident, now: now)
                    report.inserted += 1
                }
                if let exported = incident.exportedId { storeIds[exported] = id }
                written.append((incident, id))
            }
            // Links between incidents (a mention to the attack it recalls) follow the new ids.
            for (incident, id) in written {
                let linked = incident.linkedIncidentId.flatMap { storeIds[$0] }
                try db.execute(sql: "UPDATE incident SET linkedIncidentId = ? WHERE id = ? AND linkedIncidentId IS NOT ?",
                               arguments: [linked, id, linked])
            }
            if report.inserted + report.updated > 0 { try IncidentStore.touch(db, at: now) }
            return report
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// A JSON array of incidents, or one incident object per line.
    static func decode(_ data: Data, file: String) throws -> [JSONIncident] {
        let firstByte = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        var objects: [(Any, Int?)] = []
        if firstByte == UInt8(ascii: "[") {
            let parsed: Any
            do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
                throw ImportError(file: file, "is not valid JSON: \(Self.reason(error)); give a file written by `watchfloor export --format json`")
            }
            guard let array = parsed as? [Any] else { throw ImportError(file: file, "must hold a JSON array of incidents") }
            objects = array.map { ($0, nil) }
        } else {
            for (i, line) in String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
                let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                guard let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
                    throw ImportError(file: file, line: i + 1, "is not a JSON object: give a file written by `watchfloor export --format json` or `ndjson`")
                }
                objects.append((parsed, i + 1))
            }
        }
        return try objects.enumerated().map { index, item in
            guard let dict = item.0 as? [String: Any] else {
                throw ImportError(file: file, line: item.1, "incident \(index + 1) is not a JSON object")
            }
            do { return try JSONIncident(dict) } catch let problem as JSONIncident.Problem {
                throw ImportError(file: file, line: item.1, "incident \(index + 1): \(problem.message)")
            }
        }
    }

    static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }

    // MARK: - Matching

    func match(_ db: Database, _ incident: JSONIncident) throws -> Int64? {
        if let externalId = incident.externalId {
            return try Int64.fetchOne(db, sql: "SELECT id FROM incident WHERE externalId = ?", arguments: [externalId])
        }
        let candidates = try Row.fetchAll(db, sql: """
            SELECT id, summary FROM incident
            WHERE kind = ? AND date IS ? AND location IS ? AND country IS ? AND externalId IS NULL ORDER BY id
            """, arguments: [incident.kind.rawValue, storedDate(incident.date), incident.location, incident.country])
        let articles = Set(incident.sources.compactMap(\.articleId))
        for row in candidates {
            let id: Int64 = row["id"]
            if (row["summary"] as String?) == incident.summary { return id }
            let theirs = try String.fetchAll(db, sql: "SELECT a.hash FROM incidentSource s JOIN article a ON a.id = s.articleId WHERE s.incidentId = ?", arguments: [id])
            if !articles.isDisjoint(with: theirs) { return id }
        }
        return nil
    }

    // MARK: - Writing

    func storedDate(_ date: IncidentDate) -> String? {
        guard let day = date.day else { return nil }
        return date.precision == .month ? day.isoMonth + "-01" : day.iso
    }

    func columns(_ i: JSONIncident) -> [String: (any DatabaseValueConvertible)?] {
        [
            "kind": i.kind.rawValue, "date": storedDate(i.date), "datePrecision": i.date.precision.rawValue,
            "country": i.country, "location": i.location, "latitude": i.latitude, "longitude": i.longitude,
            "admin1": i.admin1, "geoPrecision": i.geoPrecision, "weapons": RowCoding.weaponsColumn(i.weapons),
            "usKilled": i.usKilled.count, "usKilledQualifier": i.usKilled.qualifier?.rawValue,
            "usInjured": i.usInjured.count, "usInjuredQualifier": i.usInjured.qualifier?.rawValue,
            "fatalities": i.fatalities, "otherCasualties": RowCoding.casualtiesColumn(i.otherCasualties),
            "claimedBy": i.claimedBy, "attributedTo": i.attributedTo, "usResponse": i.usResponse,
            "summary": i.summary, "externalId": i.externalId,
            "outcome": i.outcome?.rawValue, "confirmation": i.confirmation?.rawValue, "uncertainFields": i.uncertainFields,
            "locationCandidates": i.locationCandidates.joined(separator: "; "),
        ]
    }

    func insert(_ db: Database, _ incident: JSONIncident, now: String) throws -> Int64 {
        var values = columns(incident)
        values["sourceCount"] = incident.sources.count
        values["firstSeen"] = now
        values["updated"] = now
        try RowCoding.insert(db, into: "incident", values)
        let id = db.lastInsertedRowID
        for source in incident.sources { try insertSource(db, source, incidentId: id, incident: incident, now: now) }
        return id
    }

    /// Writes the fields that differ and adds sources the store lacks; true when anything changed.
    func update(_ db: Database, id: Int64, _ incident: JSONIncident, now: String) throws -> Bool {
        guard let current = try Row.fetchOne(db, sql: "SELECT * FROM incident WHERE id = ?", arguments: [id]) else { return false }
        var changed = columns(incident).filter { name, value in
            (current[name] as DatabaseValue?) != (value?.databaseValue ?? .null)
        }
        var added = 0
        for source in incident.sources where try !hasSource(db, source, incidentId: id) {
            try insertSource(db, source, incidentId: id, incident: incident, now: now)
            added += 1
        }
        if added > 0 {
            changed["sourceCount"] = try Int.fetchOne(db, sql: "SELECT count(*) FROM incidentSource WHERE incidentId = ?", arguments: [id])
        }
        guard !changed.isEmpty else { return false }
        changed["updated"] = now
        try RowCoding.update(db, table: "incident", id: id, changed)
        return true
    }

    func hasSource(_ db: Database, _ source: JSONIncident.Source, incidentId: Int64) throws -> Bool {
        if let articleId = source.articleId {
            return try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM incidentSource s JOIN article a ON a.id = s.articleId WHERE s.incidentId = ? AND a.hash = ?)",
                                     arguments: [incidentId, articleId]) ?? false
        }
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS(SELECT 1 FROM incidentSource WHERE incidentId = ? AND articleId IS NULL AND url IS ? AND outlet IS ?)
            """, arguments: [incidentId, source.url, source.outlet]) ?? false
    }

    func insertSource(_ db: Database, _ source: JSONIncident.Source, incidentId: Int64, incident: JSONIncident, now: String) throws {
        var articleKey: Int64?
        if let hash = source.articleId {
            articleKey = try IncidentStore.articleKey(db, hash: hash)
        }
        if let hash = source.articleId, articleKey == nil {
            try RowCoding.insert(db, into: "article", [
                "hash": hash, "rawHash": "", "title": source.title ?? "", "body": "", "url": source.url,
                "outlet": source.outlet, "published": source.published, "language": nil, "fileName": source.file,
                "ingestedAt": now,
            ])
            articleKey = db.lastInsertedRowID
        }
        try RowCoding.insert(db, into: "incidentSource", [
            "incidentId": incidentId, "articleId": articleKey, "url": source.url, "outlet": source.outlet,
            "date": storedDate(source.date), "datePrecision": source.date.precision.rawValue,
            "country": incident.country, "location": incident.location,
            "usKilled": source.usKilled.count, "usKilledQualifier": source.usKilled.qualifier?.rawValue,
            "usInjured": source.usInjured.count, "usInjuredQualifier": source.usInjured.qualifier?.rawValue,
            "claimedBy": source.claimedBy, "addedAt": now,
        ])
    }
}
