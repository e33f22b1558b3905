import CNcursesw
import TUI

/// Copies grids to the ncurses window: only the cells that changed since the last frame,
/// one `doupdate` per frame, nothing at all when the grid did not change.
struct ScreenWriter {
    let window: UnsafeMutablePointer<WINDOW>
    let supportsUnicode: Bool
    var plan = ColorPairPlan(theme: .mono, colorCount: 0, pairLimit: 0)
    private var lastGrid: Grid?
    private var lastScreen: Size?
    private var needsFullRepaint = true

    init(window: UnsafeMutablePointer<WINDOW>, supportsUnicode: Bool) {
        self.window = window
        self.supportsUnicode = supportsUnicode
    }

    /// The next draw rewrites every cell and repaints the physical screen from scratch.
    mutating func invalidate() {
        needsFullRepaint = true
    }

    mutating func draw(_ grid: Grid, screen: Size) {
        if !needsFullRepaint && screen == lastScreen && grid == lastGrid { return }

        let previous: Grid?
        if needsFullRepaint || screen != lastScreen || grid.size != lastGrid?.size {
            werase(window)
            previous = nil
        } else {
            previous = lastGrid
        }
        if needsFullRepaint { clearok(window, true) }

        let columns = min(grid.width, screen.width)
        for y in 0..<min(grid.height, screen.height) {
            for x in 0..<columns {
                guard let cell = grid.cell(x: x, y: y) else { continue }
                if let previous, previous.cell(x: x, y: y) == cell { continue }
                write(cell, x: x, y: y, fitsWide: x + 1 < columns)
            }
        }
        wnoutrefresh(window)
        doupdate()
        lastGrid = grid
        lastScreen = screen
        needsFullRepaint = false
    }

    private func write(_ cell: Cell, x: Int, y: Int, fitsWide: Bool) {
        let grapheme: String
        switch cell.content {
        case .continuation:
            if supportsUnicode { return }  // the wide grapheme to the left covers it
            grapheme = " "
        case .grapheme(let text):
            grapheme = text
        }
        let look = plan.look(for: cell.role)
        let attributes = TerminalAttributes.bits(for: look.attributes.union(cell.attributes))
        var character = cchar_t()
        let scalars = WideCharacters.scalars(for: grapheme, supportsUnicode: supportsUnicode, fitsWide: fitsWide)
        let status = scalars.withUnsafeBufferPointer { buffer in
            setcchar(&character, buffer.baseAddress, attributes, Int16(clamping: look.pair), nil)
        }
        if status != OK {
            WideCharacters.placeholder.withUnsafeBufferPointer { buffer in
                _ = setcchar(&character, buffer.baseAddress, attributes, Int16(clamping: look.pair), nil)
            }
        }
        // Writing the bottom-right cell reports ERR (the cursor cannot advance) but draws it.
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }
}
