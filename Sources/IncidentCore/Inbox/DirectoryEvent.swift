/// A change in the watched directory, as the kernel reported it, by file name.
public enum DirectoryEvent: Sendable, Equatable {
    /// Created or written to (`IN_CREATE`, `IN_MODIFY`): a writer is still at work.
    case writing(String)
    /// A writer closed the file (`IN_CLOSE_WRITE`).
    case closed(String)
    /// Renamed into the directory (`IN_MOVED_TO`): complete as it stands.
    case movedIn(String)
    /// Deleted or renamed away (`IN_DELETE`, `IN_MOVED_FROM`).
    case removed(String)
    /// The kernel's queue overflowed: events were lost, the directory must be scanned again.
    case overflow
    /// The directory itself was deleted, moved or unmounted: the watch is gone.
    case directoryGone
}
