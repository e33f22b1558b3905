import IncidentCore
import TUI

/// Attacks per month, the compared countries side by side (Iraq next to Syria unless `--compare`
/// says otherwise; plus "other" only when non-zero), with eighth-block bar tops, a y axis with its
/// scale, month labels that thin out instead of colliding, a legend, and the selected incident's
/// month marked. The countries differ by glyph as well as colour.
public enum MonthlyChart {
    struct Series {
        var name: String
        var role: Role
        var unicodeGlyph: Character
        var asciiGlyph: Character
    }

    static let iraq = Series(name: "Iraq", role: .iraq, unicodeGlyph: "█", asciiGlyph: "#")
    static let syria = Series(name: "Syria", role: .syria, unicodeGlyph: "▓", asciiGlyph: "=")
    static let other = Series(name: "other", role: .other, unicodeGlyph: "░", asciiGlyph: "+")
    static let third = Series(name: "", role: .highlight, unicodeGlyph: "▒", asciiGlyph: "%")

    /// One series per compared country, in order, named as given.
    static func countrySeries(_ countries: [String]) -> [Series] {
        countries.prefix(3).enumerated().map { i, name in
            var s = [iraq, syria, third][i]
            s.name = name
            return s
        }
    }

    /// `YYYY-MM` → months since year 0, and back.
    static func monthIndex(_ month: String) -> Int? {
        let parts = month.split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return y * 12 + (m - 1)
    }

    static func monthLabel(_ index: Int) -> (month: String, year: String) {
        (Formatting.monthNames[index % 12], String(index / 12))
    }

    /// Rows the chart needs to show anything: borders, legend, two rows of bars, labels, years.
    static let minimumHeight = 7

    static func draw(_ state: DashboardState, into grid: inout Grid, in rect: Rect, glyphs: Glyphs, unicode: Bool) {
        let inner = Box(title: "Attacks per month", glyphs: glyphs).draw(into: &grid, in: rect)
        guard inner.height >= 5, inner.width >= 12 else { return }
        let compared = countrySeries(state.compareCountries)
        let grouped = state.chartMonths
        let perMonth = grouped.perMonth
        let otherSlot = grouped.otherSlot
        guard let latest = grouped.latest, let earliest = grouped.earliest else {
            grid.put(state.countPending ? "Counting…" : "No attacks to chart.", at: inner.x + 1, y: inner.y + 1, role: .dim, clip: inner)
            return
        }
        let series = grouped.hasOther ? compared + [other] : compared
        // Legend.
        var x = inner.x
        for s in series {
            x = grid.put(String(unicode ? s.unicodeGlyph : s.asciiGlyph), at: x, y: inner.y, role: s.role, clip: inner)
            x = grid.put(" \(s.name)  ", at: x, y: inner.y, role: .label, clip: inner)
        }
        let plotHeight = inner.height - 3
        let groupWidth = series.count + 1
        let end = max(earliest, latest - state.chartShift)
        let maximum = max(1, grouped.largest)
        let axisWidth = String(maximum).count + 1
        let plotWidth = inner.width - axisWidth
        let monthsShown = max(1, plotWidth / groupWidth)
        let start = end - monthsShown + 1
        let plot = Rect(x: inner.x + axisWidth, y: inner.y + 1, width: plotWidth, height: plotHeight)
        // Y axis with its scale.
        let axisGlyph = String(glyphs.vertical)
        for row in 0..<plotHeight { grid.put(axisGlyph, at: plot.x - 1, y: plot.y + row, role: .axis) }
        var labels = [(0, maximum), (plotHeight - 1, 0)]
        if plotHeight >= 4, maximum >= 2 {
            // A middle tick at the row where a bar of half the maximum ends, if it has a row of its own.
            let middle = maximum / 2
            let row = plotHeight - Int((Double(middle) / Double(maximum) * Double(plotHeight)).rounded())
            if row > 0, row < plotHeight - 1 { labels.append((row, middle)) }
        }
        for (row, value) in labels {
            let text = DisplayWidth.pad(String(value), to: axisWidth - 1, alignRight: true)
            grid.put(text, at: inner.x, y: plot.y + row, role: .axis, clip: inner)
        }
        // Bars.
        for index in max(start, 0)...end {
            let counts = perMonth[index] ?? Array(repeating: 0, count: otherSlot + 1)
            let groupX = plot.x + (index - start) * groupWidth
            for (s, item) in series.enumerated() {
                let bar = BarColumn(value: Double(counts[s]), maximum: Double(maximum), height: plotHeight)
                drawBar(bar, into: &grid, in: plot, x: groupX + s, series: item, glyphs: glyphs, unicode: unicode)
            }
        }
        // Month labels, thinned so they never collide, and years under January (or the first month).
        let labelRow = plot.maxY, yearRow = plot.maxY + 1
        let step = max(1, Int((4.0 / Double(groupWidth)).rounded(.up)))
        var lastYearEnd = Int.min
        for index in max(start, 0)...end where (index - start) % step == 0 || index == start {
            let groupX = plot.x + (index - start) * groupWidth
            let label = monthLabel(index)
            grid.put(label.month, at: groupX, y: labelRow, role: .label, maxWidth: min(3, plot.maxX - groupX), clip: inner)
            if (index % 12 == 0 || index == start), groupX > lastYearEnd, groupX + 4 <= inner.maxX {
                lastYearEnd = grid.put(label.year, at: groupX, y: yearRow, role: .dim, clip: inner)
            }
        }
        // The selected incident's month.
        if let day = state.selectedRow?.date.day, day.month >= 1 {
            let index = day.year * 12 + day.month - 1
            if index >= start && index <= end {
                let groupX = plot.x + (index - start) * groupWidth
                // The marker never covers a year label; the highlighted month label marks it then.
                if grid.cell(x: groupX, y: yearRow)?.text == " " {
                    grid.put(String(glyphs.arrowUp), at: groupX, y: yearRow, role: .highlight, clip: inner)
                }
                grid.setRole(.highlight, in: Rect(x: groupX, y: labelRow, width: min(3, groupWidth), height: 1))
            }
        }
    }

    static func drawBar(_ bar: BarColumn, into grid: inout Grid, in plot: Rect, x: Int, series: Series, glyphs: Glyphs, unicode: Bool) {
        guard x < plot.maxX else { return }
        let full = String(unicode ? series.unicodeGlyph : series.asciiGlyph)
        for level in 0..<min(bar.fullCells, plot.height) {
            grid.put(full, at: x, y: plot.maxY - 1 - level, role: series.role, clip: plot)
        }
        if bar.remainderEighths > 0, bar.fullCells < plot.height {
            let cap = unicode ? String(glyphs.lowerEighths[bar.remainderEighths - 1]) : (bar.remainderEighths >= 4 ? full : ".")
            grid.put(cap, at: x, y: plot.maxY - 1 - bar.fullCells, role: series.role, clip: plot)
        }
    }
}
