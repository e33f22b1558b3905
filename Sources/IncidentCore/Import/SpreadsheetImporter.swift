import Crypto
import Foundation

/// Imports an analyst's own CSV spreadsheet with a column map (`date=Date,location=Base,…`) in one
/// transaction. Each row becomes one incident keyed by the mapped `external_id` column, else by a
/// hash of the row's mapped values, so importing the same sheet again adds nothing; with
/// `external_id` mapped, an edited row updates its incident in place.
public struct SpreadsheetImporter: Sendable {
    /// The fields a column can be mapped to.
    public static let fields = [
        "date", "date_precision", "country", "location", "admin1", "latitude", "longitude", "weapons", "us_killed",
        "us_injured", "fatalities", "claimed_by", "attributed_to", "summary", "source", "source_url", "external_id", "kind",
    ]

    public let store: IncidentStore
    public var clock: @Sendable () -> Date

    public init(store: IncidentStore, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    /// Parses `field=Column,field=Column`; errors name the bad pair and list the fields.
    public static func parseMap(_ text: String) throws -> [String: String] {
        var map: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ImportError(file: "--map", "`\(pair)` is not field=Column")
            }
            let field = parts[0].lowercased()
            guard fields.contains(field) else {
                throw ImportError(file: "--map", "unknown field `\(parts[0])`: map one of \(fields.joined(separator: ", "))")
            }
            map[field] = parts[1]
        }
        guard map["date"] != nil else { throw ImportError(file: "--map", "map the date column, e.g. --map date=Date,location=Base") }
        return map
    }

    /// Checks that every mapped column is in the header, without touching the store.
    public static func checkHeader(_ data: Data, file: String, map: [String: String]) throws {
        var reader = CSVReader(data: data)
        _ = try columnIndex(ImportFile.header(&reader, file: file), map: map, file: file)
    }

    static func columnIndex(_ header: [String]?, map: [String: String], file: String) throws -> [String: Int] {
        guard let header else { throw ImportError(file: file, "is empty") }
        var index: [String: Int] = [:]
        for (field, column) in map.sorted(by: { $0.key < $1.key }) {
            guard let i = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == column.lowercased() }) else {
                throw ImportError(file: file, line: 1, "no column `\(column)` (mapped to \(field)) in the header; it has: \(header.joined(separator: ", "))")
            }
            index[field] = i
        }
        return index
    }

    public func importFile(path: String, map: [String: String], kind: IncidentKind = .attack, strict: Bool = false) throws -> ImportReport {
        try importData(try ImportFile.read(path), file: path, map: map, kind: kind, strict: strict)
    }

    public func importData(_ data: Data, file: String, map: [String: String], kind: IncidentKind = .attack, strict: Bool = false) throws -> ImportReport {
        let started = Date()
        var reader = CSVReader(data: data)
        let index = try Self.columnIndex(ImportFile.header(&reader, file: file), map: map, file: file)
        let now = Ingester.timestamp(clock())
        var report = try store.write { db -> ImportReport in
            let writer = try ExternalRecordWriter(db: db, now: now, expectedRows: data.count / 200)
            var report = ImportReport(file: file)
            while let row = reader.next() {
                if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                report.rows += 1
                let record: ExternalRecord
                do {
                    if row.unclosedQuote { throw ACLEDRowMapper.RowError(message: ACLEDRowMapper.unclosedQuote) }
                    record = try self.record(row.fields, index: index, kind: kind)
                } catch let error as ACLEDRowMapper.RowError {
                    let problem = ImportError(file: file, line: row.line, "row \(report.rows): \(error.message)")
                    if strict { throw ImportError(file: file, line: row.line, "row \(report.rows): \(error.message); nothing imported (--strict)") }
                    report.refused.append(problem)
                    continue
                }
                try writer.add(record)
            }
            try writer.finish(into: &report)
            return report
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    func record(_ fields: [String], index: [String: Int], kind defaultKind: IncidentKind) throws -> ExternalRecord {
        typealias RowError = ACLEDRowMapper.RowError
        func value(_ field: String) -> String? {
            guard let i = index[field], i < fields.count else { return nil }
            let text = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        func count(_ field: String) throws -> Int? {
            guard let text = value(field) else { return nil }
            guard let n = Int(text), n >= 0 else { throw RowError(message: "\(field) `\(text)` is not a whole number") }
            return n
        }
        func coordinate(_ field: String) throws -> Double? {
            guard let text = value(field) else { return nil }
            guard let d = Double(text) else { throw RowError(message: "\(field) `\(text)` is not a number") }
            return d
        }
        guard let dateText = value("date") else { throw RowError(message: "date is empty") }
        guard let day = ImportDate.parse(dateText) else { throw RowError(message: "date `\(dateText)` is not a date (\(ImportDate.accepted))") }
        var precision = DatePrecision.day
        if let text = value("date_precision") {
            guard let p = DatePrecision(rawValue: text.lowercased()) else { throw RowError(message: "date_precision `\(text)` is not day, week or month") }
            precision = p
        }
        var kind = defaultKind
        if let text = value("kind") {
            guard let k = IncidentKind(rawValue: text.lowercased()) else {
                throw RowError(message: "kind `\(text)` is not one of \(IncidentKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kind = k
        }
        var weapons = Set<Weapon>()
        for word in (value("weapons") ?? "").split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "/" }) {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            guard let weapon = Self.weapon(named: name) else {
                throw RowError(message: "weapon `\(name)` is not in the vocabulary (\(Weapon.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            weapons.insert(weapon)
        }
        var record = ExternalRecord(
            externalId: "", kind: kind, date: IncidentDate(day: day, precision: precision), country: value("country"),
            admin1: value("admin1"), location: value("location"), latitude: try coordinate("latitude"),
            longitude: try coordinate("longitude"), weapons: weapons.sorted(), usKilled: Figure(count: try count("us_killed")),
            usInjured: Figure(count: try count("us_injured")), fatalities: try count("fatalities"),
            claimedBy: value("claimed_by"), attributedTo: value("attributed_to"),
            summary: value("summary").map(ACLEDRowMapper.oneLine) ?? "",
            sources: (value("source") ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            sourceURL: value("source_url"))
        if record.sources.isEmpty, let url = record.sourceURL {
            record.sources = [URL(string: url)?.host.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 } ?? url]
        }
        if record.summary.isEmpty {
            let what = weapons.isEmpty ? "Attack" : weapons.sorted().map(\.rawValue).joined(separator: " and ").capitalizedFirst + " attack"
            record.summary = "\(what) on \(record.location ?? record.country ?? "an unknown site") (imported row)."
        }
        record.externalId = value("external_id") ?? "sheet:" + Self.rowHash(index.keys.sorted().map { "\($0)=\(value($0) ?? "")" })
        return record
    }

    /// A weapon word in the vocabulary, or a common plural or synonym of one.
    static func weapon(named name: String) -> Weapon? {
        let lower = name.lowercased()
        if let w = Weapon.allCases.first(where: { $0.rawValue.lowercased() == lower }) { return w }
        let synonyms: [String: Weapon] = [
            "rockets": .rocket, "drones": .drone, "uav": .drone, "uavs": .drone, "one-way attack drone": .drone,
            "mortars": .mortar, "ballistic missiles": .ballisticMissile, "cruise missiles": .cruiseMissile,
            "airstrike": .airStrike, "air strikes": .airStrike, "airstrikes": .airStrike, "ieds": .ied,
            "roadside bomb": .ied, "small-arms": .smallArms, "small arms fire": .smallArms, "gunfire": .smallArms,
        ]
        return synonyms[lower]
    }

    static func rowHash(_ parts: [String]) -> String {
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return digest.prefix(12).map { String(format: "%02x", $0) }.joined()
    }
}
