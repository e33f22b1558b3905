import Testing
import TUI

@Suite struct BoxTests {
    @Test func drawsBorderWithTitle() {
        var grid = Grid(width: 12, height: 4)
        let inner = Box(title: "Incidents").draw(into: &grid, in: grid.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(grid.lines() == [
            "┌─ Incid… ─┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(grid.role(x: 0, y: 0) == .border)
        #expect(grid.role(x: 3, y: 0) == .title)
    }

    @Test func asciiGlyphs() {
        var grid = Grid(width: 10, height: 3)
        Box(title: "Map", glyphs: .ascii).draw(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["+- Map --+", "|        |", "+--------+"])
    }

    @Test func tooSmallDrawsNothing() {
        var grid = Grid(width: 3, height: 3)
        let inner = Box(title: "x").draw(into: &grid, in: Rect(x: 0, y: 0, width: 1, height: 3))
        #expect(inner.isEmpty)
        #expect(grid.lines(trimmingTrailingSpaces: true) == ["", "", ""])
    }

    @Test func staysInsideItsRect() {
        var grid = Grid(width: 6, height: 4)
        Box(title: "T").draw(into: &grid, in: Rect(x: 3, y: 2, width: 10, height: 10))
        #expect(grid.lines() == ["      ", "      ", "   ┌─ ", "   │  "])
    }
}

@Suite struct TextLineTests {
    @Test func leftAndRightAlignment() {
        var grid = Grid(width: 20, height: 1)
        TextLine(left: "Watchfloor", right: "12:00Z", role: .header).draw(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["Watchfloor    12:00Z"])
        #expect(grid.role(x: 12, y: 0) == .header)
    }

    @Test func leftIsCutWhenTheyCollide() {
        var grid = Grid(width: 12, height: 1)
        TextLine(left: "Watchfloor dashboard", right: "12:00Z").draw(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["Watc… 12:00Z"])
    }

    @Test func rightAloneIsCutToo() {
        var grid = Grid(width: 4, height: 1)
        TextLine(left: "a", right: "123456", rightRole: .dim).draw(into: &grid, in: grid.bounds)
        #expect(grid.lines() == ["123…"])
        #expect(grid.role(x: 0, y: 0) == .dim)
    }
}

@Suite struct BarColumnTests {
    @Test func splitsIntoFullCellsAndEighths() {
        let bar = BarColumn(value: 5, maximum: 10, height: 3)  // 12 eighths
        #expect(bar.fullCells == 1 && bar.remainderEighths == 4)
        #expect(bar.rowsUsed == 2)
        #expect(BarColumn(value: 10, maximum: 10, height: 3) == BarColumn(value: 99, maximum: 10, height: 3))
        #expect(BarColumn(value: 10, maximum: 10, height: 3).fullCells == 3)
    }

    @Test func smallPositiveValuesStayVisibleZeroAndBadValuesDoNot() {
        #expect(BarColumn(value: 0.001, maximum: 1000, height: 4).remainderEighths == 1)
        #expect(BarColumn(value: 0, maximum: 10, height: 4).rowsUsed == 0)
        #expect(BarColumn(value: -3, maximum: 10, height: 4).rowsUsed == 0)
        #expect(BarColumn(value: .nan, maximum: 10, height: 4).rowsUsed == 0)
        #expect(BarColumn(value: 3, maximum: 0, height: 4).rowsUsed == 0)
        #expect(BarColumn(value: 3, maximum: 10, height: 0).rowsUsed == 0)
    }

    @Test func drawsBottomUp() {
        var grid = Grid(width: 2, height: 3)
        BarColumn(value: 12, maximum: 16, height: 2).draw(into: &grid, in: Rect(x: 0, y: 1, width: 2, height: 2), x: 1, role: .iraq, glyphs: .unicode)
        #expect(grid.lines() == ["  ", " ▄", " █"])
        #expect(grid.role(x: 1, y: 2) == .iraq)
        var ascii = Grid(width: 1, height: 2)
        BarColumn(value: 11, maximum: 16, height: 2).draw(into: &ascii, in: ascii.bounds, x: 0, role: .syria, glyphs: .ascii)
        #expect(ascii.lines() == [".", "#"])
    }
}
