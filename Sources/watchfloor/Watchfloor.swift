import ArgumentParser
import Foundation

/// The `watchfloor` command: subcommands only parse options and wire library calls.
@main
struct Watchfloor: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "watchfloor",
        abstract: "Track attacks on US and coalition forces in Iraq, Syria and Jordan from the news articles that report them.",
        version: version,
        subcommands: [DashCommand.self, WatchCommand.self, IngestCommand.self, ExportCommand.self, DemoCommand.self, RenderCommand.self,
                      ThemesCommand.self, ExtractCommand.self, ImportCommand.self, ReportCommand.self, GenerateCommand.self,
                      ReplayWriterCommand.self],
        defaultSubcommand: DashCommand.self
    )
}
