import Foundation
import GRDB

/// How value types map to and from store columns (weapons as `; `-joined words, casualties as JSON).
enum RowCoding {
    static func weaponsColumn(_ weapons: some Sequence<Weapon>) -> String {
        weapons.sorted().map(\.rawValue).joined(separator: "; ")
    }

    static func weapons(from column: String?) -> [Weapon] {
        (column ?? "").split(separator: ";").compactMap { Weapon(rawValue: $0.trimmingCharacters(in: .whitespaces)) }.sorted()
    }

    static func candidates(from column: String?) -> [String] {
        (column ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
    }

    static func casualtiesColumn(_ casualties: [OtherCasualty]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(casualties) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    static func casualties(from column: String?) -> [OtherCasualty] {
        guard let column, column != "[]", let data = column.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([OtherCasualty].self, from: data)) ?? []
    }

    static func figure(_ row: Row, _ count: String, _ qualifier: String) -> Figure {
        Figure(count: row[count], qualifier: (row[qualifier] as String?).flatMap(Qualifier.init(rawValue:)))
    }

    static func date(_ row: Row) -> IncidentDate {
        let precision = (row["datePrecision"] as String?).flatMap(DatePrecision.init(rawValue:)) ?? .unknown
        return IncidentDate(day: (row["date"] as String?).flatMap(CalendarDay.init(iso:)), precision: precision)
    }

    /// The columns shared by `incident` and `incidentSource` for one report.
    static func reportColumns(_ r: ExtractedIncident) -> [String: (any DatabaseValueConvertible)?] {
        [
            "date": r.date.day?.iso,
            "datePrecision": r.date.precision.rawValue,
            "dateUncertain": r.dateUncertain,
            "country": r.country,
            "location": r.location,
            "latitude": r.latitude,
            "longitude": r.longitude,
            "weapons": weaponsColumn(r.weapons),
            "usKilled": r.usKilled.count,
            "usKilledQualifier": r.usKilled.qualifier?.rawValue,
            "usInjured": r.usInjured.count,
            "usInjuredQualifier": r.usInjured.qualifier?.rawValue,
            "otherCasualties": casualtiesColumn(r.otherCasualties),
            "claimedBy": r.claimedBy,
            "attributedTo": r.attributedTo,
            "usResponse": r.usResponse,
            "summary": r.summary,
            "outcome": r.outcome?.rawValue,
            "confirmation": r.confirmation?.rawValue,
            "uncertainFields": FieldConfidence.column(r.confidence),
            "locationCandidates": r.locationCandidates.joined(separator: "; "),
        ]
    }

    /// Reads a report back from an `incident` or `incidentSource` row.
    static func report(_ row: Row, kind: IncidentKind) -> ExtractedIncident {
        ExtractedIncident(
            kind: kind, date: date(row), dateUncertain: row["dateUncertain"] ?? false,
            country: row["country"], location: row["location"], latitude: row["latitude"], longitude: row["longitude"],
            weapons: Set(weapons(from: row["weapons"])),
            usKilled: figure(row, "usKilled", "usKilledQualifier"),
            usInjured: figure(row, "usInjured", "usInjuredQualifier"),
            otherCasualties: casualties(from: row["otherCasualties"]),
            claimedBy: row["claimedBy"], attributedTo: row["attributedTo"], usResponse: row["usResponse"],
            summary: row["summary"] ?? "",
            outcome: (row["outcome"] as String?).flatMap(AttackOutcome.init(rawValue:)),
            confirmation: (row["confirmation"] as String?).flatMap(Confirmation.init(rawValue:)),
            confidence: FieldConfidence.map(fromColumn: row["uncertainFields"]),
            locationCandidates: candidates(from: row["locationCandidates"]))
    }

    /// `INSERT INTO table (cols) VALUES (?...)` for a column dictionary, columns in a stable order.
    static func insert(_ db: Database, into table: String, _ columns: [String: (any DatabaseValueConvertible)?]) throws {
        let names = columns.keys.sorted()
        let sql = "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"
        // Cached: the same few INSERTs run for every article of an ingest, parsed once per connection.
        let values: [(any DatabaseValueConvertible)?] = names.map { columns[$0] ?? nil }
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }

    static func update(_ db: Database, table: String, id: Int64, _ columns: [String: (any DatabaseValueConvertible)?]) throws {
        let names = columns.keys.sorted()
        let sql = "UPDATE \(table) SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
        let values: [(any DatabaseValueConvertible)?] = names.map { columns[$0] ?? nil } + [id]
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }
}
