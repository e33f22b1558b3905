/// What one import did: rows read, incidents added, updated or left as they were, rows left out
/// by the options, and each row refused with its reason.
public struct ImportReport: Sendable, Equatable {
    public var file: String
    public var rows = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Rows whose timestamp is older than the one already in the store.
    public var older = 0
    /// Rows left out by `--country` / `--since`.
    public var filtered = 0
    public var refused: [ImportError] = []
    /// Wall-clock seconds the import took (for the rows-per-second line).
    public var seconds = 0.0

    public init(file: String) { self.file = file }

    /// `acled.csv: 1,234 rows: 1,200 new, 30 updated, 4 unchanged, 2 refused`.
    public var line: String {
        var parts = ["\(inserted) new", "\(updated) updated", "\(unchanged) unchanged"]
        if older > 0 { parts.append("\(older) older than the store's (kept the newer)") }
        if filtered > 0 { parts.append("\(filtered) left out by --country/--since") }
        if !refused.isEmpty { parts.append("\(refused.count) refused") }
        return "\(file): \(rows) row\(rows == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }

    /// Rows per second over the whole import (read, map, write, commit).
    public var rowsPerSecond: Int { seconds > 0 ? Int(Double(rows) / seconds) : rows }
}
