import Foundation

/// Writes a `ReplaySchedule` into a store as it comes due, each item in its own transaction, the
/// way a feed would: reference rows through `ReferenceImporter`, articles through `Ingester`.
public struct ReplayWriter: Sendable {
    public let store: IncidentStore
    public let schedule: ReplaySchedule

    public init(store: IncidentStore, schedule: ReplaySchedule) {
        self.store = store
        self.schedule = schedule
    }

    /// Writes every item at its offset from the start. `wait(seconds)` sleeps for up to that long
    /// and returns false when the replay must stop; `written` hears one line per item.
    /// Returns the number of items written.
    @discardableResult
    public func run(wait: (TimeInterval) -> Bool, clock: () -> TimeInterval, written: (String) -> Void) throws -> Int {
        let start = clock()
        let importer = ReferenceImporter(store: store)
        let ingester = Ingester(store: store)
        let reader = ArticleReader()
        var count = 0
        for item in schedule.items {
            while true {
                let remaining = start + item.offset - clock()
                if remaining <= 0 { break }
                if !wait(remaining) { return count }
            }
            switch item.payload {
            case .incident(let csv):
                let report = try importer.importIncidents(csv: csv, file: "reference_incidents.csv")
                written("\(item.day.iso) reference incident: \(report.new == 1 ? "new" : "merged into an existing one")")
            case .total(let csv):
                _ = try importer.importTotals(csv: csv, file: "reported_totals.csv")
                written("\(item.day.iso) official total")
            case .article(let name, let text):
                let read = try reader.read(data: Data(text.utf8), fileName: name)
                written("\(item.day.iso) " + (try ingester.ingest(read.articles, file: name).line))
            }
            count += 1
        }
        return count
    }
}
