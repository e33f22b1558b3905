import ArgumentParser
import Dashboard
import Foundation
import NcursesTerminal
import ThemeFiles
import TUI

/// `--themes-dir DIR`, shared by every command that looks for themes.
struct ThemesDirOption: ParsableArguments {
    @Option(help: ArgumentHelp("Look for NAME.theme files in this directory first (see `watchfloor themes list`).", valueName: "dir"))
    var themesDir: String?

    /// The search path: --themes-dir, $XDG_CONFIG_HOME/watchfloor/themes, the Themes/ beside the
    /// executable, the installed themes.
    func searchPath() throws -> ThemeSearchPath {
        try Self.searchPath(themesDir: themesDir)
    }

    func loader() throws -> ThemeLoader {
        ThemeLoader(searchPath: try searchPath().paths)
    }

    static func searchPath(themesDir: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ThemeSearchPath {
        if let themesDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: themesDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--themes-dir \(themesDir): no such directory")
            }
        }
        return ThemeSearchPath.standard(themesDir: themesDir, environment: environment, executablePath: ExecutablePath.resolved)
    }
}

/// Runs a command body like `reportingErrors`, printing each theme problem on its own line.
func reportingThemeErrors(_ body: () throws -> Void) throws {
    try reportingErrors {
        do {
            try body()
        } catch let problems as ThemeLoadError {
            for error in problems.errors { printError(error.description) }
            throw ExitCode(1)
        }
    }
}

/// Everything the dashboard needs about themes: the one to open with, the rotation `t` cycles
/// through, whether colours are off, and how to remember a choice.
struct ThemeSetup {
    var rotation: ThemeRotation
    var colorsOff: Bool
    /// A line for the message bar at start (a saved theme that no longer loads).
    var startupNote: String?
    let configPath: String
    /// What to write in the config for each theme name: the name, or the path of a theme
    /// opened by path that is not on the search path.
    let references: [String: String]

    static func make(themeFlag: String?, themesDir: String?,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ThemeSetup {
        let loader = ThemeLoader(searchPath: try ThemesDirOption.searchPath(themesDir: themesDir, environment: environment).paths)
        let configPath = UserConfig.defaultPath(environment: environment)
        var configTheme: String?
        if themeFlag == nil {
            do {
                configTheme = try UserConfig(path: configPath).value(for: "theme")
            } catch {
                throw ValidationError(error.description)
            }
        }
        let choice = ThemeChoice.decide(flag: themeFlag, environment: environment, configTheme: configTheme,
                                        paleBackground: { TerminalBackground.detect(environment: environment) == .light })
        var note: String?
        let current: LoadedTheme
        switch Result(catching: { () throws(ThemeLoadError) -> LoadedTheme in try loader.load(reference: choice.reference) }) {
        case .success(let loaded):
            current = loaded
        case .failure(let problems):
            // A saved choice that no longer loads must not lock the user out of the dashboard.
            guard choice.origin == .config || choice.origin == .paleBackground else { throw problems }
            current = (try? loader.load(name: "default")) ?? .builtin(.builtinDefault)
            if choice.origin == .config {
                note = "theme `\(choice.reference)` saved in \(Self.shortPath(configPath)) does not load (\(problems.errors.first?.description ?? "unknown problem")); showing default"
            }
        }
        var references: [String: String] = [:]
        var themes: [Theme] = []
        for listing in loader.available() {
            guard let loaded = try? loader.load(name: listing.name) else { continue }
            themes.append(loaded.theme)
            references[listing.name] = listing.name
        }
        // A theme opened by a path that its name would not find is saved by its absolute path.
        if let path = current.path, path != loader.path(forName: current.theme.name) {
            references[current.theme.name] = URL(fileURLWithPath: path).standardizedFileURL.path
        } else {
            references[current.theme.name] = current.theme.name
        }
        let locked = choice.colorsOff ? "colours are off because NO_COLOR is set: start with --theme NAME to use a colour theme" : nil
        return ThemeSetup(rotation: ThemeRotation(themes: themes, current: current.theme, lockedBecause: locked),
                          colorsOff: choice.colorsOff, startupNote: note, configPath: configPath, references: references)
    }

    /// Saves the choice in the config file; returns the note for the message line.
    func remember(_ theme: Theme) -> String {
        let reference = references[theme.name] ?? theme.name
        do {
            let changed = try UserConfig.set("theme", to: reference, at: configPath)
            return changed ? "saved in \(Self.shortPath(configPath))" : "as saved in \(Self.shortPath(configPath))"
        } catch {
            return "not saved: \(error.description)"
        }
    }

    static func shortPath(_ path: String) -> String {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
