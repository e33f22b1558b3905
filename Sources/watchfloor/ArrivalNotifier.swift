import Dashboard
import Foundation
import IncidentCore
import TUI

/// Acts on incidents that arrive while the dashboard is open: rings or flashes for those with US
/// casualties, and hands each to the `--on-new` command as JSON on its standard input. The command
/// runs in the background; its failures go to the log and never stop the dashboard.
final class ArrivalNotifier {
    let alert: AlertKind
    let command: String?
    let log: ActivityLog?
    let terminal: Terminal

    init(alert: AlertKind, command: String?, log: ActivityLog?, terminal: Terminal) {
        self.alert = alert
        self.command = command
        self.log = log
        self.terminal = terminal
        // A notifier that exits without reading its input must not kill the dashboard.
        signal(SIGPIPE, SIG_IGN)
    }

    func handle(_ arrivals: [Incident]) {
        for incident in arrivals {
            log?.write("dash", "new incident #\(incident.id) \(incident.date.exported ?? "?") \(incident.location ?? incident.country ?? "")")
            if let command { run(command, with: incident) }
        }
        guard arrivals.contains(where: { $0.usKilled.reportsCasualties || $0.usInjured.reportsCasualties }) else { return }
        switch alert {
        case .bell: terminal.bell()
        case .flash: terminal.flash()
        case .none: break
        }
    }

    private func run(_ command: String, with incident: Incident) {
        let json = IncidentExporter.render([IncidentExporter.json(incident)], keys: IncidentExporter.incidentKeys, format: .ndjson)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let log = self.log
        let id = incident.id
        process.terminationHandler = { finished in
            if finished.terminationStatus != 0 {
                log?.write("on-new", "command for incident #\(id) exited with status \(finished.terminationStatus): \(command)")
            }
        }
        do {
            try process.run()
        } catch {
            log?.write("on-new", "cannot run `\(command)`: \(error)")
            return
        }
        let writer = input.fileHandleForWriting
        let data = Data(json.utf8)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: data)
            try? writer.close()
        }
    }
}
