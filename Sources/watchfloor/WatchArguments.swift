import ArgumentParser
import Dashboard
import Foundation
import IncidentCore

/// The watch-officer options of `dash` and `watch`: kiosk screen, new marks, alerts, a notifier
/// command, and the log file.
struct WatchArguments: ParsableArguments {
    @Flag(help: "The read-only watch-officer screen (the same as `watchfloor watch`).")
    var kiosk = false

    @Flag(help: "Kiosk: q does not quit either (stop it with Ctrl-C or a signal).")
    var lock = false

    @Option(help: ArgumentHelp("Kiosk: seconds between the latest arrivals shown in the detail pane.", valueName: "seconds"))
    var cycle: Int = 20

    @Option(name: .customLong("new-for"), help: ArgumentHelp(
        "Seconds an arrived or changed incident stays marked new (default 600 in the kiosk, 60 otherwise).", valueName: "seconds"))
    var newFor: Int?

    @Option(help: ArgumentHelp("On a new incident with US casualties: bell, flash or none.", valueName: "kind"))
    var alert: AlertKind = .none

    @Option(name: .customLong("on-new"), help: ArgumentHelp(
        "Run this shell command for each new incident, with the incident as JSON on its standard input.", valueName: "command"))
    var onNew: String?

    @Option(help: ArgumentHelp("The day the kiosk counts the last 24 h / 7 / 30 days back from (YYYY-MM-DD).", valueName: "date"))
    var now: String?

    @Flag(help: "Show seconds on the clock (redraws every second).")
    var seconds = false

    @Option(help: ArgumentHelp("Log file (default: $XDG_STATE_HOME/watchfloor/watchfloor.log).", valueName: "path"))
    var log: String?

    func validate() throws {
        guard cycle >= 1, cycle <= 86_400 else { throw ValidationError("--cycle must be between 1 and 86400 seconds") }
        if let newFor, newFor < 0 { throw ValidationError("--new-for must be 0 or more seconds") }
        if let now { _ = try parseDay(now, option: "--now") }
    }

    func options(kiosk forced: Bool = false) throws -> WatchOptions {
        WatchOptions(kiosk: kiosk || forced, locked: lock, cycleSeconds: cycle, newForSeconds: newFor,
                     today: try now.map { try parseDay($0, option: "--now") }, showSeconds: seconds)
    }

    /// The log, or nil when it cannot be opened (the dashboard then runs without one).
    var activityLog: ActivityLog? { try? ActivityLog(path: log ?? ActivityLog.defaultPath()) }
}

/// What the dashboard does when an incident with US casualties arrives.
enum AlertKind: String, ExpressibleByArgument, CaseIterable {
    case bell, flash, none
}
