import ArgumentParser
import Dashboard
import Foundation
import IncidentCore
import NcursesTerminal
import TUI

/// `watchfloor dash` (and `watchfloor` alone): the live dashboard in the terminal.
struct DashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dash",
        abstract: "Open the live dashboard: incident table, monthly chart and source articles."
    )

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("Colour theme: default or mono.", valueName: "name"))
    var theme: String?

    @Option(help: ArgumentHelp("Seconds between checks for changes made by other processes.", valueName: "seconds"))
    var refresh: Double = 1

    @Flag(help: "Do not capture the mouse.")
    var noMouse = false

    func validate() throws {
        guard refresh >= 0.05, refresh <= 3600 else { throw ValidationError("--refresh must be between 0.05 and 3600 seconds") }
    }

    func run() throws {
        try reportingErrors {
            try Self.open(storePath: store.resolved, themeName: theme, refresh: refresh, mouse: !noMouse)
        }
    }

    static func open(storePath: String, themeName: String?, refresh: Double, mouse: Bool) throws {
        let source = try StoreDataSource(path: storePath)
        let selectedTheme = try ThemeChoice.resolve(themeName)
        let terminal = try NcursesTerminal(options: .init(mouse: mouse, theme: selectedTheme))
        defer { terminal.restore() }
        let model = DashboardModel(source: source, size: terminal.size)
        try DashboardLoop.run(model: model, terminal: FrameTracingTerminal.wrapping(terminal), refreshSeconds: refresh)
    }
}

/// Picks a built-in theme by name; `NO_COLOR` selects mono.
enum ThemeChoice {
    static func resolve(_ name: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        if name == nil, let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
        let wanted = name ?? "default"
        guard let theme = Theme.builtins.first(where: { $0.name == wanted }) else {
            throw ValidationError("unknown theme `\(wanted)`: choose one of \(Theme.builtins.map(\.name).joined(separator: ", "))")
        }
        return theme
    }
}
