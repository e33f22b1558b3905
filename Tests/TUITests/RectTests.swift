import Testing
import TUI

@Suite struct RectTests {
    @Test func negativeSizesClampToZero() {
        let rect = Rect(x: 2, y: 3, width: -5, height: -1)
        #expect(rect.width == 0 && rect.height == 0)
        #expect(rect.isEmpty)
    }

    @Test func insetNeverGoesNegative() {
        let rect = Rect(x: 0, y: 0, width: 3, height: 2)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 1, height: 0))
        let over = rect.inset(by: 10)
        #expect(over.width == 0 && over.height == 0)
        #expect(over.x <= rect.maxX && over.y <= rect.maxY)
    }

    @Test func splitsByFixedSizesAreClamped() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 5)
        let (top, rest) = rect.splitTop(2)
        #expect(top == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(rest == Rect(x: 1, y: 3, width: 10, height: 3))
        let (all, nothing) = rect.splitTop(99)
        #expect(all == rect && nothing.height == 0)
        let (remaining, bottom) = rect.splitBottom(1)
        #expect(bottom == Rect(x: 1, y: 5, width: 10, height: 1))
        #expect(remaining.height == 4)
        let (left, right) = rect.splitLeft(-3)
        #expect(left.width == 0 && right == rect)
        let (body, sidebar) = rect.splitRight(4)
        #expect(sidebar == Rect(x: 7, y: 1, width: 4, height: 5))
        #expect(body.width == 6)
    }

    @Test func splitsByFractions() {
        let rect = Rect(x: 0, y: 0, width: 9, height: 10)
        #expect(rect.splitTop(fraction: 0.3).top.height == 3)
        #expect(rect.splitLeft(fraction: 1.7).left.width == 9)
        #expect(rect.splitLeft(fraction: -1).left.width == 0)
        #expect(rect.splitLeft(fraction: .nan).left.width == 0)
    }

    @Test func rowsAndColumnsShareWhatIsLeft() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 4)
        #expect(rect.rows([1, 2, 5]).map(\.height) == [1, 2, 1])
        #expect(rect.columns([4, 4, 4]).map(\.width) == [4, 4, 2])
        #expect(rect.columns([4, 4, 4]).map(\.x) == [0, 4, 8])
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 5, height: 5)
        #expect(a.intersection(Rect(x: 3, y: 3, width: 5, height: 5)) == Rect(x: 3, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
        #expect(a.contains(x: 4, y: 0) && !a.contains(x: 5, y: 0))
    }
}
