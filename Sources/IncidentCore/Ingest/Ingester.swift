import Foundation
import GRDB

/// Ingests article files into the store: one transaction per file, one report line per file.
public struct Ingester: Sendable {
    public let store: IncidentStore
    public var reader: ArticleReader
    public var extractor: Extractor
    public var clock: @Sendable () -> Date

    public init(store: IncidentStore, reader: ArticleReader = ArticleReader(), extractor: Extractor = Extractor(),
                clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.reader = reader
        self.extractor = extractor
        self.clock = clock
    }

    /// What ingesting one file did.
    public struct FileReport: Sendable {
        public var file: String
        public var articles = 0
        public var duplicates = 0
        public var newIncidents: [Int64] = []
        public var mergedInto: [Int64] = []
        public var otherRecords = 0
        public var totals = 0
        public var warning: String?

        /// One line for the terminal: `file: new incident #3; merged into #1; 1 new total`.
        public var line: String {
            var parts: [String] = []
            if !newIncidents.isEmpty {
                parts.append((newIncidents.count == 1 ? "new incident " : "new incidents ") + newIncidents.map { "#\($0)" }.joined(separator: ", "))
            }
            if !mergedInto.isEmpty { parts.append("merged into " + mergedInto.map { "#\($0)" }.joined(separator: ", ")) }
            if otherRecords > 0 { parts.append("\(otherRecords) strike/mention record\(otherRecords == 1 ? "" : "s")") }
            if totals > 0 { parts.append("\(totals) new total\(totals == 1 ? "" : "s")") }
            if duplicates > 0 {
                parts.append(duplicates == articles ? "duplicate article (already in the store)" : "\(duplicates) duplicate article\(duplicates == 1 ? "" : "s")")
            }
            if parts.isEmpty { parts.append("no incident found in the text") }
            return "\(file): " + parts.joined(separator: "; ")
        }
    }

    /// Reads and ingests one file in one transaction. Throws `ArticleError` or `StoreError`; nothing
    /// of the file is written then.
    public func ingest(path: String) throws -> FileReport {
        let result = try reader.read(path: path)
        var report = try ingest(result.articles, file: path)
        report.warning = result.warning
        return report
    }

    /// Ingests already-read articles in one transaction.
    public func ingest(_ articles: [ArticleInput], file: String) throws -> FileReport {
        try ingest(articles, file: file, alsoWriting: { _, _ in })
    }

    /// Ingests already-read articles; `alsoWriting` runs inside the same transaction with the report
    /// (the inbox records the processed file there, so the record and the articles commit together).
    func ingest(_ articles: [ArticleInput], file: String,
                alsoWriting: (Database, FileReport) throws -> Void) throws -> FileReport {
        try write(Self.prepare(articles, file: file, extractor: extractor), alsoWriting: alsoWriting)
    }

    /// A file's articles with their content hashes and what was extracted from them: everything
    /// an ingest does before it opens the write transaction, so it can run on another thread.
    public struct PreparedFile: Sendable {
        public var file: String
        var articles: [(article: ArticleInput, hash: String, extraction: ArticleExtraction)]
    }

    /// Hashes and extracts a file's articles (no store access).
    public static func prepare(_ articles: [ArticleInput], file: String, extractor: Extractor) -> PreparedFile {
        PreparedFile(file: file, articles: articles.map { article in
            (article, ArticleReader.contentHash(ofCanonicalBody: article.body),
             extractor.extract(title: article.title, body: article.body, published: article.published,
                               language: article.language))
        })
    }

    /// Writes a prepared file in one transaction.
    public func write(_ prepared: PreparedFile) throws -> FileReport {
        try write(prepared, alsoWriting: { _, _ in })
    }

    func write(_ prepared: PreparedFile, alsoWriting: (Database, FileReport) throws -> Void) throws -> FileReport {
        let now = Self.timestamp(clock())
        let file = prepared.file
        return try store.write { db in
            var report = FileReport(file: file, articles: prepared.articles.count)
            var seen = Set<String>()
            var wrote = false
            for (article, hash, extraction) in prepared.articles {
                if !seen.insert(hash).inserted {
                    report.duplicates += 1
                    continue
                }
                if try IncidentStore.articleKey(db, hash: hash) != nil {
                    report.duplicates += 1
                    continue
                }
                wrote = true
                let id = try IncidentStore.insertArticle(db, article, hash: hash, now: now)
                for incident in extraction.incidents {
                    let placement = try IncidentStore.place(db, report: incident, articleId: id, now: now)
                    let incidentId: Int64
                    switch placement {
                    case .new(let newId):
                        incidentId = newId
                        if incident.kind == .attack || incident.kind == .partner { report.newIncidents.append(newId) } else { report.otherRecords += 1 }
                    case .merged(let target):
                        incidentId = target
                        if incident.kind == .attack || incident.kind == .partner { report.mergedInto.append(target) } else { report.otherRecords += 1 }
                    }
                    try IncidentStore.insertFacts(db, incident.facts, articleId: id, incidentId: incidentId)
                }
                for total in extraction.totals {
                    try IncidentStore.insertTotal(db, total, articleId: id)
                    try IncidentStore.insertFacts(db, total.facts, articleId: id, incidentId: nil)
                    report.totals += 1
                }
            }
            if wrote { try IncidentStore.touch(db, at: now) }
            try alsoWriting(db, report)
            return report
        }
    }

    /// ISO 8601 UTC with seconds: `2024-01-20T18:30:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = seconds - day.ordinal * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }
}
