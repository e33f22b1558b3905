import ArgumentParser

/// `watchfloor watch`: the kiosk screen for a spare monitor (`dash --kiosk`).
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Open the read-only watch-officer screen (the same as `dash --kiosk`)."
    )

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("Colour theme: a name (see `watchfloor themes list`) or a path to a .theme file.", valueName: "name|path"))
    var theme: String?

    @OptionGroup var themesDir: ThemesDirOption

    @Option(help: ArgumentHelp("Seconds between checks for changes made by other processes.", valueName: "seconds"))
    var refresh: Double = 1

    @OptionGroup(title: "Watch floor") var watch: WatchArguments

    func validate() throws {
        guard refresh >= 0.05, refresh <= 3600 else { throw ValidationError("--refresh must be between 0.05 and 3600 seconds") }
    }

    func run() throws {
        try reportingThemeErrors {
            try DashCommand.open(storePath: store.resolved, themeName: theme, themesDir: themesDir.themesDir, refresh: refresh,
                                 mouse: false, watch: watch, kiosk: true)
        }
    }
}
