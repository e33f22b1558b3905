import TUI

/// Where each pane goes for a terminal size. Degrades in steps: side by side at 120×32 and up,
/// stacked below that, without the chart when short, and a "too small" line below 40×12.
public struct Layout: Equatable, Sendable {
    public var header: Rect
    public var table: Rect
    public var chart: Rect?
    public var detail: Rect
    public var hints: Rect
    /// Set when nothing else fits.
    public var tooSmall: Bool

    public static let minimum = Size(width: 40, height: 12)
    public static let full = Size(width: 120, height: 32)

    public static func compute(_ size: Size) -> Layout {
        let screen = Rect(size: size)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return Layout(header: .zero, table: .zero, chart: nil, detail: .zero, hints: .zero, tooSmall: true)
        }
        let (header, rest) = screen.splitTop(1)
        let (body, hints) = rest.splitBottom(1)
        if size.width >= full.width && size.height >= full.height {
            let (top, detail) = body.splitTop(fraction: 0.55)
            let chartWidth = min(max(44, top.width * 2 / 5), 90)
            let (table, chart) = top.splitRight(chartWidth)
            return Layout(header: header, table: table, chart: chart, detail: detail, hints: hints, tooSmall: false)
        }
        if size.height >= 30 {
            let rows = body.rows([body.height * 2 / 5, body.height / 4, body.height - body.height * 2 / 5 - body.height / 4])
            return Layout(header: header, table: rows[0], chart: rows[1], detail: rows[2], hints: hints, tooSmall: false)
        }
        let (table, detail) = body.splitTop(fraction: 0.5)
        return Layout(header: header, table: table, chart: nil, detail: detail, hints: hints, tooSmall: false)
    }

    /// Table rows that fit (inside the border, below the column headings).
    public var visibleTableRows: Int { max(0, table.height - 3) }
    /// Article lines that fit in the detail pane.
    public var visibleArticleLines: Int { max(1, detail.height - 2 - DetailPane.headerLines) }
}
