import ArgumentParser
import Foundation
import IncidentCore

extension ExportFormat: ExpressibleByArgument {}
extension IncidentKind: ExpressibleByArgument {}

/// `watchfloor export`: incidents or reported totals as JSON, NDJSON or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export incidents (or, with --totals, reported totals) as JSON, NDJSON, CSV or Markdown.",
        discussion: """
            Incidents are ordered by date descending, then id descending. The schema is documented in             README.md. With --filter, only the incidents the dashboard would show for that filter             (kinds attack, partner and event unless the filter names kind:…).
            """
    )

    @OptionGroup var store: StoreOption

    @Option(help: "Output format: json, ndjson, csv or markdown.")
    var format: ExportFormat = .json

    @Option(help: ArgumentHelp("Only incidents of this kind: attack, us_strike, partner, mention, event.", valueName: "kind"))
    var kind: IncidentKind?

    @Option(help: ArgumentHelp("Only incidents matching this filter (the dashboard's filter language).", valueName: "filter"))
    var filter: String?

    @Flag(help: "Export the reported cumulative totals instead of incidents.")
    var totals = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let parsedFilter = try filter.map { text -> IncidentFilter in
                var parsed = try FilterParser.parse(text)
                if let kind { parsed.terms.append(IncidentFilter.Term(.kind(kind))) }
                return parsed
            }
            let incidentStore = try IncidentStore(path: store.resolved, mode: .existing)
            let text: String
            if totals {
                text = IncidentExporter.render(try incidentStore.reportedTotals().map(IncidentExporter.json),
                                               keys: IncidentExporter.totalKeys, format: format)
            } else if let parsedFilter {
                text = IncidentExporter.render(try incidentStore.incidents(filter: parsedFilter, sort: .newestFirst, withSources: true)
                                                   .map(IncidentExporter.json), keys: IncidentExporter.incidentKeys, format: format)
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
