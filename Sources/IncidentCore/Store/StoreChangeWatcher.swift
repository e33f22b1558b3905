import Foundation
import GRDB

/// Tells cheaply whether another connection (any process) committed to the store since the last
/// check: `PRAGMA data_version` on a connection of its own, one tiny query per tick.
public final class StoreChangeWatcher: @unchecked Sendable {
    private let queue: DatabaseQueue
    private var lastVersion: Int?
    private let lock = NSLock()

    public init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(1)
        config.label = "watchfloor-watcher"
        queue = try IncidentStore.openReadOnly(path: path, configuration: config)
    }

    /// True the first time, then whenever the store changed since the previous call.
    public func hasChanged() throws -> Bool {
        // A cached statement: the pragma is parsed once, not on every tick of an idle dashboard.
        let version = try queue.inDatabase { try Int.fetchOne($0.cachedStatement(sql: "PRAGMA data_version")) ?? 0 }
        lock.lock()
        defer { lock.unlock() }
        defer { lastVersion = version }
        return lastVersion != version
    }
}
