#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names right now (device and inode). An open SQLite connection keeps reading a
/// file that was moved, deleted or replaced, so a long-running reader compares this each tick.
public struct StoreFileIdentity: Equatable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    /// The identity of the file at `path`, or nil when nothing (or no regular file) is there.
    public static func of(path: String) -> StoreFileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return StoreFileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
