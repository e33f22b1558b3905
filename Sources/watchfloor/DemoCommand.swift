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

    func run() throws {
        try reportingErrors {
            let path = store ?? DemoStore.defaultPath()
            let lines = try DemoStore.build(at: path)
            if buildOnly {
                print(path)
                return
            }
            for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            try DashCommand.open(storePath: path, themeName: nil, refresh: 1, mouse: true)
        }
    }
}
