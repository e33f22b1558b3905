import Foundation
import Testing
@testable import IncidentCore

/// The processed-file record: what `ingest --watch` remembers so a restart does not redo work.
@Suite struct InboxProcessingTests {
    let article = try! String(contentsOfFile: Fixtures.articles + "/002_c0a3f5a48ac1558f.txt", encoding: .utf8)

    func processor(_ directory: String) throws -> InboxProcessor {
        InboxProcessor(ingester: Ingester(store: try IncidentStore(path: directory + "/store.sqlite", mode: .create)))
    }

    func process(_ processor: InboxProcessor, _ path: String) throws -> InboxProcessor.Outcome {
        try processor.process(path: path, displayPath: path, known: try processor.ingester.store.inboxRecord(path: path))
    }

    @Test func aProcessedFileIsRecordedAndSkippedUntilItChanges() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/wire.txt"
        try article.write(toFile: path, atomically: false, encoding: .utf8)
        let processor = try processor(directory)

        guard case .ingested(let report) = try process(processor, path) else { Issue.record("not ingested"); return }
        #expect(report.line.hasPrefix("\(path): new incident #"))
        let record = try #require(try processor.ingester.store.inboxRecord(path: path))
        #expect(record.outcome == .ingested)
        #expect(record.size == Int64(article.utf8.count))
        #expect(record.contentHash == ArticleReader.sha256Hex(Data(article.utf8)))
        #expect(record.message == report.line)

        guard case .alreadyProcessed = try process(processor, path) else { Issue.record("processed twice"); return }

        // Touched: a new modification time, the same bytes — recorded again, not ingested again.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: path)
        guard case .sameContent = try process(processor, path) else { Issue.record("touch re-ingested"); return }
        guard case .alreadyProcessed = try process(processor, path) else { Issue.record("touch not recorded"); return }
        #expect(try processor.ingester.store.counts().articles == 1)

        // Changed: ingested again (a second article, merging into the same incident).
        try (article + "\nOfficials gave no further details.\n").write(toFile: path, atomically: false, encoding: .utf8)
        guard case .ingested(let second) = try process(processor, path) else { Issue.record("change missed"); return }
        #expect(second.mergedInto == report.newIncidents)
        #expect(try processor.ingester.store.counts().articles == 2)
    }

    @Test func aBadFileIsRecordedSoItIsReportedOnce() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/image.txt"
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        let processor = try processor(directory)
        guard case .refused(let error) = try process(processor, path) else { Issue.record("bad file accepted"); return }
        #expect(error.description.contains("binary"))
        let record = try #require(try processor.ingester.store.inboxRecord(path: path))
        #expect(record.outcome == .failed)
        guard case .alreadyProcessed = try process(processor, path) else { Issue.record("reported twice"); return }
        #expect(try processor.ingester.store.counts().articles == 0)
    }

    @Test func theRecordSurvivesReopeningTheStore() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/wire.txt"
        try article.write(toFile: path, atomically: false, encoding: .utf8)
        _ = try process(try processor(directory), path)
        let reopened = try IncidentStore(path: directory + "/store.sqlite", mode: .existing)
        let records = try reopened.inboxRecords(inDirectory: directory)
        #expect(Array(records.keys) == [path])
        #expect(records[path].map { $0.matches(FileSignature.of(path: path)!) } == true)
        #expect(try reopened.inboxRecords(inDirectory: directory + "/other").isEmpty)
    }
}

/// The watch loop itself, in this process: files already there, files arriving, and a restart.
@Suite(.serialized) struct InboxWatcherTests {
    let article = try! String(contentsOfFile: Fixtures.articles + "/002_c0a3f5a48ac1558f.txt", encoding: .utf8)

    /// Collects the watcher's messages across threads.
    final class Messages: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [InboxWatcher.Message] = []
        func append(_ message: InboxWatcher.Message) { lock.withLock { all.append(message) } }
        var snapshot: [InboxWatcher.Message] { lock.withLock { all } }
        var processed: [String] { snapshot.compactMap { if case .processed(let line) = $0 { line } else { nil } } }
    }

    /// Runs a watcher on a thread, does `act`, waits (10 s ceiling) for `until`, then stops it.
    func watch(_ inbox: String, store: String, polling: Bool, act: () throws -> Void = {},
               until done: (Messages) -> Bool) throws -> Messages {
        let stop = try StopRequest()
        let messages = Messages()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { finished.signal() }
            guard let incidentStore = try? IncidentStore(path: store, mode: .create) else { return }
            let watcher = InboxWatcher(options: .init(directory: inbox, forcePolling: polling),
                                       processor: InboxProcessor(ingester: Ingester(store: incidentStore))) { messages.append($0) }
            do { try watcher.run(until: stop) } catch { messages.append(.problem("run failed: \(error)")) }
        }
        thread.start()
        try act()
        let deadline = Date().addingTimeInterval(10)
        while !done(messages), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        stop.request()
        if finished.wait(timeout: .now() + 10) == .timedOut { Issue.record("the watcher did not stop when asked") }
        return messages
    }

    @Test(arguments: [false, true]) func filesAlreadyThereAndArrivingAreIngestedAndARestartSkipsThem(polling: Bool) throws {
        let directory = try temporaryDirectory()
        let inbox = directory + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let store = directory + "/store.sqlite"
        try article.write(toFile: inbox + "/early.txt", atomically: false, encoding: .utf8)
        try "ignored".write(toFile: inbox + "/.hidden.txt", atomically: false, encoding: .utf8)
        try "ignored".write(toFile: inbox + "/download.txt.part", atomically: false, encoding: .utf8)

        let late = try String(contentsOfFile: Fixtures.articles + "/000_f32281e6cc75f096.txt", encoding: .utf8)
        let first = try watch(inbox, store: store, polling: polling, act: {
            Thread.sleep(forTimeInterval: 0.3)
            try late.write(toFile: inbox + "/late.txt.tmp", atomically: false, encoding: .utf8)
            try FileManager.default.moveItem(atPath: inbox + "/late.txt.tmp", toPath: inbox + "/late.txt")
        }, until: { $0.processed.count >= 2 })
        #expect(first.processed.count == 2, "\(first.snapshot)")
        #expect(first.processed.contains { $0.hasPrefix(inbox + "/early.txt: new incident #") })
        #expect(first.processed.contains { $0.hasPrefix(inbox + "/late.txt: ") })
        #expect(!first.snapshot.contains { if case .problem = $0 { true } else { false } }, "\(first.snapshot)")
        #expect(first.snapshot.contains(.note("ignoring .hidden.txt (hidden file)")))

        // A restart: nothing is ingested again; the log says both were skipped.
        // It runs for a few seconds — long enough to have ingested them had it not skipped them.
        let restarted = Date()
        let second = try watch(inbox, store: store, polling: polling, until: {
            $0.snapshot.contains(.note("2 files already processed, skipped")) && Date().timeIntervalSince(restarted) > 3
        })
        #expect(second.processed.isEmpty, "\(second.snapshot)")
        #expect(second.snapshot.contains(.note("2 files already processed, skipped")), "\(second.snapshot)")
        #expect(try IncidentStore(path: store, mode: .existing).counts().articles == 2)
    }
}
