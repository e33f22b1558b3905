import ArgumentParser
import Dashboard
import Foundation
import IncidentCore
import TUI

/// `watchfloor render`: one dashboard frame as plain text, without a terminal.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one dashboard frame as plain text (for the README, bug reports and tests)."
    )

    @OptionGroup var store: StoreOption

    @Option(help: "Frame width in columns.")
    var width: Int = 120

    @Option(help: "Frame height in rows.")
    var height: Int = 32

    @Option(help: ArgumentHelp("Select this incident id.", valueName: "id"))
    var select: Int64?

    @Option(help: ArgumentHelp("Theme name or path, checked like dash does (plain text shows no colours).", valueName: "name|path"))
    var theme: String?

    @OptionGroup var themesDir: ThemesDirOption

    @Option(help: ArgumentHelp("The clock, as an ISO date-time (UTC), for reproducible frames.", valueName: "iso-time"))
    var now: String?

    @Option(help: ArgumentHelp("A filter in the dashboard's filter language.", valueName: "filter"))
    var filter: String?

    @OptionGroup var compare: CompareOption

    @Option(help: ArgumentHelp("Chart mode: monthly (attacks per month) or coverage (tracked vs official).", valueName: "mode"))
    var chart: String = "monthly"

    @Flag(help: "ASCII glyphs instead of Unicode.")
    var ascii = false

    @Flag(help: "The kiosk (watch-officer) screen; its local clock is UTC here, for reproducible frames.")
    var kiosk = false

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else { throw ValidationError("--width and --height must be between 1 and 1000") }
        guard chart == "monthly" || chart == "coverage" else { throw ValidationError("--chart is monthly or coverage") }
        if let now, Self.parseTime(now) == nil { throw ValidationError("--now `\(now)` is not an ISO date-time such as 2024-08-06T12:00:00Z") }
    }

    static func parseTime(_ text: String) -> Date? {
        guard let day = CalendarDay(iso: text) else { return nil }
        var seconds = day.ordinal * 86_400
        if text.count >= 19 {
            let parts = text.dropFirst(11).prefix(8).split(separator: ":").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            seconds += parts[0] * 3600 + parts[1] * 60 + parts[2]
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    func run() throws {
        try reportingThemeErrors {
            if let theme { _ = try themesDir.loader().load(reference: theme) }
            let source = try StoreDataSource(path: store.resolved)
            let clock = now.flatMap(Self.parseTime) ?? Date()
            let options = WatchOptions(kiosk: kiosk, timeZone: TimeZone(identifier: "UTC")!)
            let model = DashboardModel(source: source, size: Size(width: width, height: height), options: options)
            try model.setChart(countries: compare.countries, coverage: chart == "coverage")
            try model.reload()
            try model.refreshWatch(now: clock)
            if let filter { try model.applyFilterText(filter) }
            if let select { try model.select(id: select) }
            let frame = model.render(now: clock, unicode: !ascii)
            print(frame.lines(trimmingTrailingSpaces: true).joined(separator: "\n"))
        }
    }
}
