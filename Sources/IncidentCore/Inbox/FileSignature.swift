import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a file looks like from the outside — size, modification time and inode — read with one
/// `stat`. Two equal signatures taken a moment apart mean nobody wrote to the file in between.
public struct FileSignature: Sendable, Hashable {
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var mtimeNanos: Int64
    public var inode: UInt64

    public init(size: Int64, mtimeNanos: Int64, inode: UInt64) {
        self.size = size
        self.mtimeNanos = mtimeNanos
        self.inode = inode
    }

    /// The signature of a regular file, or nil when it is missing or not a regular file.
    public static func of(path: String) -> FileSignature? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileSignature(
            size: Int64(info.st_size),
            mtimeNanos: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
