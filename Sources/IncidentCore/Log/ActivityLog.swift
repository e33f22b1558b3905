import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An append-only log file of timestamped lines (`2026-11-21T09:30:00Z ingest: …`) for unattended
/// runs; never written to the terminal. Rotates to `NAME.1` past `maxBytes` so days of running stay
/// bounded on disk.
public final class ActivityLog: @unchecked Sendable {
    public let path: String
    public let maxBytes: Int
    private var descriptor: Int32
    private var written: Int
    private let lock = NSLock()
    private let clock: @Sendable () -> Date

    /// `$XDG_STATE_HOME/watchfloor/watchfloor.log` (`XDG_STATE_HOME` defaults to `~/.local/state`).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/state"
        return "\(state)/watchfloor/watchfloor.log"
    }

    /// Opens (creating it and its directory when missing) the log at `path`.
    public init(path: String, maxBytes: Int = 10 * 1024 * 1024, clock: @escaping @Sendable () -> Date = Date.init) throws {
        self.path = path
        self.maxBytes = maxBytes
        self.clock = clock
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, let failure = IncidentStore.makeDirectories(directory) {
            throw LogError(path: path, reason: failure)
        }
        descriptor = try Self.open(path)
        var info = stat()
        written = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    deinit { close(descriptor) }

    /// Appends one line, prefixed with the time (UTC) and `component`.
    public func write(_ component: String, _ message: String) {
        let line = "\(Ingester.timestamp(clock())) \(component): \(message.replacingOccurrences(of: "\n", with: " "))\n"
        let bytes = Array(line.utf8)
        lock.lock()
        defer { lock.unlock() }
        if written + bytes.count > maxBytes { rotate() }
        let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        if result > 0 { written += result }
    }

    private func rotate() {
        close(descriptor)
        rename(path, path + ".1")
        if let reopened = try? Self.open(path) {
            descriptor = reopened
            written = 0
        } else {
            descriptor = -1
        }
    }

    private static func open(_ path: String) throws -> Int32 {
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw LogError(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        return fd
    }
}

/// The log file could not be opened.
public struct LogError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot open log file \(path): \(reason): choose another with --log FILE or set XDG_STATE_HOME" }
}
