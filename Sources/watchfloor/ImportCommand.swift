import ArgumentParser
import Foundation
import IncidentCore

/// `watchfloor import acled|csv|json|totals FILE`: datasets into the store, one transaction per file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an ACLED export, a spreadsheet, a JSON export or official totals into the store.",
        discussion: """
            Each file is imported in one transaction. Importing the same file again adds nothing: rows \
            are keyed by their identifier (ACLED event_id_cnty, a mapped external_id column) and updated \
            in place. Unreadable rows are reported with their row number and the rest imported, unless \
            --strict; exit status 1 if any row or file was refused.
            """,
        subcommands: [ImportACLEDCommand.self, ImportCSVCommand.self, ImportJSONCommand.self, ImportTotalsCommand.self]
    )
}

/// Prints what an import did: refused rows on standard error, the summary and speed on standard output.
func printImportReport(_ report: ImportReport) throws {
    for problem in report.refused.prefix(50) { printWarning("\(problem); row skipped") }
    if report.refused.count > 50 { printWarning("\(report.file): \(report.refused.count - 50) more rows refused") }
    print(report.line + " (\(report.rowsPerSecond) rows/s)")
    if !report.refused.isEmpty { throw ExitCode(1) }
}

struct ImportACLEDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acled",
        abstract: "Import an ACLED export (CSV, any layout generation) as incidents of kind `event`.",
        discussion: """
            Columns are found by header name in any case (event_id_cnty, event_date and country are \
            required). Dates: YYYY-MM-DD, DD-Month-YYYY or DD/MM/YYYY. A newer `timestamp` wins on \
            re-import; without timestamps the re-imported row replaces the old.
            """
    )

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("Only these countries (comma-separated).", valueName: "list"))
    var country: String?

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Flag(help: "Fail the whole file on the first unreadable row.")
    var strict = false

    @Argument(help: ArgumentHelp("The ACLED CSV file.", valueName: "file"))
    var file: String

    func validate() throws {
        if let since { _ = try parseDay(since, option: "--since") }
    }

    func run() throws {
        try reportingErrors {
            let bytes = try ImportFile.readBytes(file)
            try ACLEDImporter.checkHeader(bytes, file: file)
            let options = ACLEDImporter.Options(
                countries: country.map { $0.split(separator: ",").map(String.init) },
                since: try since.map { try parseDay($0, option: "--since") }, strict: strict)
            let importer = ACLEDImporter(store: try IncidentStore(path: store.resolved, mode: .create))
            let bar = ProgressBar()
            let report = try importer.importBytes(bytes, file: file, options: options) { progress in
                bar.update(done: progress.bytesRead, of: progress.byteCount, rows: progress.rows)
            }
            bar.finish()
            try printImportReport(report)
        }
    }
}

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import your own spreadsheet (CSV) with a column map.",
        discussion: """
            --map names, for each field, the column that holds it: \
            \(SpreadsheetImporter.fields.joined(separator: ", ")). Example: \
            --map date=Date,location=Base,country=Country,weapons=Weapon,us_injured=Wounded,source_url=Link. \
            Map external_id to a column of row identifiers so that edited rows update in place.
            """
    )

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("field=Column pairs, comma-separated (date is required).", valueName: "map"))
    var map: String

    @Option(help: ArgumentHelp("Kind of every row unless a kind column is mapped.", valueName: "kind"))
    var kind: IncidentKind = .attack

    @Flag(help: "Fail the whole file on the first unreadable row.")
    var strict = false

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors {
            let columns = try SpreadsheetImporter.parseMap(map)
            let data = try ImportFile.read(file)
            try SpreadsheetImporter.checkHeader(data, file: file, map: columns)
            let importer = SpreadsheetImporter(store: try IncidentStore(path: store.resolved, mode: .create))
            try printImportReport(try importer.importData(data, file: file, map: columns, kind: kind, strict: strict))
        }
    }
}

struct ImportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Import what `watchfloor export --format json` (or ndjson) wrote, every field and source included."
    )

    @OptionGroup var store: StoreOption

    @Argument(help: ArgumentHelp("The JSON or NDJSON file.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors {
            let data = try ImportFile.read(file)
            try JSONImporter.check(data, file: file)
            let importer = JSONImporter(store: try IncidentStore(path: store.resolved, mode: .create))
            try printImportReport(try importer.importData(data, file: file))
        }
    }
}

struct ImportTotalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Import official cumulative totals (CSV: as_of,total,iraq,syria,jordan,injured,source_url)."
    )

    @OptionGroup var store: StoreOption

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors {
            let text = String(decoding: try ImportFile.read(file), as: UTF8.self)
            try ReferenceImporter.parseTotals(csv: text, file: file)
            let importer = ReferenceImporter(store: try IncidentStore(path: store.resolved, mode: .create))
            let added = try importer.importTotals(csv: text, file: file)
            print("\(file): \(added) new official total\(added == 1 ? "" : "s")")
        }
    }
}
