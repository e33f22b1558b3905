import Foundation
import IncidentCore
#if canImport(Glibc)
import Glibc
#endif

/// `demo --replay`: an empty demo store, a `replay-writer` child process filling it, and the
/// dashboard watching it fill; the writer is stopped when the dashboard exits.
enum DemoReplay {
    static func run(storePath: String, speed: Double) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        _ = try IncidentStore(path: storePath, mode: .create)
        // The writer must never draw on the dashboard's terminal: its log and any error go to the log file.
        let logPath = ActivityLog.defaultPath()
        _ = try ActivityLog(path: logPath)
        let logDescriptor = open(logPath, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard logDescriptor >= 0 else { throw LogError(path: logPath, reason: String(cString: strerror(errno)).lowercased()) }
        let logHandle = FileHandle(fileDescriptor: logDescriptor, closeOnDealloc: true)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        writer.arguments = ["replay-writer", "--store", storePath, "--speed", String(speed), "--follow-parent", "--log", logPath]
        writer.standardInput = FileHandle.nullDevice
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = logHandle
        try writer.run()
        defer {
            if writer.isRunning { writer.terminate() }
            writer.waitUntilExit()
            if writer.terminationReason == .exit, writer.terminationStatus != 0 {
                printError("the replay writer failed (exit status \(writer.terminationStatus)): see \(logPath)")
            }
        }
        try DashCommand.open(storePath: storePath, themeName: nil, refresh: 1, mouse: true, watch: try WatchArguments.parse([]))
    }
}
