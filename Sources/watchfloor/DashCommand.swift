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

    @Option(help: ArgumentHelp("Colour theme: a name (see `watchfloor themes list`) or a path to a .theme file. Default: the theme last chosen with t, else light on a terminal with a pale background, else default (mono when NO_COLOR is set).", valueName: "name|path"))
    var theme: String?

    @OptionGroup var themesDir: ThemesDirOption

    @Option(help: ArgumentHelp("Seconds between checks for changes made by other processes.", valueName: "seconds"))
    var refresh: Double = 1

    @Flag(help: "Do not capture the mouse.")
    var noMouse = false

    @OptionGroup(title: "Watch floor") var watch: WatchArguments

    @OptionGroup var compare: CompareOption

    func validate() throws {
        guard refresh >= 0.05, refresh <= 3600 else { throw ValidationError("--refresh must be between 0.05 and 3600 seconds") }
    }

    func run() throws {
        try reportingThemeErrors {
            try Self.open(storePath: store.resolved, themeName: theme, themesDir: themesDir.themesDir, refresh: refresh,
                          mouse: !noMouse, watch: watch, compare: compare.countries)
        }
    }

    static func open(storePath: String, themeName: String?, themesDir: String? = nil, refresh: Double, mouse: Bool,
                     watch: WatchArguments, kiosk: Bool = false, compare: [String] = ["Iraq", "Syria"],
                     newNotBefore: Date? = nil) throws {
        var options = try watch.options(kiosk: kiosk)
        options.newNotBefore = newNotBefore
        let source = try StoreDataSource(path: storePath)
        let themes = try ThemeSetup.make(themeFlag: themeName, themesDir: themesDir)
        let log = watch.activityLog
        let terminal = try NcursesTerminal(options: .init(mouse: mouse && !options.kiosk, theme: themes.rotation.current,
                                                          colors: !themes.colorsOff))
        defer { terminal.restore() }
        log?.write("dash", "opened \(storePath)\(options.kiosk ? " (kiosk)" : "")")
        let notifier = ArrivalNotifier(alert: watch.alert, command: watch.onNew, log: log, terminal: terminal)
        let model = DashboardModel(source: source, size: terminal.size, options: options)
        model.themeRotation = themes.rotation
        try model.setChart(countries: compare)
        if let note = themes.startupNote { model.showMessage(note) }
        try DashboardLoop.run(model: model, terminal: FrameTracingTerminal.wrapping(terminal), refreshSeconds: refresh, onArrivals: notifier.handle,
                              themeChanged: themes.remember)
        // Ended by a signal (Ctrl-C, kill, a closed terminal): the screen is put back first, then the
        // conventional status (130 for Ctrl-C) tells a supervising script it did not end by `q`.
        if let signal = terminal.pendingSignal {
            terminal.restore()
            log?.write("dash", "closed by \(signal)")
            throw ExitCode(signal.exitStatus)
        }
    }
}
