import Foundation

/// The bundled demo data — reference incidents, official totals, sample articles — as one list in
/// date order, each item placed on a compressed clock: `secondsPerMonth` of replay per 30 days.
public struct ReplaySchedule: Sendable {
    /// One thing to write, on the day it happened (or was published).
    public struct Item: Sendable {
        public enum Payload: Sendable {
            /// A row of `reference_incidents.csv`, as a one-row CSV file with its header.
            case incident(csv: String)
            /// A row of `reported_totals.csv`, as a one-row CSV file with its header.
            case total(csv: String)
            /// A sample article file.
            case article(name: String, text: String)
        }

        public var day: CalendarDay
        public var payload: Payload
        /// Seconds after the start of the replay at which it is written.
        public var offset: TimeInterval
    }

    public private(set) var items: [Item]

    /// The whole replay's length in seconds.
    public var duration: TimeInterval { items.last?.offset ?? 0 }

    /// Builds the schedule; `speed` divides the time (2 = twice as fast).
    public init(secondsPerMonth: TimeInterval = 10, speed: Double = 1,
                incidentsCSV: String = BundledData.referenceIncidentsCSV,
                totalsCSV: String = BundledData.reportedTotalsCSV,
                articles: [(name: String, text: String)] = SampleArticles.files) throws {
        var dated: [(day: CalendarDay, order: Int, payload: Item.Payload)] = []
        for (row, day) in try Self.rows(of: incidentsCSV, dateColumn: "date", file: "reference_incidents.csv") {
            dated.append((day, 0, .incident(csv: row)))
        }
        for (row, day) in try Self.rows(of: totalsCSV, dateColumn: "as_of", file: "reported_totals.csv") {
            dated.append((day, 2, .total(csv: row)))
        }
        let reader = ArticleReader()
        for (name, text) in articles {
            let read = try reader.read(data: Data(text.utf8), fileName: name)
            guard let day = read.articles.compactMap(\.published).min() else {
                throw ArticleError(file: name, "sample article has no published date: the replay cannot place it")
            }
            dated.append((day, 1, .article(name: name, text: text)))
        }
        // Stable order: by day, then incidents before the articles reporting them, then totals.
        let sorted = dated.enumerated().sorted { a, b in
            (a.element.day.ordinal, a.element.order, a.offset) < (b.element.day.ordinal, b.element.order, b.offset)
        }.map(\.element)
        let first = sorted.first?.day.ordinal ?? 0
        let secondsPerDay = secondsPerMonth / 30 / speed
        items = sorted.map { Item(day: $0.day, payload: $0.payload, offset: TimeInterval($0.day.ordinal - first) * secondsPerDay) }
    }

    /// Splits a CSV text into one-row CSV texts (header + row), each with the day in `dateColumn`.
    private static func rows(of csv: String, dateColumn: String, file: String) throws -> [(String, CalendarDay)] {
        let table = CSVTable(text: csv)
        return try table.rows.map { row in
            guard let text = table.value(dateColumn, in: row), let day = CalendarDay(iso: text) else {
                throw ArticleError(file: file, line: row.line, "\(dateColumn) must be a date (YYYY-MM-DD)")
            }
            var writer = CSVWriter()
            writer.writeRow(table.header)
            writer.writeRow(row.fields)
            return (writer.text, day)
        }
    }
}
