import ArgumentParser
import Foundation
import IncidentCore

/// The `--store PATH` option shared by every command that touches the store.
struct StoreOption: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The store file (default: $WATCHFLOOR_STORE, else $XDG_DATA_HOME/watchfloor/incidents.sqlite).",
        valueName: "path"))
    var path: String?

    var resolved: String { StoreLocation.resolve(flag: path) }
}

/// Prints one error line on standard error, prefixed with the program name.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("watchfloor: error: \(message)\n".utf8))
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("watchfloor: \(message)\n".utf8))
}

/// Runs a command body; a thrown error becomes one clear line and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        printError(String(describing: error))
        throw ExitCode(1)
    }
}

/// Parses a `--published`/`--since` style date argument.
func parseDay(_ text: String, option: String) throws -> CalendarDay {
    guard let day = CalendarDay(iso: text) else {
        throw ValidationError("\(option) `\(text)` is not a date: write YYYY-MM-DD")
    }
    return day
}
