import Foundation

/// A store held open by a long-running reader (the dashboard) that notices what happens to its
/// file. Each check looks at the path as well as at `PRAGMA data_version`: an open SQLite
/// connection goes on reading a file that was moved, deleted or replaced, so the reader would
/// otherwise never know. When the file is back (or replaced by a readable store) it reopens;
/// while it cannot, it retries with backoff (0.5 s doubling to 30 s).
public final class WatchedStore: @unchecked Sendable {
    public let path: String
    /// The current connection; replaced when the store is reopened.
    public private(set) var store: IncidentStore
    private var watcher: StoreChangeWatcher
    private var identity: StoreFileIdentity?
    private var needsReopen = false
    private var problem: StoreUnavailable = .movedOrDeleted
    private var nextAttempt = Date.distantPast
    private var backoff: TimeInterval = 0.5
    private let clock: () -> Date

    /// Opens an existing store; throws `StoreError` when there is none or it cannot be read.
    public init(path: String, clock: @escaping () -> Date = Date.init) throws {
        self.path = path
        self.clock = clock
        store = try IncidentStore(path: path, mode: .existing)
        watcher = try StoreChangeWatcher(path: path)
        identity = StoreFileIdentity.of(path: path)
    }

    /// True when anything committed since the last check (or the store was reopened); throws
    /// `StoreUnavailable` while the store cannot be read.
    public func hasChanged() throws -> Bool {
        guard let current = StoreFileIdentity.of(path: path) else {
            needsReopen = true
            problem = .movedOrDeleted
            throw problem
        }
        if needsReopen || current != identity {
            let replaced = identity != nil && current != identity
            guard clock() >= nextAttempt else { throw problem }
            do {
                let reopened = try IncidentStore(path: path, mode: .existing)
                let newWatcher = try StoreChangeWatcher(path: path)
                _ = try newWatcher.hasChanged()
                store = reopened
                watcher = newWatcher
                identity = current
                needsReopen = false
                backoff = 0.5
                return true
            } catch {
                let reason = StoreUnavailable.classify(error)
                needsReopen = true
                problem = replaced ? .replacedUnreadable(reason.description) : reason
                nextAttempt = clock().addingTimeInterval(backoff)
                backoff = min(backoff * 2, 30)
                throw problem
            }
        }
        do {
            return try watcher.hasChanged()
        } catch {
            needsReopen = true
            problem = StoreUnavailable.classify(error)
            throw problem
        }
    }
}
