import Foundation

/// Writes a `BriefingReport` as plain text (for cron mail) or Markdown (for a brief or a wiki).
public enum BriefingRenderer {
    /// The output formats of `watchfloor report`.
    public enum Format: String, CaseIterable, Sendable { case text, markdown }

    static let barWidth = 40
    static let glyphs: [Character] = ["█", "▓", "▒", "▚"]

    public static func render(_ report: BriefingReport, format: Format, generated: String) -> String {
        let md = format == .markdown
        var out: [String] = []
        func heading(_ text: String) {
            out.append("")
            if md { out.append("## \(text)") } else { out.append(text); out.append(String(repeating: "=", count: text.count)) }
            out.append("")
        }
        let title = "Watchfloor briefing — \(report.storeName)"
        out.append(md ? "# \(title)" : title)
        out.append("")
        out.append("Generated \(generated)" + (report.filter.isEmpty ? "." : "; filter: `\(report.filter)`."))

        // Attacks per month.
        let names = report.countries + (report.months.contains { $0.other > 0 } ? ["other"] : [])
        heading("Attacks per month (\(report.countries.joined(separator: " vs ")))")
        if report.months.isEmpty {
            out.append("No dated attacks in the store\(report.filter.isEmpty ? "" : " for this filter").")
        } else {
            let rows = report.months.map { m in [m.month] + m.counts.map(String.init) + (names.count > report.countries.count ? [String(m.other)] : []) + [String(m.total)] }
            out += table(["Month"] + names + ["Total"], rows, markdown: md, rightAligned: Set(1...(names.count + 1)))
            out.append("")
            if md { out.append("```") }
            out += barChart(report, names: names)
            if md { out.append("```") }
        }

        heading("Latest incidents")
        out += incidentTable(report.latest, markdown: md, empty: "No incidents.")

        heading("Incidents with US casualties")
        out += incidentTable(report.withUSCasualties, markdown: md, empty: "No incident reports US killed or injured.")

        heading("Official totals against tracked attacks")
        if let official = report.latestOfficial, let asOf = official.asOf, let count = official.total.count {
            let split = [("Iraq", official.iraq), ("Syria", official.syria), ("Jordan", official.jordan)]
                .compactMap { name, n in n.map { "\(name) \($0)" } }
            var line = "Latest official total: \(count) attacks as of \(asOf)"
            if !split.isEmpty { line += " (\(split.joined(separator: ", ")))" }
            if let tracked = report.trackedAtLatestOfficial {
                line += "; tracked in the store up to that date: \(tracked)" + (count > 0 ? " (\(percent(Double(tracked) / Double(count))))." : ".")
            }
            out.append(line)
            out.append("")
            out.append("Coverage between consecutive official totals (attacks of kind `attack`, filter not applied):")
            out.append("")
            var header = ["Interval", "Official", "Tracked", "Cover"]
            for c in report.countries { header += ["\(c) off.", "\(c) tr."] }
            let rows = report.coverage.map { interval -> [String] in
                var row = [interval.label, opt(interval.total.official), String(interval.total.tracked), interval.total.ratio.map(percent) ?? "—"]
                for c in interval.countries { row += [opt(c.official), String(c.tracked)] }
                return row
            }
            out += table(header, rows, markdown: md, rightAligned: Set(1..<header.count))
        } else {
            out.append("No official totals in the store: import them with `watchfloor import totals FILE.csv` or ingest articles that quote them.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func opt(_ n: Int?) -> String { n.map(String.init) ?? "—" }

    static func percent(_ ratio: Double) -> String { "\(Int((ratio * 100).rounded()))%" }

    /// One bar per compared country per month (and "other" when it has any), scaled to the largest count shown.
    static func barChart(_ report: BriefingReport, names: [String]) -> [String] {
        let maximum = max(1, report.months.flatMap { $0.counts + [$0.other] }.max() ?? 1)
        let nameWidth = names.map(\.count).max() ?? 0
        var lines: [String] = []
        for month in report.months {
            let values = month.counts + (names.count > report.countries.count ? [month.other] : [])
            for (i, value) in values.enumerated() where i < report.countries.count || value > 0 {
                let glyph = i < report.countries.count ? glyphs[i % glyphs.count] : "░"
                let length = value == 0 ? 0 : max(1, Int((Double(value) / Double(maximum) * Double(barWidth)).rounded()))
                let label = i == 0 ? month.month : String(repeating: " ", count: 7)
                lines.append("\(label)  \(names[i].padding(toLength: nameWidth, withPad: " ", startingAt: 0)) \(String(repeating: glyph, count: length)) \(value)")
            }
        }
        return lines
    }

    static func incidentTable(_ incidents: [Incident], markdown: Bool, empty: String) -> [String] {
        guard !incidents.isEmpty else { return [empty] }
        let rows = incidents.map { i in
            [i.date.exported ?? "undated", i.country ?? "", i.location ?? "", i.weapons.map(\.rawValue).joined(separator: ", "),
             i.usKilled.compact, i.usInjured.compact, i.claimedBy ?? "", "#\(i.id)"]
        }
        return table(["Date", "Country", "Location", "Weapons", "US killed", "US injured", "Claimed by", "Id"], rows,
                     markdown: markdown, rightAligned: [4, 5])
    }

    /// A Markdown table, or a plain table with columns padded by display width.
    static func table(_ header: [String], _ rows: [[String]], markdown: Bool, rightAligned: Set<Int> = []) -> [String] {
        if markdown {
            func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
            var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
            lines.append("|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined())
            lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
            return lines
        }
        var widths = header.map(\.count)
        for row in rows { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], min(40, c.count)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let text = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
                let pad = String(repeating: " ", count: widths[i] - text.count)
                return rightAligned.contains(i) ? pad + text : text + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
    }
}
