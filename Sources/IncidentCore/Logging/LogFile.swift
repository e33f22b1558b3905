import Foundation

/// An append-only log of timestamped lines, by default `$XDG_STATE_HOME/watchfloor/watchfloor.log`
/// (`~/.local/state/...`). What runs under the dashboard logs here, never onto the screen. A log
/// that cannot be written is skipped silently; past 10 MB it is rotated to `watchfloor.log.1`.
public final class LogFile: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private let clock: @Sendable () -> Date
    static let rotateBytes: UInt64 = 10 * 1024 * 1024

    public init(path: String, clock: @escaping @Sendable () -> Date = Date.init) {
        self.path = path
        self.clock = clock
    }

    /// `$XDG_STATE_HOME/watchfloor/watchfloor.log`, with `~/.local/state` when unset.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/state"
        return "\(state)/watchfloor/watchfloor.log"
    }

    /// Appends `2026-11-21T09:00:00Z <component>: <message>`.
    public func write(_ component: String, _ message: String) {
        let line = "\(Ingester.timestamp(clock())) \(component): \(message.replacingOccurrences(of: "\n", with: " "))\n"
        lock.lock()
        defer { lock.unlock() }
        let manager = FileManager.default
        try? manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? UInt64, size > Self.rotateBytes {
            try? manager.removeItem(atPath: path + ".1")
            try? manager.moveItem(atPath: path, toPath: path + ".1")
        }
        if !manager.fileExists(atPath: path) { _ = manager.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data(line.utf8))
    }
}
