/// Why the store could not be opened, read or written. Each description is one line a user can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case isDirectory(path: String)
    case notAStore(path: String)
    case newerSchema(path: String)
    case cannotCreate(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case readOnly(path: String, reason: String)
    case damaged(path: String, detail: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no store at \(path): ingest articles first (watchfloor ingest --store \(path) FILE...) or run `watchfloor demo`"
        case .isDirectory(let path):
            return "store path \(path) is a directory: give the path of a store file, e.g. \(path)/incidents.sqlite"
        case .notAStore(let path):
            return "\(path) is not a Watchfloor store (not a SQLite database): choose another path with --store"
        case .newerSchema(let path):
            return "store \(path) was written by a newer Watchfloor (unknown schema version): upgrade watchfloor to open it"
        case .cannotCreate(let path, let reason):
            return "cannot create store at \(path): \(reason)"
        case .unreadable(let path, let reason):
            return "cannot read store \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write to store \(path): \(reason)"
        case .readOnly(let path, let reason):
            return "cannot write to store \(path): \(reason); get write access or use another store with --store"
        case .damaged(let path, let detail):
            return "store \(path) is damaged (SQLite: \(detail)): restore it from a backup or ingest into a new store with --store"
        }
    }
}
