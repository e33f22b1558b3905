import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches an inbox directory and ingests every article file that arrives or changes, once it is
/// complete: first the files already there (skipping those the store recorded), then whatever
/// inotify reports — or, when inotify is unavailable, what a directory scan every second finds.
///
/// One thread, one loop: wait (on inotify and the stop pipe) → note events → re-check pending
/// files → process the complete ones. It holds state only for files present in the directory, so
/// memory stays flat for days.
public final class InboxWatcher {
    /// How the watcher behaves.
    public struct Options: Sendable {
        /// The inbox, as given (lines name files by it).
        public var directory: String
        /// Scan every `pollInterval` instead of using inotify.
        public var forcePolling = false
        public var pollInterval: TimeInterval = 1
        /// How long a file must stay the same between two checks.
        public var settle: TimeInterval = 1

        public init(directory: String, forcePolling: Bool = false) {
            self.directory = directory
            self.forcePolling = forcePolling
        }
    }

    /// What the watcher has to say; the command decides where each goes.
    public enum Message: Sendable, Equatable {
        /// The line `ingest` prints for a file (standard output).
        case processed(String)
        /// A bad file or a failure, one line naming the file and what to do (standard error).
        case problem(String)
        /// A warning about a file that was still ingested (standard error).
        case warning(String)
        /// Only for the log: start, mode, skipped and ignored files, stop.
        case note(String)
    }

    private let options: Options
    private let absoluteDirectory: String
    private let processor: InboxProcessor
    private let say: (Message) -> Void
    private var tracker: CompletenessTracker
    private var inotify: InotifyWatch?
    /// Signatures of files present and already handled, so a scan does not look at them again.
    private var handled: [String: FileSignature] = [:]
    /// Names present that are not articles, noted once each.
    private var ignored = Set<String>()
    /// Files whose processing failed on a store error, and when to try again.
    private var retries: [String: (at: TimeInterval, delay: TimeInterval)] = [:]
    private var lastScan: TimeInterval = 0
    private var scanProblem: String?

    public init(options: Options, processor: InboxProcessor, say: @escaping (Message) -> Void) {
        self.options = options
        let directory = options.directory.hasPrefix("/") ? options.directory
            : FileManager.default.currentDirectoryPath + "/" + options.directory
        absoluteDirectory = (directory as NSString).standardizingPath
        self.processor = processor
        self.say = say
        tracker = CompletenessTracker(settle: options.settle)
    }

    /// True while inotify reports the directory's changes (false: polling).
    public var usesInotify: Bool { inotify != nil }

    /// Runs until `stop` is requested. Throws only when the inbox cannot be watched at all at the start.
    public func run(until stop: StopRequest) throws {
        try Self.checkInbox(options.directory)
        if !options.forcePolling {
            do {
                inotify = try InotifyWatch(directory: absoluteDirectory)
            } catch {
                say(.note("inotify unavailable (\(error)); scanning every \(Self.seconds(options.pollInterval)) instead"))
            }
        }
        let now = Self.monotonicNow()
        loadRecords()
        scan(now: now)
        // Said once the files already there are known: anything arriving from now on is followed
        // by its events (the first scan can only judge a file by its size).
        say(.note("watching \(absoluteDirectory) with \(inotify != nil ? "inotify" : "a scan every \(Self.seconds(options.pollInterval))"), store \(processor.ingester.store.path)"))
        while !stop.isRequested {
            wait(stop: stop, milliseconds: nextTimeout())
            if stop.isRequested { break }
            step(now: Self.monotonicNow())
        }
        say(.note("stopped" + (stop.signalName.map { " on \($0)" } ?? "")))
    }

    /// Throws a one-line error unless `directory` is an existing directory.
    public static func checkInbox(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw ArticleError(file: directory, "no such directory: create the inbox first or check the path")
        }
        guard isDirectory.boolValue else {
            throw ArticleError(file: directory, "not a directory: --watch takes the inbox directory")
        }
    }

    // MARK: - One turn of the loop

    private func nextTimeout() -> Int32 {
        if !tracker.isEmpty { return 250 }
        if inotify == nil || !retries.isEmpty { return Int32(options.pollInterval * 1000) }
        return 60_000
    }

    private func step(now: TimeInterval) {
        if let inotify {
            for event in inotify.readEvents() { note(event, now: now) }
        }
        if inotify == nil, now - lastScan >= options.pollInterval { scan(now: now) }
        for (path, retry) in retries where retry.at <= now {
            tracker.observe(path, signature: FileSignature.of(path: path), now: now)
        }
        for path in tracker.pendingPaths {
            tracker.observe(path, signature: FileSignature.of(path: path), now: now)
        }
        for path in tracker.takeComplete() { process(path, now: now) }
    }

    private func note(_ event: DirectoryEvent, now: TimeInterval) {
        switch event {
        case .writing(let name):
            if let path = articlePath(name) { tracker.noteWriting(path, now: now) }
        case .closed(let name):
            if let path = articlePath(name) { tracker.noteClosed(path, signature: FileSignature.of(path: path), now: now) }
        case .movedIn(let name):
            if let path = articlePath(name) { tracker.noteMovedIn(path, signature: FileSignature.of(path: path), now: now) }
        case .removed(let name):
            let path = absoluteDirectory + "/" + name
            tracker.forget(path)
            handled[path] = nil
            retries[path] = nil
            ignored.remove(name)
        case .overflow:
            say(.note("inotify queue overflowed: scanning the inbox again"))
            scan(now: now)
        case .directoryGone:
            // The next scan says whether it is gone for good (and keeps trying) or back already.
            say(.note("the inbox directory was deleted, moved or unmounted: scanning every \(Self.seconds(options.pollInterval)) until it is back"))
            inotify = nil
            scan(now: now)
        }
    }

    /// The absolute path for an article name, or nil (noted once) for a name the inbox ignores.
    private func articlePath(_ name: String) -> String? {
        let verdict = InboxNames.verdict(for: name)
        guard verdict == .article else {
            if ignored.insert(name).inserted { say(.note("ignoring \(name) (\(Self.reason(verdict)))")) }
            return nil
        }
        return absoluteDirectory + "/" + name
    }

    // MARK: - Scanning

    /// Marks files the store recorded, unchanged since, as handled.
    private func loadRecords() {
        do {
            let records = try processor.ingester.store.inboxRecords(inDirectory: absoluteDirectory)
            for (path, record) in records {
                if let signature = FileSignature.of(path: path), record.matches(signature) { handled[path] = signature }
            }
            if !records.isEmpty { say(.note("\(handled.count) file\(handled.count == 1 ? "" : "s") already processed, skipped")) }
        } catch {
            say(.problem(String(describing: error)))
        }
    }

    /// Lists the directory: new or changed article files join the tracker; state for vanished files goes.
    private func scan(now: TimeInterval) {
        lastScan = now
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: absoluteDirectory)
        } catch {
            let reason = FileManager.default.fileExists(atPath: absoluteDirectory)
                ? IncidentStore.reason(error) : "it is gone (deleted or moved away)"
            let problem = "\(options.directory): cannot list the inbox: \(reason)"
            if scanProblem != problem { say(.problem(problem + "; trying again every \(Self.seconds(options.pollInterval))")) }
            scanProblem = problem
            return
        }
        if scanProblem != nil {
            say(.note("the inbox is back"))
            scanProblem = nil
            if inotify == nil, !options.forcePolling, let watch = try? InotifyWatch(directory: absoluteDirectory) {
                inotify = watch
                say(.note("watching with inotify again"))
            }
        }
        var present = Set<String>()
        for name in names.sorted() {
            guard let path = articlePath(name) else {
                present.insert(absoluteDirectory + "/" + name)
                continue
            }
            present.insert(path)
            guard let signature = FileSignature.of(path: path) else { continue } // a directory, or gone
            if handled[path] == signature || retries[path] != nil { continue }
            tracker.observe(path, signature: signature, now: now)
        }
        for path in handled.keys where !present.contains(path) { handled[path] = nil }
        for path in retries.keys where !present.contains(path) { retries[path] = nil }
        ignored = ignored.filter { present.contains(absoluteDirectory + "/" + $0) }
    }

    // MARK: - Processing

    private func process(_ path: String, now: TimeInterval) {
        let name = (path as NSString).lastPathComponent
        let display = options.directory.hasSuffix("/") ? options.directory + name : options.directory + "/" + name
        do {
            let known = try processor.ingester.store.inboxRecord(path: path)
            let outcome = try processor.process(path: path, displayPath: display, known: known)
            retries[path] = nil
            switch outcome {
            case .alreadyProcessed:
                say(.note("\(display): already processed, skipped"))
            case .sameContent:
                say(.note("\(display): touched but unchanged, not ingested again"))
            case .ingested(let report):
                if let warning = report.warning { say(.warning(warning)) }
                say(.processed(report.line))
            case .refused(let error):
                say(.problem(error.description))
            case .vanished:
                say(.note("\(display): gone before it could be read"))
                handled[path] = nil
                return
            case .stillChanging:
                tracker.observe(path, signature: FileSignature.of(path: path), now: now)
                return
            }
            handled[path] = FileSignature.of(path: path)
        } catch {
            let delay = min(60, max(2, (retries[path]?.delay ?? 1) * 2))
            retries[path] = (now + delay, delay)
            say(.problem("\(display): not ingested: \(error); trying again in \(Self.seconds(delay))"))
        }
    }

    // MARK: - Helpers

    private func wait(stop: StopRequest, milliseconds: Int32) {
        var descriptors = [pollfd(fd: stop.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        if let inotify { descriptors.append(pollfd(fd: inotify.descriptor, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
    }

    static func monotonicNow() -> TimeInterval {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    private static func reason(_ verdict: InboxNames.Verdict) -> String {
        switch verdict {
        case .article: "article"
        case .hidden: "hidden file"
        case .inProgress: "still being written: *.part and *.tmp are ingested once renamed"
        case .notAnArticle: "not an article: \(ArticleReader.articleExtensions.sorted().map { "*.\($0)" }.joined(separator: ", ")) only"
        }
    }
}
