import Foundation

/// Writes what the dashboard shows (its filter and sort) as a CSV file under
/// `$XDG_STATE_HOME/watchfloor/exports/` (XDG default `~/.local/state`), named by the time.
public enum ViewExport {
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/state"
        return "\(state)/watchfloor/exports"
    }

    /// Writes the file and returns its path and the number of incidents in it.
    public static func write(store: IncidentStore, filter: IncidentFilter, sort: IncidentSort, now: Date = Date(),
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (path: String, count: Int) {
        let incidents = try store.incidents(filter: filter, sort: sort, withSources: true)
        let text = IncidentExporter.render(incidents.map(IncidentExporter.json), keys: IncidentExporter.incidentKeys, format: .csv)
        let dir = directory(environment: environment)
        if let failure = IncidentStore.makeDirectories(dir) { throw ImportError(file: dir, failure) }
        let stamp = Ingester.timestamp(now).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            .replacingOccurrences(of: "T", with: "-").replacingOccurrences(of: "Z", with: "")
        var path = "\(dir)/incidents-\(stamp).csv"
        var n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(dir)/incidents-\(stamp)-\(n).csv"
            n += 1
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw ImportError(file: path, "cannot be written: check that \(dir) is writable")
        }
        return (path, incidents.count)
    }
}
