import Foundation
import IncidentCore
import TUI

/// Renders a whole frame from the state: header, table, chart, detail pane, hint bar, prompt and
/// help overlay. Pure: the same state, size and clock give the same grid.
public enum DashboardView {
    public static func render(_ state: DashboardState, size: Size, now: Date, unicode: Bool = true, keymap: Keymap = .standard) -> Grid {
        var grid = Grid(size: size)
        let glyphs = Glyphs.forTerminal(supportsUnicode: unicode)
        let layout = Layout.compute(size, for: state)
        if layout.tooSmall {
            let need = "terminal too small: need \(Layout.minimum.width)×\(Layout.minimum.height), have \(size.width)×\(size.height)"
            for (row, line) in WordWrap.wrap(need, width: max(1, size.width)).prefix(size.height).enumerated() {
                grid.put(line.text, at: 0, y: row, role: .warning)
            }
            return grid
        }
        drawHeaderOnly(state, into: &grid, now: now, layout: layout)
        if let banner = layout.banner { drawBanner(state, into: &grid, in: banner) }
        if state.totalCount == 0 && state.filter.isEmpty {
            drawEmptyStore(state, into: &grid, in: Rect(x: 0, y: 1, width: size.width, height: size.height - 2), glyphs: glyphs)
        } else {
            let window = state.newWindow(now: now)
            IncidentTable.draw(state, into: &grid, in: layout.table, glyphs: glyphs, focused: state.focus == .table,
                               newSince: window.since, newUntil: window.until)
            if let chart = layout.chart {
                if state.chartMode == .coverage {
                    CoverageChart.draw(state, into: &grid, in: chart, glyphs: glyphs, unicode: unicode)
                } else {
                    MonthlyChart.draw(state, into: &grid, in: chart, glyphs: glyphs, unicode: unicode)
                }
            }
            DetailPane.draw(.of(state), into: &grid, in: layout.detail, glyphs: glyphs, focused: state.focus == .detail)
        }
        drawBottomLine(state, into: &grid, in: layout.hints, keymap: keymap)
        if state.showHelp, state.kiosk == nil { drawHelp(into: &grid, size: size, glyphs: glyphs, keymap: keymap) }
        return grid
    }

    /// The header alone (the kiosk's three lines or the one-line header), over what was there.
    public static func drawHeaderOnly(_ state: DashboardState, into grid: inout Grid, now: Date, layout: Layout? = nil) {
        let layout = layout ?? Layout.compute(grid.size, for: state)
        guard !layout.tooSmall else { return }
        if state.kiosk != nil, layout.header.height > 1 {
            KioskHeader.draw(state, into: &grid, in: layout.header, now: now)
        } else {
            drawHeader(state, into: &grid, in: layout.header, now: now)
        }
    }

    static func drawHeader(_ state: DashboardState, into grid: inout Grid, in rect: Rect, now: Date) {
        grid.fill(rect, role: .header)
        let nowSeconds = Int(now.timeIntervalSince1970)
        let clock = Ingester.timestamp(now)
        let matched = state.countPending ? "counting…" : Formatting.thousands(state.matchCount)
        var facts = "\(state.storeName) │ \(matched) / \(Formatting.thousands(state.totalCount)) incidents"
        if !state.filter.isEmpty { facts += " │ filter: \(state.filter.source)" }
        facts += " │ sort: \(state.sort.column.rawValue) \(state.sort.descending ? "↓" : "↑")"
        // The right side in its long form, then shorter forms while it does not fit; the product
        // name is the first thing to give up its room.
        func right(longChanged: Bool) -> String {
            var text = ""
            if state.arrivedRecently > 0 {
                text += "\(Formatting.thousands(state.arrivedRecently)) new in \(Formatting.duration(seconds: state.newForSeconds)) │ "
            }
            if let changed = state.lastChanged, let seconds = Formatting.epochSeconds(changed) {
                let ago = Formatting.ago(seconds: nowSeconds - seconds)
                text += longChanged ? "changed \(changed.prefix(10)) \(changed.dropFirst(11).prefix(5)) (\(ago)) │ " : "changed \(ago) │ "
            }
            return text + "\(clock.dropFirst(11).prefix(state.clockShowsSeconds ? 8 : 5)) UTC "
        }
        let named = " Watchfloor │ " + facts
        let candidates = [(named, right(longChanged: true)), (named, right(longChanged: false)), (" " + facts, right(longChanged: false))]
        let (left, right) = candidates.first { DisplayWidth.of($0.0) + DisplayWidth.of($0.1) < rect.width } ?? candidates[2]
        TextLine(left: left, right: right, role: .header, rightRole: .headerAccent).draw(into: &grid, in: rect)
    }

    /// "STORE UNAVAILABLE: file moved or deleted — showing data as of 14:02 UTC".
    static func drawBanner(_ state: DashboardState, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, role: .banner)
        var text = " STORE UNAVAILABLE: \(state.fault ?? "unknown problem")"
        if let asOf = state.dataAsOf { text += " — showing data as of \(Ingester.timestamp(asOf).dropFirst(11).prefix(5)) UTC" }
        text += " — retrying"
        grid.put(text, at: rect.x, y: rect.y, role: .banner, clip: rect)
    }

    static func drawBottomLine(_ state: DashboardState, into grid: inout Grid, in rect: Rect, keymap: Keymap) {
        grid.fill(rect, role: .hint)
        switch state.prompt {
        case .search(let text)?:
            grid.put("/" + text + "▏", at: rect.x, y: rect.y, role: .text, clip: rect)
            return
        case .filter(let text)?:
            grid.put("filter: " + text + "▏", at: rect.x, y: rect.y, role: .text, clip: rect)
            return
        case nil: break
        }
        if let message = state.message {
            grid.put(message, at: rect.x, y: rect.y, role: .warning, clip: rect)
            return
        }
        if let kiosk = state.kiosk {
            let x = grid.put(kiosk.locked ? " locked" : " q", at: rect.x, y: rect.y, role: .hintKey, clip: rect)
            grid.put(kiosk.locked ? " read-only watch screen " : " quit  · read-only watch screen ", at: x, y: rect.y, role: .hint, clip: rect)
            return
        }
        var x = rect.x
        for hint in keymap.hints {
            x = grid.put(" " + hint.keys, at: x, y: rect.y, role: .hintKey, clip: rect)
            x = grid.put(" " + hint.label + " ", at: x, y: rect.y, role: .hint, clip: rect)
        }
    }

    static func drawEmptyStore(_ state: DashboardState, into grid: inout Grid, in rect: Rect, glyphs: Glyphs) {
        let inner = Box(title: "No incidents yet", glyphs: glyphs).draw(into: &grid, in: rect)
        let lines = [
            "The store \(state.storeName) holds no incidents yet.",
            "",
            "Ingest news articles (text files, .json or .ndjson) from another terminal:",
            "    watchfloor ingest --store PATH articles/",
            "They appear here by themselves within a second.",
            "",
            "Or open the demo store built from the bundled reference data and sample articles:",
            "    watchfloor demo",
            "",
            "Press q to quit.",
        ]
        for (i, line) in lines.enumerated() {
            grid.put(line, at: inner.x + 2, y: inner.y + 1 + i, role: line.hasPrefix("    ") ? .highlight : .text, clip: inner)
        }
    }

    static func drawHelp(into grid: inout Grid, size: Size, glyphs: Glyphs, keymap: Keymap) {
        var lines = keymap.bindings.map { binding in
            (binding.keys.map(\.name).joined(separator: " "), binding.help)
        }
        lines.append(("1–9", "show that source article"))
        lines.append(("click", "select a row; a heading sorts; wheel scrolls"))
        let keyWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        let width = min(size.width - 2, max(50, keyWidth + 3 + (lines.map { DisplayWidth.of($0.1) }.max() ?? 0) + 4))
        let height = min(size.height - 2, lines.count + 4)
        let rect = Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
        grid.fill(rect, role: .text)
        let inner = Box(title: "Keys (any key closes)", glyphs: glyphs, borderRole: .title).draw(into: &grid, in: rect)
        for (i, line) in lines.enumerated() where i < inner.height - 1 {
            grid.put(DisplayWidth.pad(line.0, to: keyWidth), at: inner.x + 1, y: inner.y + 1 + i, role: .hintKey, clip: inner)
            grid.put(line.1, at: inner.x + keyWidth + 3, y: inner.y + 1 + i, role: .text, clip: inner)
        }
    }
}
