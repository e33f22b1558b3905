import Foundation
import GRDB

/// Loads the reference CSV files (`date,country,location,weapon,us_injured,us_killed,claimed_by,source_url`
/// incidents and `as_of,total,iraq,syria,jordan,injured,source_url` official totals) into the store,
/// each file in one transaction. Rows go through the same merging rule as articles.
public struct ReferenceImporter: Sendable {
    public let store: IncidentStore
    public var gazetteer: Gazetteer
    public var clock: @Sendable () -> Date

    public init(store: IncidentStore, gazetteer: Gazetteer = .bundled, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.gazetteer = gazetteer
        self.clock = clock
    }

    /// What one import did.
    public struct Report: Sendable, Equatable {
        public var rows = 0
        public var new = 0
        public var merged = 0
    }

    /// Reference incidents: one attack per row; `;` separates several sites or weapons.
    public func importIncidents(csv: String, file: String) throws -> Report {
        let table = CSVTable(text: csv)
        try Self.requireColumns(["date", "country", "location"], in: table, file: file)
        var reports: [(ExtractedIncident, String?)] = []
        for row in table.rows {
            reports.append((try incident(from: row, table: table, file: file), table.value("source_url", in: row)))
        }
        let now = Ingester.timestamp(clock())
        return try store.write { db in
            var report = Report()
            for (incident, url) in reports {
                report.rows += 1
                let outlet = url.flatMap { URL(string: $0)?.host }.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
                switch try IncidentStore.place(db, report: incident, articleId: nil, sourceURL: url, sourceOutlet: outlet, now: now) {
                case .new: report.new += 1
                case .merged: report.merged += 1
                }
            }
            if report.rows > 0 { try IncidentStore.touch(db, at: now) }
            return report
        }
    }

    /// Official cumulative totals; returns how many were new (a row already in the store is skipped,
    /// so importing the same file twice adds nothing).
    public func importTotals(csv: String, file: String) throws -> Int {
        let totals = try Self.parseTotals(csv: csv, file: file)
        let now = Ingester.timestamp(clock())
        return try store.write { db in
            var added = 0
            for (total, url) in totals where try !Self.hasTotal(db, total, sourceURL: url) {
                try IncidentStore.insertTotal(db, total, articleId: nil, sourceURL: url)
                added += 1
            }
            if added > 0 { try IncidentStore.touch(db, at: now) }
            return added
        }
    }

    /// Reads an official totals file without touching the store; errors name the line and column.
    @discardableResult
    public static func parseTotals(csv: String, file: String) throws -> [(ExtractedTotal, String?)] {
        let table = CSVTable(text: csv)
        try requireColumns(["as_of", "total"], in: table, file: file)
        var totals: [(ExtractedTotal, String?)] = []
        for row in table.rows {
            guard let asOfText = table.value("as_of", in: row), let asOf = CalendarDay(iso: asOfText) else {
                throw ArticleError(file: file, line: row.line, "as_of must be a date (YYYY-MM-DD)")
            }
            let total = try int("total", row, table, file)
            totals.append((ExtractedTotal(
                asOf: asOf, total: Figure(count: total), iraq: try int("iraq", row, table, file),
                syria: try int("syria", row, table, file), jordan: try int("jordan", row, table, file),
                usInjured: Figure(count: try int("injured", row, table, file))), table.value("source_url", in: row)))
        }
        return totals
    }

    static func hasTotal(_ db: Database, _ total: ExtractedTotal, sourceURL: String?) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS(SELECT 1 FROM reportedTotal WHERE asOf IS ? AND total IS ? AND iraq IS ? AND syria IS ?
                          AND jordan IS ? AND usInjured IS ? AND sourceUrl IS ? AND articleId IS NULL)
            """, arguments: [total.asOf?.iso, total.total.count, total.iraq, total.syria, total.jordan,
                             total.usInjured.count, sourceURL]) ?? false
    }

    private func incident(from row: CSVReader.Record, table: CSVTable, file: String) throws -> ExtractedIncident {
        guard let dateText = table.value("date", in: row), let day = CalendarDay(iso: dateText) else {
            throw ArticleError(file: file, line: row.line, "date must be YYYY-MM-DD")
        }
        let sites = (table.value("location", in: row) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        var weapons = Set<Weapon>()
        for word in (table.value("weapon", in: row) ?? "").split(separator: ";") {
            let name = word.trimmingCharacters(in: .whitespaces)
            guard let weapon = Weapon.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                throw ArticleError(file: file, line: row.line, "weapon `\(name)` is not in the vocabulary (\(Weapon.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            weapons.insert(weapon)
        }
        let base = sites.first.flatMap { gazetteer.base(named: $0) }
        return ExtractedIncident(
            kind: .attack, date: IncidentDate(day: day, precision: .day),
            country: table.value("country", in: row) ?? base?.country,
            location: sites.isEmpty ? nil : sites.joined(separator: "; "),
            latitude: sites.count == 1 ? base?.latitude : nil, longitude: sites.count == 1 ? base?.longitude : nil,
            weapons: weapons,
            usKilled: Figure(count: try Self.int("us_killed", row, table, file)),
            usInjured: Figure(count: try Self.int("us_injured", row, table, file)),
            claimedBy: table.value("claimed_by", in: row),
            summary: summary(day: day, sites: sites, weapons: weapons, country: table.value("country", in: row)))
    }

    private func summary(day: CalendarDay, sites: [String], weapons: Set<Weapon>, country: String?) -> String {
        let what = weapons.isEmpty ? "Attack" : weapons.sorted().map(\.rawValue).joined(separator: " and ").capitalizedFirst + " attack"
        let place = sites.isEmpty ? (country ?? "an unknown site") : sites.joined(separator: " and ")
        return "\(what) on \(place) (reference record)."
    }

    private static func int(_ column: String, _ row: CSVReader.Record, _ table: CSVTable, _ file: String) throws -> Int? {
        guard let text = table.value(column, in: row) else { return nil }
        guard let n = Int(text), n >= 0 else {
            throw ArticleError(file: file, line: row.line, "\(column) `\(text)` is not a whole number")
        }
        return n
    }

    private static func requireColumns(_ names: [String], in table: CSVTable, file: String) throws {
        for name in names where table.column(name) == nil {
            throw ArticleError(file: file, line: 1, "no `\(name)` column in the header")
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
