import GRDB

/// Why a store that was open can no longer be read. The dashboard shows it in a banner, keeps the
/// data it has, and retries until the store is back.
public enum StoreUnavailable: Error, Equatable, Sendable, CustomStringConvertible {
    case movedOrDeleted
    case replacedUnreadable(String)
    case locked
    case corrupt(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .movedOrDeleted: return "file moved or deleted"
        case .replacedUnreadable(let why): return "replaced by a file that cannot be read (\(why))"
        case .locked: return "locked by another process past the busy timeout"
        case .corrupt(let why): return "corrupt (\(why))"
        case .unreadable(let why): return why
        }
    }

    /// The reason for an error thrown while opening or reading the store.
    public static func classify(_ error: Error) -> StoreUnavailable {
        if let unavailable = error as? StoreUnavailable { return unavailable }
        if let dbError = error as? DatabaseError {
            switch dbError.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt(dbError.message ?? "not a database")
            default: return .unreadable(dbError.message ?? "\(dbError.resultCode)")
            }
        }
        if let storeError = error as? StoreError {
            switch storeError {
            case .missing: return .movedOrDeleted
            case .notAStore: return .corrupt("not a Watchfloor store")
            case .newerSchema: return .unreadable("written by a newer Watchfloor")
            default: return .unreadable(storeError.description)
            }
        }
        return .unreadable("\(error)")
    }
}
