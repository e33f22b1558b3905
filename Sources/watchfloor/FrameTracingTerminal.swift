import Foundation
import TUI

/// For `make bench`: wraps the real terminal and appends one line per drawn frame to the file
/// named by `$WATCHFLOOR_TRACE_FRAMES` — `KEY_READ DRAWN KEY`, Unix times in seconds, KEY_READ
/// being `-` for frames no key caused (first frame, refresh ticks). Off unless the variable is set.
final class FrameTracingTerminal: Terminal {
    private let inner: Terminal
    private let handle: FileHandle
    private var pendingKey: (time: Double, name: String)?

    /// The real terminal, wrapped when `$WATCHFLOOR_TRACE_FRAMES` names a writable file.
    static func wrapping(_ terminal: Terminal, environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        guard let path = environment["WATCHFLOOR_TRACE_FRAMES"], !path.isEmpty else { return terminal }
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return terminal }
        handle.seekToEndOfFile()
        return FrameTracingTerminal(inner: terminal, handle: handle)
    }

    private init(inner: Terminal, handle: FileHandle) {
        self.inner = inner
        self.handle = handle
    }

    private static func now() -> Double { Date().timeIntervalSince1970 }

    var size: Size { inner.size }
    var colorCount: Int { inner.colorCount }
    var supportsUnicode: Bool { inner.supportsUnicode }
    var pendingSignal: TerminalSignal? { inner.pendingSignal }

    func draw(_ grid: Grid) {
        inner.draw(grid)
        let drawn = Self.now()
        let read = pendingKey.map { String(format: "%.6f", $0.time) } ?? "-"
        let name = pendingKey?.name ?? "-"
        pendingKey = nil
        handle.write(Data("\(read) \(String(format: "%.6f", drawn)) \(name)\n".utf8))
    }

    func invalidate() { inner.invalidate() }
    func setTheme(_ theme: Theme) { inner.setTheme(theme) }

    func readKey(timeoutMilliseconds: Int) -> Key? {
        let key = inner.readKey(timeoutMilliseconds: timeoutMilliseconds)
        if let key { pendingKey = (Self.now(), String(describing: key).replacingOccurrences(of: " ", with: "_")) }
        return key
    }

    func bell() { inner.bell() }
    func flash() { inner.flash() }
    func restore() { inner.restore() }
}
