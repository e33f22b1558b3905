import Foundation
import IncidentCore

/// `watchfloor ingest --watch DIR`: wires the inbox watcher to the store, the terminal and the log.
extension IngestCommand {
    func watchInbox(_ directory: String) throws {
        let reader = ArticleReader(maxBytes: maxArticleBytes, defaultPublished: try published.map { try parseDay($0, option: "--published") })
        try InboxWatcher.checkInbox(directory)
        let activity = try ActivityLog(path: log ?? ActivityLog.defaultPath())
        let incidentStore = try IncidentStore(path: store.resolved, mode: .create)
        let processor = InboxProcessor(ingester: Ingester(store: incidentStore, reader: reader))
        let stop = try StopRequest()
        stop.installSignalHandlers()
        let watcher = InboxWatcher(options: .init(directory: directory, forcePolling: poll), processor: processor) { message in
            switch message {
            case .processed(let line):
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
                activity.write("ingest", line)
            case .problem(let line):
                printError(line)
                activity.write("ingest", "error: " + line)
            case .warning(let line):
                printWarning(line)
                activity.write("ingest", line)
            case .note(let line):
                activity.write("ingest", line)
            }
        }
        try watcher.run(until: stop)
    }
}
