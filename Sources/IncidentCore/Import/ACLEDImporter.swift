import Foundation

/// Imports an ACLED export (any layout generation) into the store in one transaction: each row
/// becomes an incident of kind `event` keyed by `event_id_cnty`, so importing the file again
/// updates in place and never duplicates. Unreadable rows are reported with their row number and
/// reason and the rest imported; in strict mode the first one fails the whole file.
public struct ACLEDImporter: Sendable {
    /// Which rows to take.
    public struct Options: Sendable {
        /// Country names (any case); nil takes every country.
        public var countries: Set<String>?
        /// Only events on or after this day.
        public var since: CalendarDay?
        /// Fail the whole file on the first unreadable row.
        public var strict: Bool

        public init(countries: [String]? = nil, since: CalendarDay? = nil, strict: Bool = false) {
            self.countries = countries.map { Set($0.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) }
            self.since = since
            self.strict = strict
        }
    }

    /// How far the import has got, for a progress bar.
    public struct Progress: Sendable {
        public var bytesRead: Int
        public var byteCount: Int
        public var rows: Int
    }

    /// About the size of an ACLED row (notes included), for estimating the rows of a file.
    static let bytesPerRow = 400

    public let store: IncidentStore
    public var clock: @Sendable () -> Date

    public init(store: IncidentStore, clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    /// Checks that the file is an ACLED export (its header names the required columns) without
    /// touching the store, so a wrong file creates nothing.
    public static func checkHeader(_ bytes: [UInt8], file: String) throws {
        var reader = CSVReader(bytes: Array(bytes.prefix(1 << 20)))
        _ = try columns(ImportFile.header(&reader, file: file), file: file)
    }

    static func columns(_ header: [String]?, file: String) throws -> ([String], ACLEDColumns) {
        guard let header else { throw ImportError(file: file, "is empty") }
        var missing: String?
        guard let columns = ACLEDColumns(header: header, missing: &missing) else {
            let shown = header.prefix(8).map { $0.isEmpty ? "\"\"" : $0 }.joined(separator: ", ")
            throw ImportError(file: file, line: 1, "not an ACLED export: no `\(missing ?? "")` column in the header "
                              + "(it has: \(shown)\(header.count > 8 ? ", …" : "")); ACLED files name event_id_cnty, event_date and country")
        }
        return (header, columns)
    }

    public func importFile(path: String, options: Options = Options(), progress: ((Progress) -> Void)? = nil) throws -> ImportReport {
        try importBytes(try ImportFile.readBytes(path), file: path, options: options, progress: progress)
    }

    public func importData(_ data: Data, file: String, options: Options = Options(), progress: ((Progress) -> Void)? = nil) throws -> ImportReport {
        try importBytes([UInt8](data), file: file, options: options, progress: progress)
    }

    public func importBytes(_ bytes: [UInt8], file: String, options: Options = Options(), progress: ((Progress) -> Void)? = nil) throws -> ImportReport {
        let started = Date()
        var reader = CSVReader(bytes: bytes)
        let (header, columns) = try Self.columns(ImportFile.header(&reader, file: file), file: file)
        let mapper = ACLEDRowMapper(columns: columns, headerCount: header.count)
        let now = Ingester.timestamp(clock())
        var report = try store.writeLarge { db -> ImportReport in
            let writer = try ExternalRecordWriter(db: db, now: now, expectedRows: bytes.count / ACLEDImporter.bytesPerRow)
            var report = ImportReport(file: file)
            while let row = reader.next() {
                if row.fields.count == 1, row.fields[0].isEmpty { continue } // blank line
                report.rows += 1
                if report.rows % 4096 == 0 {
                    progress?(Progress(bytesRead: reader.bytesRead, byteCount: reader.byteCount, rows: report.rows))
                }
                let record: ExternalRecord
                do {
                    if row.unclosedQuote { throw ACLEDRowMapper.RowError(message: ACLEDRowMapper.unclosedQuote) }
                    record = try mapper.record(row.fields)
                } catch let error as ACLEDRowMapper.RowError {
                    let problem = ImportError(file: file, line: row.line, "row \(report.rows): \(error.message)")
                    if options.strict {
                        throw ImportError(file: file, line: row.line, "row \(report.rows): \(error.message); nothing imported (--strict)")
                    }
                    report.refused.append(problem)
                    continue
                }
                if let countries = options.countries, !countries.contains((record.country ?? "").lowercased()) {
                    report.filtered += 1
                    continue
                }
                if let since = options.since, let day = record.date.day, day < since {
                    report.filtered += 1
                    continue
                }
                try writer.add(record)
            }
            try writer.finish(into: &report)
            return report
        }
        progress?(Progress(bytesRead: reader.byteCount, byteCount: reader.byteCount, rows: report.rows))
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}
