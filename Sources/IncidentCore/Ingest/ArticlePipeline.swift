import Foundation

/// Reads, hashes and extracts article files on worker threads ahead of the one writer, and hands
/// the results back in the order of the files. Reading and extraction are most of an ingest's
/// work and need no store, so on a machine with several cores they run side by side while the
/// writer keeps its one transaction per file. At most `window` files are held ahead of the writer.
public final class ArticlePipeline: @unchecked Sendable {
    /// What became of one file before writing.
    public enum Outcome: Sendable {
        /// Read and extracted; `warning` is the reader's note about repaired text, if any.
        case ready(Ingester.PreparedFile, warning: String?)
        /// Could not be read (an `ArticleError`).
        case failed(any Error)
    }

    private let files: [String]
    private let window: Int
    private let condition = NSCondition()
    private var outcomes: [Int: Outcome] = [:]
    private var handedOut = 0
    private var stopped = false

    /// Starts `workers` threads (by default one per core) over `files`.
    public init(files: [String], reader: ArticleReader, extractor: Extractor,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 64) {
        self.files = files
        self.window = max(1, window)
        let count = max(1, min(workers, files.count))
        for first in 0..<count {
            let thread = Thread { [self] in
                work(from: first, step: count, reader: reader, extractor: extractor)
            }
            thread.start()
        }
    }

    deinit { stop() }

    /// Calls `body` on this thread with each file and its outcome, in the order of the files.
    public func forEach(_ body: (String, Outcome) throws -> Void) rethrows {
        defer { stop() }
        for index in files.indices {
            condition.lock()
            while outcomes[index] == nil { condition.wait() }
            let outcome = outcomes.removeValue(forKey: index)!
            handedOut = index + 1
            condition.broadcast()
            condition.unlock()
            try body(files[index], outcome)
        }
    }

    /// Lets the workers finish early (when the writer gives up).
    private func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func work(from first: Int, step: Int, reader: ArticleReader, extractor: Extractor) {
        var index = first
        while index < files.count {
            condition.lock()
            while index >= handedOut + window && !stopped { condition.wait() }
            let stop = stopped
            condition.unlock()
            if stop { return }
            let outcome: Outcome
            do {
                let read = try reader.read(path: files[index])
                outcome = .ready(Ingester.prepare(read.articles, file: files[index], extractor: extractor), warning: read.warning)
            } catch {
                outcome = .failed(error)
            }
            condition.lock()
            outcomes[index] = outcome
            condition.broadcast()
            condition.unlock()
            index += step
        }
    }
}
