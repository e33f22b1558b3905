import Foundation

/// Handles one complete file of the inbox: skips it when the store recorded it as it is, else
/// reads and ingests it and records the file in the same transaction (a refused file is recorded
/// too, so it is reported once, not at every restart).
public struct InboxProcessor: Sendable {
    public let ingester: Ingester
    public var clock: @Sendable () -> Date

    public init(ingester: Ingester, clock: @escaping @Sendable () -> Date = Date.init) {
        self.ingester = ingester
        self.clock = clock
    }

    /// What processing one file came to.
    public enum Outcome: Sendable {
        /// The store already recorded this file with the same size and modification time.
        case alreadyProcessed
        /// Touched but not changed (same bytes as recorded): the record is refreshed, nothing ingested.
        case sameContent
        /// Ingested; the report carries the line `ingest` prints and any warning.
        case ingested(Ingester.FileReport)
        /// Refused as a bad article: the one-line reason, also recorded.
        case refused(ArticleError)
        /// Gone before it could be read.
        case vanished
        /// Written to while it was being read: to be checked again.
        case stillChanging
    }

    /// Processes the file at `path` (absolute: the record's key). `displayPath` names it in lines.
    /// Throws `StoreError` when the store cannot be written; nothing is recorded then.
    public func process(path: String, displayPath: String, known: InboxFileRecord?) throws -> Outcome {
        guard let before = FileSignature.of(path: path) else { return .vanished }
        if let known, known.matches(before) { return .alreadyProcessed }
        let reader = ingester.reader
        let now = Ingester.timestamp(clock())
        func refuse(_ error: ArticleError, hash: String?) throws -> Outcome {
            try ingester.store.saveInboxRecord(InboxFileRecord(
                path: path, size: before.size, mtimeNanos: before.mtimeNanos, inode: Int64(bitPattern: before.inode), contentHash: hash,
                outcome: .failed, message: error.description, processedAt: now))
            return .refused(error)
        }
        if before.size > Int64(reader.maxBytes) {
            return try refuse(ArticleError(file: displayPath, "file is \(before.size) bytes, over the \(reader.maxBytes)-byte limit: split it or raise --max-article-bytes"), hash: nil)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileSignature.of(path: path) == nil { return .vanished }
            return try refuse(ArticleError(file: displayPath, "cannot read: permission denied"), hash: nil)
        }
        guard FileSignature.of(path: path) == before else { return .stillChanging }
        let hash = ArticleReader.sha256Hex(data)
        if let known, known.contentHash == hash {
            var refreshed = known
            refreshed.size = before.size
            refreshed.mtimeNanos = before.mtimeNanos
            refreshed.inode = Int64(bitPattern: before.inode)
            refreshed.processedAt = now
            try ingester.store.saveInboxRecord(refreshed)
            return .sameContent
        }
        let read: ArticleReader.Result
        do {
            read = try reader.read(data: data, fileName: (path as NSString).lastPathComponent, displayPath: displayPath)
        } catch let error as ArticleError {
            return try refuse(error, hash: hash)
        }
        var report = try ingester.ingest(read.articles, file: displayPath) { db, report in
            try IncidentStore.saveInboxRecord(db, InboxFileRecord(
                path: path, size: before.size, mtimeNanos: before.mtimeNanos, inode: Int64(bitPattern: before.inode), contentHash: hash,
                outcome: .ingested, message: report.line, processedAt: now))
        }
        report.warning = read.warning
        return .ingested(report)
    }
}
