import Foundation

/// A value being computed on another thread: the UI thread keeps the handle and picks the
/// value up when it is ready, never waiting for it.
public final class PendingResult<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, Error>?

    public init() {}

    /// A result already known (for sources that answer at once).
    public init(finished outcome: Result<Value, Error>) {
        result = outcome
    }

    /// The outcome once it is known, else nil.
    public var outcome: Result<Value, Error>? {
        lock.lock()
        defer { lock.unlock() }
        return result
    }

    public func finish(_ outcome: Result<Value, Error>) {
        lock.lock()
        result = outcome
        lock.unlock()
    }
}
