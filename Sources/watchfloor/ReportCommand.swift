import ArgumentParser
import Foundation
import IncidentCore

extension BriefingRenderer.Format: ExpressibleByArgument {}

/// `watchfloor report`: a briefing as text or Markdown, for cron or email.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a briefing: attacks per month, latest incidents, US casualties, official totals against tracked.",
        discussion: """
            --months counts back from the latest month with data. Coverage compares each interval between \
            consecutive official cumulative totals with the attacks tracked in the store, per country.
            """
    )

    @OptionGroup var store: StoreOption

    @Option(help: ArgumentHelp("A filter in the dashboard's filter language.", valueName: "filter"))
    var filter: String?

    @Option(help: ArgumentHelp("Months of the per-month table and chart.", valueName: "n"))
    var months: Int = 12

    @Option(help: "Output format: text or markdown.")
    var format: BriefingRenderer.Format = .text

    @OptionGroup var compare: CompareOption

    func validate() throws {
        guard (1...600).contains(months) else { throw ValidationError("--months must be between 1 and 600") }
    }

    func run() throws {
        try reportingErrors {
            let parsed = try FilterParser.parse(filter ?? "")
            let incidentStore = try IncidentStore(path: store.resolved, mode: .existing)
            let report = try BriefingReport.build(store: incidentStore, filter: parsed, months: months, countries: compare.countries)
            let generated = Ingester.timestamp(Date())
            print(BriefingRenderer.render(report, format: format, generated: generated), terminator: "")
        }
    }
}
