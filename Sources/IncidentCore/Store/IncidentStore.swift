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
    /// True when the file or its directory cannot be written: the store was opened for reading only.
    public let isReadOnly: Bool
    let database: any DatabaseWriter

    /// How long a write waits for another process's write transaction before giving up.
    public static let defaultBusyTimeout: TimeInterval = 5

    public init(path: String, mode: Mode, busyTimeout: TimeInterval = IncidentStore.defaultBusyTimeout) throws {
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
        } else {
            guard access(path, R_OK) == 0 else {
                throw StoreError.unreadable(path: path, reason: "permission denied: ask for read access or copy the store")
            }
            if !Self.hasSQLiteHeader(path) { throw StoreError.notAStore(path: path) }
        }
        let whyReadOnly = exists ? Self.whyNotWritable(path) : nil
        if let whyReadOnly, mode == .create { throw StoreError.readOnly(path: path, reason: whyReadOnly) }
        isReadOnly = whyReadOnly != nil

        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "watchfloor"
        // Statement journals (one per INSERT that fires triggers, inside a long import transaction)
        // stay in memory instead of temporary files that SQLite would write some twenty times a row.
        // WAL with synchronous=NORMAL: a commit is not synced to disk one by one (a power cut may
        // lose the last commits, never corrupt the store), which is what lets ingest, one
        // transaction per file, keep up with a thousand articles a second.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            database = isReadOnly ? try Self.openReadOnly(path: path, configuration: config)
                                  : try DatabasePool(path: path, configuration: config)
        } catch {
            throw Self.translate(error, path: path, creating: !exists)
        }
        do {
            if exists { try Self.checkIntegrity(database, path: path) }
            let migrator = StoreSchema.migrator
            let userVersion = try database.read { db in
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                return try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            }
            if userVersion > StoreSchema.version { throw StoreError.newerSchema(path: path) }
            if isReadOnly {
                let applied = try database.read { db in try migrator.hasCompletedMigrations(db) }
                guard applied else { throw StoreError.readOnly(path: path, reason: "it needs upgrading to this version's schema, which cannot be written") }
            } else {
                try migrator.migrate(database)
                if userVersion != StoreSchema.version {
                    try database.writeWithoutTransaction { db in
                        try db.execute(sql: "PRAGMA user_version = \(StoreSchema.version)")
                    }
                }
                if (1..<ArticleKeyMigration.version).contains(userVersion) {
                    // v6 rewrote the article tables; give the space of the old ones back once
                    // (a store of 100,000 incidents shrinks from 543 to 305 MB). Failing leaves
                    // only the space, so it is not an error.
                    try? database.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.translate(error, path: path, creating: !exists)
        }
    }

    /// Why an existing store cannot be written (the file, or the directory SQLite keeps its
    /// write-ahead log in), or nil when it can.
    static func whyNotWritable(_ path: String) -> String? {
        if access(path, W_OK) != 0 { return "the file is read-only (\(String(cString: strerror(errno)).lowercased()))" }
        let directory = (path as NSString).deletingLastPathComponent
        if access(directory.isEmpty ? "." : directory, W_OK) != 0 {
            return "its directory \(directory.isEmpty ? "." : directory) is read-only and SQLite keeps its write-ahead log there"
        }
        return nil
    }

    /// A read-only connection. In a directory where SQLite cannot create the shared-memory file of
    /// the write-ahead log, the file is opened as immutable (nobody can write it there anyway).
    static func openReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
        var config = configuration
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY {
            return try DatabaseQueue(path: immutableURI(path), configuration: config)
        }
    }

    /// `file:` URI of a path with `immutable=1`, percent-encoding what URIs reserve.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?immutable=1"
    }

    /// Stores up to this size get a full `PRAGMA quick_check` on open; it reads every page, which on
    /// a million-incident store would take seconds the dashboard's first frame cannot spend.
    static let fullCheckBytes: Int64 = 64 * 1024 * 1024

    /// Checked on open: a truncated file (shorter than its page count says) is refused at any size,
    /// and small stores get `PRAGMA quick_check`. Damage deeper in a large store is reported by
    /// SQLite when the damaged pages are read, with the same clear message.
    static func checkIntegrity(_ database: any DatabaseWriter, path: String) throws {
        let (pageCount, pageSize) = try database.read { db in
            (try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0, try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }
        let fileBytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
        let walBytes = ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber)?.int64Value ?? 0
        // With a write-ahead log the main file may be shorter until the next checkpoint.
        if walBytes == 0, fileBytes < pageCount * pageSize {
            throw StoreError.damaged(path: path, detail: "the file is \(fileBytes) bytes but holds \(pageCount) pages of \(pageSize): it was cut short")
        }
        guard fileBytes <= fullCheckBytes else { return }
        let findings = try database.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
        guard findings == ["ok"] else {
            throw StoreError.damaged(path: path, detail: findings.first ?? "quick_check gave no answer")
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
            case .SQLITE_NOTADB:
                return .notAStore(path: path)
            case .SQLITE_CORRUPT:
                return .damaged(path: path, detail: dbError.message ?? "database disk image is malformed")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
                let reason = "permission denied or read-only location (\(dbError.message ?? "cannot open"))"
                return creating ? .cannotCreate(path: path, reason: reason) : .unreadable(path: path, reason: reason)
            case .SQLITE_FULL:
                return .writeFailed(path: path, reason: "disk full (nothing of this file was written): free some space and run the command again")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .writeFailed(path: path, reason: "locked by another process that is writing to it; try again when it has finished")
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
        if isReadOnly, let why = Self.whyNotWritable(path) { throw StoreError.readOnly(path: path, reason: why) }
        do {
            return try database.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, creating: false)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
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
