import ArgumentParser
import Foundation
import IncidentCore
#if canImport(Glibc)
import Glibc
#endif

/// `watchfloor replay-writer` (hidden): the separate writer process of `demo --replay`. Writes the
/// bundled data into the store in date order on a compressed clock; stops on SIGINT/SIGTERM, when
/// its parent (the dashboard) exits, or at the end (with `--repeat`, starts over).
struct ReplayWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay-writer",
        abstract: "Write the bundled demo data into a store in date order, compressed in time (used by demo --replay).",
        shouldDisplay: false
    )

    @Option(help: ArgumentHelp("The store to write into (created when missing).", valueName: "path"))
    var store: String

    @Option(help: ArgumentHelp("Replay speed: 1 writes a month of data every 10 seconds, 2 twice as fast.", valueName: "n"))
    var speed: Double = 1

    @Flag(help: "Start over at the end (rows merge into the incidents already there), until stopped.")
    var `repeat` = false

    @Flag(help: "Stop when the parent process exits.")
    var followParent = false

    @Option(help: ArgumentHelp("Log file (default $XDG_STATE_HOME/watchfloor/watchfloor.log).", valueName: "file"))
    var log: String?

    func validate() throws {
        guard speed > 0, speed <= 100_000 else { throw ValidationError("--speed must be a positive number up to 100000") }
    }

    func run() throws {
        try reportingErrors {
            let activity = try ActivityLog(path: log ?? ActivityLog.defaultPath())
            let parent = getppid()
            let stop = try StopRequest()
            stop.installSignalHandlers()
            let schedule = try ReplaySchedule(speed: speed)
            let writer = ReplayWriter(store: try IncidentStore(path: store, mode: .create), schedule: schedule)
            activity.write("replay", "writing \(schedule.items.count) items into \(store) over \(Int(schedule.duration.rounded())) s")
            func wait(_ seconds: TimeInterval) -> Bool {
                var descriptor = pollfd(fd: stop.wakeDescriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&descriptor, 1, Int32(min(seconds, 0.5) * 1000) + 1)
                if stop.isRequested { return false }
                return !(followParent && getppid() != parent)
            }
            repeat {
                let count = try writer.run(wait: wait, clock: { ProcessInfo.processInfo.systemUptime }) { line in
                    activity.write("replay", line)
                }
                activity.write("replay", "\(count) of \(schedule.items.count) items written")
                if count < schedule.items.count { break }
            } while `repeat` && wait(0)
            activity.write("replay", "stopped")
        }
    }
}
