import IncidentCore
import TUI

/// The chart's second mode (`c`): for each interval between consecutive official cumulative
/// totals, the attacks officially reported against those tracked, per compared country. One line
/// per interval and country: the interval's end, the country, `tracked/official`, and a bar whose
/// solid part is what is tracked and whose shaded rest is what is missing. Latest at the bottom;
/// `<` / `>` scroll back and forth.
public enum CoverageChart {
    static func draw(_ state: DashboardState, into grid: inout Grid, in rect: Rect, glyphs: Glyphs, unicode: Bool) {
        let inner = Box(title: "Tracked vs official", glyphs: glyphs).draw(into: &grid, in: rect)
        guard inner.height >= 3, inner.width >= 24 else { return }
        guard !state.coverage.isEmpty else {
            grid.put("No official totals to compare with.", at: inner.x + 1, y: inner.y + 1, role: .dim, clip: inner)
            return
        }
        let series = MonthlyChart.countrySeries(state.compareCountries)
        struct Line { var end: String; var name: String; var official: Int; var tracked: Int; var series: MonthlyChart.Series? }
        var lines: [Line] = []
        for interval in state.coverage {
            let end = String(interval.through.iso.dropFirst(2))
            let broken = interval.countries.enumerated().compactMap { i, c -> Line? in
                guard let official = c.official, official > 0 || c.tracked > 0 else { return nil }
                return Line(end: end, name: c.name, official: official, tracked: c.tracked, series: i < series.count ? series[i] : nil)
            }
            if !broken.isEmpty {
                lines += broken
            } else if let official = interval.total.official, official > 0 || interval.total.tracked > 0 {
                lines.append(Line(end: end, name: "all", official: official, tracked: interval.total.tracked, series: nil))
            }
        }
        // Legend and column heading.
        var x = grid.put("█", at: inner.x, y: inner.y, role: .iraq, clip: inner)
        x = grid.put(" tracked  ", at: x, y: inner.y, role: .label, clip: inner)
        x = grid.put(unicode ? "░" : ".", at: x, y: inner.y, role: .dim, clip: inner)
        grid.put(" official, not tracked", at: x, y: inner.y, role: .label, clip: inner)
        let rows = inner.height - 1
        let end = max(0, lines.count - min(state.chartShift, max(0, lines.count - 1)))
        let shown = lines[max(0, end - rows)..<end]
        let nameWidth = min(8, max(3, shown.map { DisplayWidth.of($0.name) }.max() ?? 3))
        let maximum = max(1, shown.map { max($0.official, $0.tracked) }.max() ?? 1)
        for (row, line) in shown.enumerated() {
            let y = inner.y + 1 + row
            let figures = "\(line.tracked)/\(line.official)"
            var cx = grid.put(line.end, at: inner.x, y: y, role: .axis, clip: inner)
            cx = grid.put(" " + DisplayWidth.pad(line.name, to: nameWidth), at: cx, y: y, role: line.series?.role ?? .label, clip: inner)
            cx = grid.put(" " + DisplayWidth.pad(figures, to: 7, alignRight: true) + " ", at: cx, y: y, role: .text, clip: inner)
            let barWidth = max(1, inner.maxX - cx)
            let officialCells = Int((Double(line.official) / Double(maximum) * Double(barWidth)).rounded())
            let trackedCells = min(barWidth, Int((Double(line.tracked) / Double(maximum) * Double(barWidth)).rounded()))
            let solid = String(unicode ? (line.series?.unicodeGlyph ?? "█") : (line.series?.asciiGlyph ?? "#"))
            for i in 0..<max(officialCells, trackedCells) where cx + i < inner.maxX {
                if i < trackedCells {
                    grid.put(solid, at: cx + i, y: y, role: line.series?.role ?? .iraq, clip: inner)
                } else {
                    grid.put(unicode ? "░" : ".", at: cx + i, y: y, role: .dim, clip: inner)
                }
            }
        }
    }
}
