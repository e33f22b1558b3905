import ArgumentParser
import Foundation
import IncidentCore

/// `watchfloor ingest`: article files → extracted, merged incidents in the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest article files (.txt, .md, .json, .ndjson) or directories of them into the store.",
        discussion: """
            One line per file says what it did: new incident #N, merged into #N, new totals, duplicate \
            article, or an error and why. Each file is one transaction: a bad file leaves nothing behind \
            and the others are still ingested. Exit status 1 if any file failed.

            With --watch DIR it runs until stopped (SIGINT/SIGTERM, exit 0): the files already in DIR \
            first, skipping those processed before, then each article file that arrives or changes, \
            once complete (renamed into place, or unchanged for a second after its writer closed it). \
            Dot-files, *.part and *.tmp are ignored. Details go to the log file.
            """
    )

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("Publication date for articles that carry none (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Refuse article files larger than this many bytes.", valueName: "bytes"))
    var maxArticleBytes: Int = 16 * 1024 * 1024

    @Argument(help: ArgumentHelp("Article files or directories (searched recursively).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Watch this inbox directory: ingest the articles already there, then each new or changed one, until SIGINT/SIGTERM.", valueName: "dir"))
    var watch: String?

    @Flag(help: "With --watch: scan the inbox every second instead of using inotify.")
    var poll = false

    @Option(help: ArgumentHelp("With --watch: log here (default $XDG_STATE_HOME/watchfloor/watchfloor.log).", valueName: "file"))
    var log: String?

    func validate() throws {
        if watch != nil, !paths.isEmpty { throw ValidationError("give either --watch DIR or paths to ingest, not both") }
        if watch == nil, paths.isEmpty { throw ValidationError("give the article files or directories to ingest, or --watch DIR") }
        if watch == nil, poll || log != nil { throw ValidationError("--poll and --log go with --watch DIR") }
        if let published { _ = try parseDay(published, option: "--published") }
        guard maxArticleBytes > 0 else { throw ValidationError("--max-article-bytes must be positive") }
    }

    func run() throws {
        if let watch {
            try reportingErrors { try watchInbox(watch) }
            return
        }
        let reader = ArticleReader(maxBytes: maxArticleBytes, defaultPublished: try published.map { try parseDay($0, option: "--published") })
        let storePath = store.resolved
        var failures = 0
        let collection = ArticleCollector.collect(paths)
        for problem in collection.problems {
            printError(String(describing: problem))
            failures += 1
        }
        let files = collection.files
        var ingester: Ingester?
        var summary = (files: 0, new: 0, merged: 0, totals: 0, duplicates: 0)
        // Files are read and extracted on worker threads; this thread writes them in order.
        let pipeline = ArticlePipeline(files: files, reader: reader, extractor: Extractor())
        try pipeline.forEach { file, outcome in
            let prepared: Ingester.PreparedFile
            switch outcome {
            case .failed(let error):
                printError(String(describing: error))
                failures += 1
                return
            case .ready(let ready, let warning):
                if let warning { printWarning(warning) }
                prepared = ready
            }
            do {
                if ingester == nil {
                    ingester = Ingester(store: try IncidentStore(path: storePath, mode: .create), reader: reader)
                }
                let report = try ingester!.write(prepared)
                print(report.line)
                summary.files += 1
                summary.new += report.newIncidents.count
                summary.merged += report.mergedInto.count
                summary.totals += report.totals
                summary.duplicates += report.duplicates
            } catch let error as StoreError {
                printError(String(describing: error))
                throw ExitCode(1)
            } catch {
                printError("\(file): \(error)")
                failures += 1
            }
        }
        if files.count > 1 {
            print("\(summary.files) of \(files.count) file\(files.count == 1 ? "" : "s") ingested into \(storePath): "
                  + "\(summary.new) new incident\(summary.new == 1 ? "" : "s"), \(summary.merged) merged, "
                  + "\(summary.totals) total\(summary.totals == 1 ? "" : "s"), \(summary.duplicates) duplicate\(summary.duplicates == 1 ? "" : "s")"
                  + (failures > 0 ? ", \(failures) failed" : ""))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
