import Foundation
import IncidentCore
import Testing

/// `watchfloor ingest --watch DIR` as a user runs it: a real process, files copied into the inbox,
/// the store polled (10 s ceiling) until the incident is there, then SIGTERM and exit status 0.
@Suite(.serialized) struct InboxWatchTests {
    /// A running `ingest --watch` whose standard output is collected as it comes.
    final class WatchProcess: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var output = Data()

        init(_ arguments: [String]) throws {
            process.executableURL = CommandRunner.binary
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "WATCHFLOOR_STORE")
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.output.append(data) }
            }
            try process.run()
        }

        var lines: [String] {
            lock.withLock { String(decoding: output, as: UTF8.self) }.split(separator: "\n").map(String.init)
        }

        /// SIGTERM, then the exit status; -1 (after SIGKILL) if it is still running 10 s later.
        func terminate() -> Int32 {
            process.terminate()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return -1
            }
            return process.terminationStatus
        }
    }

    /// Polls every 100 ms, up to 10 s, until `condition` holds.
    func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }

    func incidentCount(_ store: String) -> Int {
        guard FileManager.default.fileExists(atPath: store),
              let opened = try? IncidentStore(path: store, mode: .existing) else { return 0 }
        return (try? opened.counts().incidents) ?? 0
    }

    let seed = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path

    @Test(arguments: [[], ["--poll"]]) func aFileCopiedIntoTheInboxReachesTheStore(extra: [String]) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let inbox = directory + "/inbox", store = directory + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let watcher = try WatchProcess(["ingest", "--watch", inbox, "--store", store, "--log", directory + "/watch.log"] + extra)
        // Ready once it says it is watching (after creating the store and its first scan): opening
        // the store from here while the watcher is still creating it would race its migrations.
        #expect(eventually { (try? String(contentsOfFile: directory + "/watch.log", encoding: .utf8))?.contains("watching ") == true })
        #expect(FileManager.default.fileExists(atPath: store), "the store is created at start")
        try FileManager.default.copyItem(atPath: seed, toPath: inbox + "/wire.txt")
        #expect(eventually { incidentCount(store) > 0 }, "the copied article reached the store")
        #expect(eventually { watcher.lines.contains { $0.hasPrefix(inbox + "/wire.txt: new incident #") } }, "\(watcher.lines)")
        #expect(watcher.terminate() == 0)
        let log = try String(contentsOfFile: directory + "/watch.log", encoding: .utf8)
        #expect(log.contains("wire.txt: new incident #"))
        #expect(log.contains("stopped on SIGTERM"))
    }

    @Test func aFileWrittenSlowlyInTwoPartsIsIngestedOnceAndComplete() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let inbox = directory + "/inbox", store = directory + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let watcher = try WatchProcess(["ingest", "--watch", inbox, "--store", store, "--log", directory + "/watch.log"])
        // Wait until it watches with inotify: a file it finds already there is judged by its size alone.
        #expect(eventually { (try? String(contentsOfFile: directory + "/watch.log", encoding: .utf8))?.contains("with inotify") == true })

        // The first part alone is a readable article (headline and first paragraph), so an
        // early ingest would show up as a line and an article of its own.
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let cut = try #require(text.range(of: "\n\nU.S. forces stationed"))
        let path = inbox + "/slow.txt"
        // Created and kept open by one writer, as a slow download does (FileManager.createFile
        // would write a temporary file and rename it into place, which counts as complete).
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text[..<cut.lowerBound].utf8))
        Thread.sleep(forTimeInterval: 3)
        #expect(!watcher.lines.contains { $0.contains("slow.txt") }, "nothing ingested while the writer pauses")
        try handle.write(contentsOf: Data(text[cut.lowerBound...].utf8))
        try handle.close()

        #expect(eventually { watcher.lines.contains { $0.contains("slow.txt") } })
        Thread.sleep(forTimeInterval: 1.5) // room for a second, wrong line to show up
        #expect(watcher.lines.filter { $0.contains("slow.txt") }.count == 1, "\(watcher.lines)")
        #expect(watcher.terminate() == 0)

        let opened = try IncidentStore(path: store, mode: .existing)
        #expect(try opened.counts().articles == 1)
        let sources = try opened.incidents(withSources: true).flatMap(\.sources)
        let expectedId = ArticleReader.contentHash(ofCanonicalBody: ArticleReader.canonicalBody(
            String(text[text.range(of: "---\n", range: text.index(after: text.startIndex)..<text.endIndex)!.upperBound...])))
        #expect(!sources.isEmpty)
        #expect(Set(sources.map(\.articleId)) == [expectedId], "the stored article is the whole file")
    }

    @Test func anInboxRemovedAndMadeAgainIsWatchedAgain() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let inbox = directory + "/inbox", store = directory + "/store.sqlite", log = directory + "/watch.log"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let watcher = try WatchProcess(["ingest", "--watch", inbox, "--store", store, "--log", log])
        func logged(_ text: String) -> Bool { (try? String(contentsOfFile: log, encoding: .utf8))?.contains(text) == true }
        #expect(eventually { logged("with inotify") })
        try FileManager.default.removeItem(atPath: inbox)
        #expect(eventually { logged("cannot list the inbox: it is gone") })
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        #expect(eventually { logged("the inbox is back") })
        try FileManager.default.copyItem(atPath: seed, toPath: inbox + "/wire.txt")
        #expect(eventually { incidentCount(store) > 0 })
        #expect(watcher.terminate() == 0)
    }

    @Test func aMissingInboxIsOneErrorAndCreatesNothing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["ingest", "--watch", directory + "/inbox", "--store", directory + "/s.sqlite",
                                            "--log", directory + "/watch.log"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["watchfloor: error: \(directory)/inbox: no such directory: create the inbox first or check the path"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty, "no store, no log")
    }

    @Test func aBadFileIsReportedAndTheWatchGoesOn() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let inbox = directory + "/inbox", store = directory + "/store.sqlite"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: URL(fileURLWithPath: inbox + "/image.txt"))
        let watcher = try WatchProcess(["ingest", "--watch", inbox, "--store", store, "--log", directory + "/watch.log"])
        #expect(eventually { (try? String(contentsOfFile: directory + "/watch.log", encoding: .utf8))?.contains("image.txt: binary file") == true })
        try FileManager.default.copyItem(atPath: seed, toPath: inbox + "/wire.txt")
        #expect(eventually { incidentCount(store) > 0 })
        #expect(watcher.terminate() == 0)
    }
}
