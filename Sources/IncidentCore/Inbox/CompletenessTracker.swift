import Foundation

/// Decides when a file arriving in the inbox is complete and may be ingested.
///
/// A file is complete when it was renamed into place, or when its signature (size, modification
/// time, inode) is the same at two checks at least `settle` seconds apart and — when the directory
/// watcher reports writes — its writer has closed it since its last write. Time is passed in, so the
/// rule is tested without waiting.
public struct CompletenessTracker: Sendable {
    /// How long a file must stay unchanged between two checks.
    public var settle: TimeInterval

    private struct Entry: Sendable {
        var signature: FileSignature?
        var stableSince: TimeInterval
        var lastChecked: TimeInterval
        var awaitsClose = false
        var movedIn = false
    }

    private var entries: [String: Entry] = [:]

    public init(settle: TimeInterval = 1) {
        self.settle = settle
    }

    /// The files still waiting to be complete.
    public var pendingPaths: [String] { Array(entries.keys) }
    public var isEmpty: Bool { entries.isEmpty }

    /// A look at the file from outside (directory scan or timer). `nil`: it is gone.
    public mutating func observe(_ path: String, signature: FileSignature?, now: TimeInterval) {
        guard let signature else {
            entries[path] = nil
            return
        }
        var entry = entries[path] ?? Entry(signature: signature, stableSince: now, lastChecked: now)
        if entry.signature != signature {
            entry.signature = signature
            entry.stableSince = now
            entry.movedIn = false
        }
        entry.lastChecked = now
        entries[path] = entry
    }

    /// The watcher saw the file created or written to: not complete until its writer closes it.
    public mutating func noteWriting(_ path: String, now: TimeInterval) {
        var entry = entries[path] ?? Entry(signature: nil, stableSince: now, lastChecked: now)
        entry.awaitsClose = true
        entry.movedIn = false
        entry.stableSince = now
        entries[path] = entry
    }

    /// The watcher saw the writer close the file.
    public mutating func noteClosed(_ path: String, signature: FileSignature?, now: TimeInterval) {
        observe(path, signature: signature, now: now)
        entries[path]?.awaitsClose = false
    }

    /// The file was renamed into the inbox: it is complete as it stands.
    public mutating func noteMovedIn(_ path: String, signature: FileSignature?, now: TimeInterval) {
        observe(path, signature: signature, now: now)
        entries[path]?.awaitsClose = false
        entries[path]?.movedIn = true
    }

    /// Stops tracking a file (deleted, moved away, or handled).
    public mutating func forget(_ path: String) {
        entries[path] = nil
    }

    /// The files that are complete, in name order; they leave the tracker.
    public mutating func takeComplete() -> [String] {
        let ready = entries.filter { _, entry in
            guard entry.signature != nil, !entry.awaitsClose else { return false }
            return entry.movedIn || entry.lastChecked - entry.stableSince >= settle
        }.keys.sorted()
        for path in ready { entries[path] = nil }
        return ready
    }
}
