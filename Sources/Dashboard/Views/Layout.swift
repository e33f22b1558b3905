import TUI

/// Where each pane goes for a terminal size. Degrades in steps: side by side at 120×32 and up,
/// stacked below that, without the chart when short, and a "too small" line below 40×12.
public struct Layout: Equatable, Sendable {
    public var header: Rect
    /// The store-fault banner under the header, when there is one.
    public var banner: Rect?
    public var table: Rect
    public var chart: Rect?
    public var detail: Rect
    public var hints: Rect
    /// Set when nothing else fits.
    public var tooSmall: Bool

    public static let minimum = Size(width: 40, height: 12)
    public static let full = Size(width: 120, height: 32)

    /// The layout for a state: the kiosk's header is three lines, a store fault adds a banner line.
    public static func compute(_ size: Size, for state: DashboardState) -> Layout {
        compute(size, headerLines: state.kiosk == nil ? 1 : 3, banner: state.fault != nil)
    }

    public static func compute(_ size: Size, headerLines: Int = 1, banner: Bool = false) -> Layout {
        let screen = Rect(size: size)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return Layout(header: .zero, banner: nil, table: .zero, chart: nil, detail: .zero, hints: .zero, tooSmall: true)
        }
        let (header, belowHeader) = screen.splitTop(size.height >= 20 ? headerLines : 1)
        var rest = belowHeader
        var bannerRect: Rect?
        if banner { (bannerRect, rest) = rest.splitTop(1) }
        let (body, hints) = rest.splitBottom(1)
        if size.width >= full.width && size.height >= full.height {
            let (top, detail) = body.splitTop(fraction: 0.55)
            let chartWidth = min(max(44, top.width * 2 / 5), 90)
            let (table, chart) = top.splitRight(chartWidth)
            return Layout(header: header, banner: bannerRect, table: table, chart: chart, detail: detail, hints: hints, tooSmall: false)
        }
        // Stacked with the chart when it gets the seven rows it needs and the detail pane keeps eight.
        let tableRows = body.height * 2 / 5, chartRows = max(MonthlyChart.minimumHeight, body.height / 4)
        if size.height >= 30, body.height - tableRows - chartRows >= 8 {
            let rows = body.rows([tableRows, chartRows, body.height - tableRows - chartRows])
            return Layout(header: header, banner: bannerRect, table: rows[0], chart: rows[1], detail: rows[2], hints: hints, tooSmall: false)
        }
        let (table, detail) = body.splitTop(fraction: 0.5)
        return Layout(header: header, banner: bannerRect, table: table, chart: nil, detail: detail, hints: hints, tooSmall: false)
    }

    /// Table rows that fit (inside the border, below the column headings).
    public var visibleTableRows: Int { max(0, table.height - 3) }
    /// Article lines that fit in the detail pane.
    public var visibleArticleLines: Int { max(1, detail.height - 2 - DetailPane.headerLines) }
}
