import Testing
import TUI

@Suite struct GridTests {
    @Test func newGridIsBlank() {
        let grid = Grid(width: 3, height: 2)
        #expect(grid.lines() == ["   ", "   "])
        #expect(grid.lines(trimmingTrailingSpaces: true) == ["", ""])
        #expect(grid.role(x: 0, y: 0) == .text)
        #expect(grid.role(x: 3, y: 0) == nil)
    }

    @Test func putWritesTextAndRole() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.put("abc", at: 1, y: 0, role: .title)
        #expect(end == 4)
        #expect(grid.lines() == [" abc  "])
        #expect(grid.role(x: 1, y: 0) == .title)
        #expect(grid.role(x: 4, y: 0) == .text)
    }

    @Test func putIsClippedToTheGrid() {
        var grid = Grid(width: 4, height: 2)
        grid.put("abcdefgh", at: 2, y: 0)
        grid.put("xyz", at: -2, y: 1)
        grid.put("never", at: 0, y: 2)
        grid.put("never", at: 0, y: -1)
        grid.put("never", at: 4, y: 0)
        #expect(grid.lines() == ["  ab", "z   "])
    }

    @Test func putRespectsMaxWidthAndClip() {
        var grid = Grid(width: 8, height: 3)
        grid.put("abcdef", at: 1, y: 0, maxWidth: 3)
        grid.put("abcdef", at: 0, y: 1, clip: Rect(x: 2, y: 1, width: 3, height: 1))
        grid.put("abcdef", at: 0, y: 2, clip: Rect(x: 0, y: 0, width: 8, height: 2))
        grid.put("abcdef", at: 0, y: 0, maxWidth: -1)
        #expect(grid.lines() == [" abc    ", "  cde   ", "        "])
    }

    @Test func wideCharactersTakeTwoCellsAndBecomeSpacesWhenCut() {
        var grid = Grid(width: 5, height: 3)
        grid.put("中文", at: 0, y: 0)
        grid.put("中文", at: 2, y: 1)   // second character does not fit
        grid.put("中文", at: -1, y: 2)  // first character straddles the left edge
        #expect(grid.lines() == ["中文 ", "  中 ", " 文  "])
        #expect(grid.cell(x: 1, y: 0)?.isContinuation == true)
        #expect(grid.cell(x: 4, y: 1) == .blank())
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(width: 4, height: 2)
        grid.put("中中", at: 0, y: 0)
        grid.put("x", at: 1, y: 0)  // right half of the first
        #expect(grid.lines() == [" x中", "    "])
        grid.put("y", at: 2, y: 0)  // left half of the second
        #expect(grid.lines() == [" xy ", "    "])
        #expect(grid.cell(x: 3, y: 0)?.isContinuation == false)

        grid.put("ab", at: 0, y: 1)
        grid.put("文", at: 1, y: 1)
        #expect(grid.lines()[1] == "a文 ")
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = Grid(width: 12, height: 1)
        grid.put("a\u{1B}[2Jb\u{07}c\td", at: 0, y: 0)
        #expect(grid.lines() == ["ab?c d      "])
        for x in 0..<12 {
            let text = grid.cell(x: x, y: 0)?.text ?? ""
            #expect(!text.unicodeScalars.contains(where: DisplayWidth.isControl))
        }
    }

    @Test func zeroWidthGraphemesAreDroppedCombiningMarksKept() {
        var grid = Grid(width: 4, height: 1)
        grid.put("\u{200B}e\u{301}x", at: 0, y: 0)
        #expect(grid.lines() == ["e\u{301}x  "])
    }

    @Test func everyRowHasTheGridsDisplayWidth() {
        var grid = Grid(width: 7, height: 4)
        grid.put("🙂🙂🙂🙂", at: 0, y: 0)
        grid.put("a中b文c", at: 1, y: 1)
        grid.put("👨‍👩‍👧 family", at: 3, y: 2)
        grid.put("🇮🇶🇸🇾", at: -1, y: 3)
        for line in grid.lines() {
            #expect(DisplayWidth.of(line) == 7, "\(line)")
        }
    }

    @Test func fillAndSetRole() {
        var grid = Grid(width: 4, height: 3)
        grid.fill(Rect(x: 1, y: 1, width: 10, height: 10), role: .header, with: "#")
        #expect(grid.lines() == ["    ", " ###", " ###"])
        #expect(grid.role(x: 3, y: 2) == .header)
        grid.setRole(.selection, in: Rect(x: 0, y: 1, width: 4, height: 1))
        #expect(grid.lines()[1] == " ###")
        #expect(grid.role(x: 0, y: 1) == .selection)
        #expect(grid.role(x: 0, y: 2) == .text)
        grid.fill(Rect(x: 0, y: 0, width: 2, height: 1), with: "\u{1B}")
        #expect(grid.lines()[0] == "    ")
    }

    @Test func canvasUsesLocalCoordinatesAndClips() {
        var grid = Grid(width: 8, height: 3)
        grid.withCanvas(Rect(x: 2, y: 1, width: 4, height: 2)) { canvas in
            #expect(canvas.width == 4)
            canvas.put("hello world", at: 0, y: 0, role: .title)
            canvas.put("xy", at: -1, y: 1)
            canvas.put("outside", at: 0, y: 2)
            canvas.withCanvas(Rect(x: 3, y: 1, width: 5, height: 5)) { inner in
                inner.put("QQ", at: 0, y: 0)
            }
        }
        #expect(grid.lines() == ["        ", "  hell  ", "  y  Q  "])
        #expect(grid.role(x: 2, y: 1) == .title)
    }
}
