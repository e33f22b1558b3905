import Foundation

/// Builds the demo store: the bundled reference incidents and official totals, then the bundled
/// sample articles ingested on top (they merge into the matching reference incidents).
public enum DemoStore {
    /// `$XDG_CACHE_HOME/watchfloor/demo.sqlite` (default `~/.cache`): never the user's own store.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.cache"
        return "\(cache)/watchfloor/demo.sqlite"
    }

    /// Removes any previous demo store at `path` and builds a fresh one; returns the ingest lines.
    @discardableResult
    public static func build(at path: String, clock: @escaping @Sendable () -> Date = Date.init) throws -> [String] {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try IncidentStore(path: path, mode: .create)
        let importer = ReferenceImporter(store: store, clock: clock)
        var lines: [String] = []
        let incidents = try importer.importIncidents(csv: BundledData.referenceIncidentsCSV, file: "reference_incidents.csv")
        lines.append("reference_incidents.csv: \(incidents.new) incidents")
        let totals = try importer.importTotals(csv: BundledData.reportedTotalsCSV, file: "reported_totals.csv")
        lines.append("reported_totals.csv: \(totals) official totals")
        let ingester = Ingester(store: store, clock: clock)
        let reader = ArticleReader()
        for (name, text) in SampleArticles.files {
            let read = try reader.read(data: Data(text.utf8), fileName: name)
            lines.append(try ingester.ingest(read.articles, file: name).line)
        }
        return lines
    }
}
