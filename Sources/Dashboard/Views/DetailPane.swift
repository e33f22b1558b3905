import Foundation
import IncidentCore
import TUI

/// The selected incident: its resolved fields, where sources disagree, the sources as tabs, and the
/// selected article's headline, outlet, date, URL and full text with extracted facts highlighted.
public enum DetailPane {
    /// Lines above the article text.
    static let headerLines = 5

    static func draw(_ state: DetailContent, into grid: inout Grid, in rect: Rect, glyphs: Glyphs, focused: Bool) {
        let title = focused ? "Article (Tab/Esc: back to table)" : state.title
        let inner = Box(title: title, glyphs: glyphs, borderRole: focused ? .title : .border).draw(into: &grid, in: rect)
        guard inner.height > 0, let incident = state.incident else {
            if inner.height > 0 { grid.put("Select an incident to see its sources.", at: inner.x, y: inner.y, role: .dim, clip: inner) }
            return
        }
        var y = inner.y
        grid.put(resolvedLine(incident), at: inner.x, y: y, role: .text, clip: inner)
        y += 1
        let disagreement = disagreementLine(state.sources)
        grid.put(disagreement.text, at: inner.x, y: y, role: disagreement.role, clip: inner)
        y += 1
        drawTabs(state, into: &grid, at: y, in: inner)
        y += 1
        guard state.sources.indices.contains(state.sourceIndex) else { return }
        let article = state.sources[state.sourceIndex]
        let source = article.source
        if !Self.headlineOpensBody(source.title, article.body) {
            grid.put(source.title ?? "Reference record from \(source.outlet ?? "an imported dataset")", at: inner.x, y: y, role: .title, clip: inner)
            y += 1
        }
        let meta = [source.outlet, source.published?.iso, source.url].compactMap { $0 }.joined(separator: " · ")
        grid.put(meta.isEmpty ? "source" : meta, at: inner.x, y: y, role: .dim, clip: inner)
        y += 1
        let textArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        guard textArea.height > 0 else { return }
        guard let body = article.body else {
            grid.put("Imported reference record: the source is known by its URL only.", at: textArea.x, y: textArea.y, role: .dim, clip: textArea)
            return
        }
        let lines = ArticleWrap.lines(of: body, width: max(1, textArea.width), kept: state.wrap)
        let first = min(state.articleScroll, max(0, lines.count - 1))
        let hits = SearchMatches.ranges(of: state.searchWords, in: body)
        // Extracted facts in the highlight role, then search hits over them in the selection role.
        let marked = article.facts.map { ($0.span.start..<$0.span.end, Role.highlight) } + hits.map { ($0, Role.selection) }
        for (row, line) in lines.dropFirst(first).prefix(textArea.height).enumerated() {
            grid.put(line.text, at: textArea.x, y: textArea.y + row, role: .text, clip: textArea)
            for (span, role) in marked {
                guard let columns = line.columns(for: span) else { continue }
                grid.setRole(role, in: Rect(x: textArea.x + columns.lowerBound, y: textArea.y + row, width: columns.count, height: 1))
            }
        }
        if lines.count > textArea.height {
            let shown = "\(first + 1)–\(min(lines.count, first + textArea.height))/\(lines.count)"
            grid.put(shown, at: rect.maxX - shown.count - 2, y: rect.maxY - 1, role: .border)
        }
    }

    /// True when the article has no headline of its own and its title is just the start of the text
    /// (cut short with "…"): showing both would print the same words twice.
    static func headlineOpensBody(_ title: String?, _ body: String?) -> Bool {
        guard let title, let body else { return false }
        let stem = title.hasSuffix("…") ? String(title.dropLast()) : title
        return !stem.isEmpty && body.hasPrefix(stem)
    }

    /// `?` after a field that was inferred, `??` after one filled in by default (e.g. an undated attack
    /// given its publication week).
    static func uncertainty(_ i: Incident, _ field: String) -> String {
        switch i.confidence[field] {
        case .inferred?: "?"
        case .default?: "??"
        case .explicit?, nil: ""
        }
    }

    static func resolvedLine(_ i: Incident) -> String {
        var parts = ["#\(i.id) \(i.kind.rawValue) \(i.date.exported ?? "date unknown")\(uncertainty(i, "date"))"]
        let candidates = i.locationCandidates.isEmpty ? "" : " (one of \(i.locationCandidates.count) bases)"
        parts.append([i.location.map { $0 + uncertainty(i, "location") + candidates }, i.country.map { $0 + uncertainty(i, "country") }]
            .compactMap { $0 }.joined(separator: ", "))
        if !i.weapons.isEmpty { parts.append(Formatting.weapons(i.weapons)) }
        if !i.usKilled.isUnknown { parts.append("US killed \(i.usKilled.compact)\(uncertainty(i, "us_killed"))") }
        if !i.usInjured.isUnknown { parts.append("US injured \(i.usInjured.compact)\(uncertainty(i, "us_injured"))") }
        if let outcome = i.outcome { parts.append(outcome.rawValue) }
        if i.confirmation == .claimed { parts.append("claimed only") }
        for c in i.otherCasualties {
            parts.append("\(c.who): " + [c.killed.map { "\($0) killed" }, c.injured.map { "\($0) injured" }].compactMap { $0 }.joined(separator: ", "))
        }
        if let claimed = i.claimedBy { parts.append("claimed: \(claimed)\(uncertainty(i, "claimed_by"))") }
        if let attributed = i.attributedTo { parts.append("attributed: \(attributed)") }
        if let response = i.usResponse { parts.append("US response: \(response)") }
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// "US injured: ≥2 (Estadão) · possible (unknown Italian outlet)" when sources differ.
    static func disagreementLine(_ sources: [SourceArticle]) -> (text: String, role: Role) {
        guard sources.count > 1 else { return (sources.isEmpty ? "" : "One source.", .dim) }
        var parts: [String] = []
        for (label, figure) in [("US killed", \IncidentSource.usKilled), ("US injured", \IncidentSource.usInjured)] {
            let values = sources.map { $0.source[keyPath: figure] }
            guard Set(values).count > 1 else { continue }
            let each = sources.map { s in
                let f = s.source[keyPath: figure]
                let value = f.isUnknown ? "not given" : (f.count == nil ? f.spelled : f.compact)
                return "\(value) (\(shortOutlet(s.source)))"
            }
            parts.append("\(label): " + each.joined(separator: " · "))
        }
        let dates = Set(sources.map { $0.source.date.exported ?? "?" })
        if dates.count > 1 {
            parts.append("date: " + sources.map { "\($0.source.date.exported ?? "?") (\(shortOutlet($0.source)))" }.joined(separator: " · "))
        }
        if parts.isEmpty { return ("\(sources.count) sources agree on the figures.", .dim) }
        return ("Sources differ — " + parts.joined(separator: "; "), .warning)
    }

    /// The outlet's name without its parenthetical ("Estadão (translated from …)" → "Estadão"),
    /// for the tabs and the disagreement line; the meta line shows it whole.
    static func shortOutlet(_ source: IncidentSource) -> String {
        guard let outlet = source.outlet, !outlet.isEmpty else { return source.file ?? "source" }
        if let open = outlet.firstIndex(of: "("), open > outlet.startIndex {
            return outlet[..<open].trimmingCharacters(in: .whitespaces)
        }
        return outlet
    }

    static func drawTabs(_ state: DetailContent, into grid: inout Grid, at y: Int, in inner: Rect) {
        var x = inner.x
        for (i, article) in state.sources.enumerated() {
            let name = shortOutlet(article.source)
            let date = article.source.published?.iso ?? ""
            let label = "[\(i + 1)] \(DisplayWidth.truncate(name, to: 28)) \(date)".trimmingCharacters(in: .whitespaces)
            x = grid.put(label, at: x, y: y, role: i == state.sourceIndex ? .tabActive : .tab, clip: inner)
            x = grid.put("  ", at: x, y: y, role: .text, clip: inner)
        }
    }

    /// How many wrapped lines the selected article has at this width.
    /// The line of the wrapped article on which the first search hit falls, if any.
    static func firstHitLine(_ state: DetailContent, width: Int) -> Int? {
        guard state.sources.indices.contains(state.sourceIndex), let body = state.sources[state.sourceIndex].body,
              let hit = SearchMatches.ranges(of: state.searchWords, in: body).first else { return nil }
        return ArticleWrap.lines(of: body, width: max(1, width), kept: state.wrap).firstIndex { $0.columns(for: hit) != nil }
    }

    static func articleLineCount(_ state: DetailContent, width: Int) -> Int {
        guard state.sources.indices.contains(state.sourceIndex), let body = state.sources[state.sourceIndex].body else { return 0 }
        return ArticleWrap.lines(of: body, width: max(1, width), kept: state.wrap).count
    }
}
