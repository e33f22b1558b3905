import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A request to stop a long-running loop, made by SIGINT/SIGTERM or by calling `request()`.
///
/// The signal handler only stores the signal number in an atomic and writes one byte into a pipe
/// (both async-signal-safe); the loop waits on the pipe's read end with `poll` and wakes at once.
public final class StopRequest: Sendable {
    /// The pipe's write end of the instance signals go to (-1 when none is installed).
    private static let signalPipe = Atomic<Int32>(-1)
    private static let signalNumber = Atomic<Int32>(0)

    private let readEnd: Int32
    private let writeEnd: Int32
    private let requested = Atomic<Bool>(false)

    public init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if Self.signalPipe.load(ordering: .sequentiallyConsistent) == writeEnd {
            Self.signalPipe.store(-1, ordering: .sequentiallyConsistent)
        }
        close(readEnd)
        close(writeEnd)
    }

    /// Routes SIGINT and SIGTERM to this request. Call it on the thread that runs the loop: it
    /// also unblocks the two signals there, since a process started by one whose threads block
    /// them (a test runner, Foundation's `Process`) inherits that mask.
    public func installSignalHandlers() {
        Self.signalNumber.store(0, ordering: .sequentiallyConsistent)
        Self.signalPipe.store(writeEnd, ordering: .sequentiallyConsistent)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                StopRequest.signalNumber.store(number, ordering: .relaxed)
                var byte: UInt8 = 1
                let fd = StopRequest.signalPipe.load(ordering: .relaxed)
                if fd >= 0 { _ = Glibc.write(fd, &byte, 1) }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Asks the loop to stop (from any thread).
    public func request() {
        requested.store(true, ordering: .sequentiallyConsistent)
        var byte: UInt8 = 1
        _ = Glibc.write(writeEnd, &byte, 1)
    }

    /// True once a stop was requested or a signal arrived.
    public var isRequested: Bool {
        requested.load(ordering: .sequentiallyConsistent) || Self.signalNumber.load(ordering: .relaxed) != 0
            && Self.signalPipe.load(ordering: .relaxed) == writeEnd
    }

    /// The descriptor to include in `poll`: readable once a stop was requested.
    public var wakeDescriptor: Int32 { readEnd }

    /// The name of the signal that stopped the loop, if one did.
    public var signalName: String? {
        switch Self.signalNumber.load(ordering: .relaxed) {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: nil
        }
    }
}
