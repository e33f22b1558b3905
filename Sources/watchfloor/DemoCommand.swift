import ArgumentParser
import Foundation
import IncidentCore

/// `watchfloor demo`: a throw-away store from the bundled reference data and sample articles.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo store from the bundled reference incidents, official totals and sample articles, and open it.",
        discussion: "The demo store lives in the cache directory ($XDG_CACHE_HOME/watchfloor/demo.sqlite), never in your own store."
    )

    @Option(help: ArgumentHelp("Build the demo store here instead of the cache directory.", valueName: "path"))
    var store: String?

    @Flag(help: "Only build the store and print its path.")
    var buildOnly = false

    @Flag(help: "Start from an empty demo store and let a separate writer add the bundled data in date order while the dashboard shows it arriving.")
    var replay = false

    @Option(help: ArgumentHelp("With --replay: 1 writes a month of data every 10 seconds, 2 twice as fast.", valueName: "n"))
    var speed: Double = 1

    func validate() throws {
        guard speed > 0, speed <= 100_000 else { throw ValidationError("--speed must be a positive number up to 100000") }
        if replay, buildOnly { throw ValidationError("--replay and --build-only do not go together") }
    }

    func run() throws {
        try reportingErrors {
            let path = store ?? DemoStore.defaultPath()
            if replay {
                try DemoReplay.run(storePath: path, speed: speed)
                return
            }
            let lines = try DemoStore.build(at: path)
            if buildOnly {
                print(path)
                return
            }
            for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            // The whole demo store was written a moment ago: none of it is news, only what arrives later.
            try DashCommand.open(storePath: path, themeName: nil, refresh: 1, mouse: true, watch: try WatchArguments.parse([]),
                                 newNotBefore: Date())
        }
    }
}
