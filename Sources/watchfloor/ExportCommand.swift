import ArgumentParser
import Foundation
import IncidentCore

extension ExportFormat: ExpressibleByArgument {}
extension IncidentKind: ExpressibleByArgument {}

/// `watchfloor export`: incidents or reported totals as JSON, NDJSON or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export incidents (or, with --totals, reported totals) as JSON, NDJSON or CSV.",
        discussion: "Incidents are ordered by date descending, then id descending. The schema is documented in README.md."
    )

    @OptionGroup var store: StoreOption

    @Option(help: "Output format: json, ndjson or csv.")
    var format: ExportFormat = .json

    @Option(help: ArgumentHelp("Only incidents of this kind: attack, us_strike, partner, mention, event.", valueName: "kind"))
    var kind: IncidentKind?

    @Flag(help: "Export the reported cumulative totals instead of incidents.")
    var totals = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let incidentStore = try IncidentStore(path: store.resolved, mode: .existing)
            let text: String
            if totals {
                text = IncidentExporter.render(try incidentStore.reportedTotals().map(IncidentExporter.json),
                                               keys: IncidentExporter.totalKeys, format: format)
            } else {
                text = IncidentExporter.render(try incidentStore.incidents(kind: kind, withSources: true).map(IncidentExporter.json),
                                               keys: IncidentExporter.incidentKeys, format: format)
            }
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw ValidationError("cannot write \(output): check that its directory exists and is writable")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
