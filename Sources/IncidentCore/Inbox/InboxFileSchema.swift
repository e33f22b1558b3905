import GRDB

/// The `inboxFile` table (migration "v4-inbox-files"): one row per file `ingest --watch` has
/// processed, so that a restart skips what is already done. Kept apart from the v1 tables.
enum InboxFileSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE inboxFile (
                path TEXT PRIMARY KEY NOT NULL,         -- absolute path of the file in the inbox
                size INTEGER NOT NULL,                  -- bytes
                mtimeNanos INTEGER NOT NULL,            -- modification time, ns since 1970
                inode INTEGER NOT NULL,                 -- replaced by a rename: a new inode
                contentHash TEXT,                       -- SHA-256 of the raw bytes (hex); NULL if never read
                outcome TEXT NOT NULL,                  -- 'ingested' or 'failed'
                message TEXT NOT NULL,                  -- the line printed for it
                processedAt TEXT NOT NULL               -- ISO 8601 UTC
            ) WITHOUT ROWID;
            """)
    }
}
