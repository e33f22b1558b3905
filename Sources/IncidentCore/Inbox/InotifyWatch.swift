#if canImport(Glibc)
import Glibc
#endif

/// Watches one directory with Linux inotify (`inotify_init1`, `inotify_add_watch`, `read`) and
/// turns the kernel's records into `DirectoryEvent`s. Reads into one fixed buffer, so memory does
/// not grow however long it runs.
public final class InotifyWatch {
    public let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Why inotify could not be used (the caller falls back to polling).
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    public init(directory: String) throws {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw Unavailable(description: "inotify_init1: \(Self.lastError())") }
        let mask = UInt32(IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE
                          | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            let reason = Self.lastError()
            close(fd)
            throw Unavailable(description: "inotify_add_watch \(directory): \(reason)")
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Every event queued now (non-blocking; empty when none).
    public func readEvents() -> [DirectoryEvent] {
        var events: [DirectoryEvent] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            events += Self.parse(buffer, count: count)
        }
        return events
    }

    /// Decodes `count` bytes of `struct inotify_event` records (wd, mask, cookie, len, name[len]).
    static func parse(_ bytes: [UInt8], count: Int) -> [DirectoryEvent] {
        var events: [DirectoryEvent] = []
        var offset = 0
        let header = 16
        while offset + header <= count {
            func word(_ at: Int) -> UInt32 {
                bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + at, as: UInt32.self) }
            }
            let mask = word(4)
            let length = Int(word(12))
            let nameBytes = bytes[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { events.append(.overflow); continue }
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT) != 0 {
                events.append(.directoryGone)
                continue
            }
            guard !name.isEmpty else { continue }
            if mask & UInt32(IN_MOVED_TO) != 0 {
                events.append(.movedIn(name))
            } else if mask & UInt32(IN_CLOSE_WRITE) != 0 {
                events.append(.closed(name))
            } else if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                events.append(.removed(name))
            } else if mask & UInt32(IN_CREATE | IN_MODIFY) != 0 {
                events.append(.writing(name))
            }
        }
        return events
    }

    private static func lastError() -> String { String(cString: strerror(errno)).lowercased() }
}
