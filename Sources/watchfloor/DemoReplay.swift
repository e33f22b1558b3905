import Foundation
import IncidentCore

/// `demo --replay`: an empty demo store, a `replay-writer` child process filling it, and the
/// dashboard watching it fill; the writer is stopped when the dashboard exits.
enum DemoReplay {
    static func run(storePath: String, speed: Double) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        _ = try IncidentStore(path: storePath, mode: .create)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        writer.arguments = ["replay-writer", "--store", storePath, "--speed", String(speed), "--follow-parent"]
        // The writer must never draw on the dashboard's terminal: it logs to the log file.
        writer.standardInput = FileHandle.nullDevice
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        defer {
            if writer.isRunning { writer.terminate() }
            writer.waitUntilExit()
        }
        try DashCommand.open(storePath: storePath, themeName: nil, refresh: 1, mouse: true)
    }
}
