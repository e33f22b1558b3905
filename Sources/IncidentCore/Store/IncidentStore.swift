import Foundation
import GRDB

/// The incident store: one SQLite file (WAL mode) holding articles, incidents, their sources,
/// extracted facts, reported totals, the monthly rollup and the full-text indexes.
public final class IncidentStore: Sendable {
    /// How a store is opened.
    public enum Mode: Sendable {
        /// Create the file and its directory when missing (ingest, import).
        case create
        /// The file must exist (export, report, dashboard).
        case existing
    }

    public let path: String
    let pool: DatabasePool

    public init(path: String, mode: Mode) throws {
        self.path = path
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue { throw StoreError.isDirectory(path: path) }
        if !exists {
            guard mode == .create else { throw StoreError.missing(path: path) }
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                if let failure = Self.makeDirectories(directory) {
                    throw StoreError.cannotCreate(path: path, reason: failure)
                }
            }
            guard fileManager.isWritableFile(atPath: directory.isEmpty ? "." : directory) else {
                throw StoreError.cannotCreate(path: path, reason: "directory \(directory) is not writable")
            }
        } else if !Self.hasSQLiteHeader(path) {
            throw StoreError.notAStore(path: path)
        }

        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.label = "watchfloor"
        // Statement journals (one per INSERT that fires triggers, inside a long import transaction)
        // stay in memory instead of temporary files that SQLite would write some twenty times a row.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw Self.translate(error, path: path, creating: !exists)
        }
        do {
            let migrator = StoreSchema.migrator
            let userVersion = try pool.read { db in
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                return try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            }
            if userVersion > StoreSchema.version { throw StoreError.newerSchema(path: path) }
            try migrator.migrate(pool)
            if userVersion != StoreSchema.version {
                try pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA user_version = \(StoreSchema.version)")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.translate(error, path: path, creating: !exists)
        }
    }

    /// Creates a directory and its parents; returns why it could not, or nil.
    static func makeDirectories(_ directory: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : "\(directory) exists and is not a directory"
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory, let failure = makeDirectories(parent) { return failure }
        if mkdir(directory, 0o755) != 0, errno != EEXIST {
            return "cannot create directory \(directory): \(String(cString: strerror(errno)).lowercased())"
        }
        return nil
    }

    /// SQLite files start with "SQLite format 3\0"; an empty file is a store still to be created.
    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true } // let SQLite report it
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return true }
        return head == Data("SQLite format 3\0".utf8)
    }

    static func translate(_ error: Error, path: String, creating: Bool) -> StoreError {
        if let dbError = error as? DatabaseError {
            switch dbError.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notAStore(path: path)
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
                let reason = "permission denied or read-only location (\(dbError.message ?? "cannot open"))"
                return creating ? .cannotCreate(path: path, reason: reason) : .unreadable(path: path, reason: reason)
            case .SQLITE_FULL:
                return .writeFailed(path: path, reason: "disk full")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .writeFailed(path: path, reason: "locked by another process; try again")
            default:
                return .unreadable(path: path, reason: dbError.message ?? "\(dbError.resultCode)")
            }
        }
        return creating ? .cannotCreate(path: path, reason: reason(error)) : .unreadable(path: path, reason: reason(error))
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        return ns.localizedDescription
    }

    /// Runs `body` in one write transaction; any error rolls back everything it wrote.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, creating: false)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, creating: false)
        }
    }

    /// Records that the store changed now (shown by the dashboard as freshness).
    static func touch(_ db: Database, at now: String) throws {
        try db.execute(
            sql: "INSERT INTO meta(key, value) VALUES ('changedAt', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [now])
    }

    /// When the store last changed (ISO 8601 UTC), or nil for a store never written.
    public func lastChanged() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'changedAt'") }
    }
}
