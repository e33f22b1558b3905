import ArgumentParser
import Foundation
import NcursesTerminal
import ThemeFiles
import TUI

/// `watchfloor themes`: list the themes on the search path, or check theme files.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes watchfloor finds, or check theme files for mistakes.",
        discussion: "Theme files and their format: Themes/README.md.",
        subcommands: [ThemesListCommand.self, ThemesCheckCommand.self]
    )
}

/// `watchfloor themes list`: name and path of every theme, with a swatch on a terminal.
struct ThemesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every theme on the search path: name, file, description; on a terminal also a swatch of its main roles."
    )

    @OptionGroup var themesDir: ThemesDirOption

    func run() throws {
        try reportingErrors {
            let searchPath = try themesDir.searchPath()
            let loader = ThemeLoader(searchPath: searchPath.paths)
            let listings = loader.available()
            let onTerminal = isatty(STDOUT_FILENO) == 1
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            let colorCount = onTerminal && !noColor ? TerminalColorDepth.ofStandardOutput() : 0
            let nameWidth = max(8, listings.map(\.name.count).max() ?? 0)
            var output = ""
            for listing in listings {
                let name = listing.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                let place = listing.path ?? "built in"
                do {
                    let loaded = try loader.load(name: listing.name)
                    output += "\(name)  \(place)" + (loaded.description.map { "  · \($0)" } ?? "") + "\n"
                    if onTerminal { output += String(repeating: " ", count: nameWidth + 2) + Self.swatch(loaded.theme, colorCount: colorCount) + "\n" }
                } catch {
                    output += "\(name)  \(place)  (has errors: run `watchfloor themes check \(place)`)\n"
                }
                for hidden in listing.shadowed {
                    output += String(repeating: " ", count: nameWidth + 2) + "hides \(hidden)\n"
                }
            }
            if onTerminal {
                output += "\nsearch path, first match wins:\n"
                for directory in searchPath.directories { output += "  \(directory.path)  (\(directory.origin))\n" }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    /// A line of samples of the theme's main roles.
    static func swatch(_ theme: Theme, colorCount: Int) -> String {
        let samples: [(Role, String)] = [
            (.header, " header "), (.iraq, "█ Iraq"), (.syria, "▓ Syria"), (.other, "░ other"),
            (.selection, " selection "), (.new, " new "), (.highlight, " fact "), (.warning, " warning "), (.error, " error "),
        ]
        return samples.map { role, text in
            ANSIStyle.start(theme.style(for: role), colorCount: colorCount) + text + ANSIStyle.reset
        }.joined(separator: " ")
    }
}

/// `watchfloor themes check [PATH...]`: every problem in the given theme files, `file:line`.
struct ThemesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check .theme files (default: every theme on the search path); exit status 1 if any has an error.",
        discussion: "Each problem is one line naming file:line: an unknown role, a bad colour, an unknown attribute, an inheritance cycle. Files with another extension are skipped with a note; a directory means the .theme files in it."
    )

    @OptionGroup var themesDir: ThemesDirOption

    @Argument(help: ArgumentHelp("Theme files or directories of them.", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        var failed = false
        var files: [String] = []
        let loader: ThemeLoader
        do {
            loader = try themesDir.loader()
        } catch {
            printError(String(describing: error))
            throw ExitCode(1)
        }
        if paths.isEmpty {
            files = loader.searchPath.flatMap(ThemeLoader.themeFiles(in:))
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                printError("\(path): no such file")
                failed = true
            } else if isDirectory.boolValue {
                files += ThemeLoader.themeFiles(in: path)
            } else if path.hasSuffix(".theme") {
                files.append(path)
            } else {
                printWarning("\(path): skipped, not a .theme file")
            }
        }
        var reported: Set<String> = []
        var good = 0
        for file in files {
            do {
                _ = try loader.load(path: file)
                say("\(file): ok")
                good += 1
            } catch {
                failed = true
                for problem in error.errors where reported.insert(problem.description).inserted {
                    printError(problem.description)
                }
            }
        }
        say("\(files.count) theme file\(files.count == 1 ? "" : "s") checked: \(good) ok, \(files.count - good) with errors")
        if failed { throw ExitCode(1) }
    }

    /// One line on standard output, written at once so it stays in order with the error lines.
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
