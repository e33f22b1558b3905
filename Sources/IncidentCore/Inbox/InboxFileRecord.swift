import Foundation
import GRDB

/// What the store remembers about one file `ingest --watch` processed.
public struct InboxFileRecord: Sendable, Equatable {
    /// Whether the file's articles went into the store or the file was refused.
    public enum Outcome: String, Sendable {
        case ingested
        case failed
    }

    public var path: String
    public var size: Int64
    public var mtimeNanos: Int64
    public var inode: Int64
    /// SHA-256 of the raw bytes (hex); nil when the file was refused before it was read.
    public var contentHash: String?
    public var outcome: Outcome
    /// The line printed for it.
    public var message: String
    public var processedAt: String

    public init(path: String, size: Int64, mtimeNanos: Int64, inode: Int64, contentHash: String?, outcome: Outcome,
                message: String, processedAt: String) {
        self.path = path
        self.size = size
        self.mtimeNanos = mtimeNanos
        self.inode = inode
        self.contentHash = contentHash
        self.outcome = outcome
        self.message = message
        self.processedAt = processedAt
    }

    /// True when the file on disk still looks exactly as it did when processed (same size,
    /// modification time and inode).
    public func matches(_ signature: FileSignature) -> Bool {
        size == signature.size && mtimeNanos == signature.mtimeNanos && inode == Int64(bitPattern: signature.inode)
    }
}

/// Reading and writing the processed-file records of the inbox.
extension IncidentStore {
    public func inboxRecord(path: String) throws -> InboxFileRecord? {
        try read { db in try Self.inboxRecord(db, path: path) }
    }

    /// Every record whose path lies in `directory` (for the start-up scan: one query, not one per file).
    public func inboxRecords(inDirectory directory: String) throws -> [String: InboxFileRecord] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM inboxFile WHERE substr(path, 1, ?) = ?",
                                        arguments: [prefix.utf8.count, prefix])
            var records: [String: InboxFileRecord] = [:]
            for row in rows {
                let record = Self.inboxRecord(row)
                records[record.path] = record
            }
            return records
        }
    }

    /// Records a file on its own (a refused file, or one whose content did not change).
    public func saveInboxRecord(_ record: InboxFileRecord) throws {
        try write { db in try Self.saveInboxRecord(db, record) }
    }

    static func inboxRecord(_ db: Database, path: String) throws -> InboxFileRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM inboxFile WHERE path = ?", arguments: [path]).map(inboxRecord)
    }

    static func saveInboxRecord(_ db: Database, _ record: InboxFileRecord) throws {
        try db.execute(sql: """
            INSERT INTO inboxFile(path, size, mtimeNanos, inode, contentHash, outcome, message, processedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtimeNanos = excluded.mtimeNanos, inode = excluded.inode,
                contentHash = excluded.contentHash, outcome = excluded.outcome, message = excluded.message,
                processedAt = excluded.processedAt
            """, arguments: [record.path, record.size, record.mtimeNanos, record.inode, record.contentHash,
                             record.outcome.rawValue, record.message, record.processedAt])
    }

    private static func inboxRecord(_ row: Row) -> InboxFileRecord {
        InboxFileRecord(
            path: row["path"], size: row["size"], mtimeNanos: row["mtimeNanos"], inode: row["inode"], contentHash: row["contentHash"],
            outcome: InboxFileRecord.Outcome(rawValue: row["outcome"]) ?? .failed,
            message: row["message"], processedAt: row["processedAt"])
    }
}
