import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// The dashboard at terminal sizes from 1×1 to 500×200, with a hostile article selected:
/// each frame has exactly the terminal's size, every row exactly its width, and nothing a
/// terminal would act on.
@Suite struct TerminalSizeTests {
    static let hostileArticle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("IncidentCoreTests/Fixtures/hostile/hostile-article.txt").path

    func hostileModel() throws -> DashboardModel {
        let source = try TestStoreSource()
        let report = try Ingester(store: source.store).ingest(path: Self.hostileArticle)
        let id = try #require(report.newIncidents.first)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 32))
        try model.reload()
        try model.select(id: id)
        return model
    }

    func check(_ model: DashboardModel, width: Int, height: Int, unicode: Bool = true,
               sourceLocation: SourceLocation = #_sourceLocation) {
        model.size = Size(width: width, height: height)
        let frame = model.render(now: fixedNow, unicode: unicode)
        #expect(frame.width == width && frame.height == height, "frame \(frame.width)×\(frame.height) at \(width)×\(height)", sourceLocation: sourceLocation)
        let lines = frame.lines()
        #expect(lines.count == height, sourceLocation: sourceLocation)
        for (row, line) in lines.enumerated() {
            if DisplayWidth.of(line) != width {
                Issue.record("row \(row) is \(DisplayWidth.of(line)) columns at \(width)×\(height)", sourceLocation: sourceLocation)
                return
            }
            if line.unicodeScalars.contains(where: { DisplayWidth.isControl($0) || (0x202A...0x202E).contains($0.value) }) {
                Issue.record("row \(row) holds a control character at \(width)×\(height)", sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// Every width from 1 to 500 and every height from 1 to 200 occurs, each paired with a
    /// spread of the other dimension (every size of the 500×200 square would take an hour).
    @Test func everyWidthAndEveryHeight() throws {
        let model = try hostileModel()
        for width in 1...500 { check(model, width: width, height: 1 + (width * 37) % 200) }
        for height in 1...200 { check(model, width: 1 + (height * 101) % 500, height: height) }
        for width in [1, 2, 3, 80, 499, 500] { for height in [1, 2, 3, 24, 199, 200] { check(model, width: width, height: height) } }
    }

    @Test func aSpreadOfSizesWithTheArticlePaneFocusedAndScrolled() throws {
        let model = try hostileModel()
        _ = try model.handle(.tab)
        for _ in 0..<40 { _ = try model.handle(.pageDown) }
        var rng = SeededSizes(seed: 7)
        for _ in 0..<300 {
            let (width, height) = rng.next()
            check(model, width: width, height: height)
        }
        for (width, height) in [(1, 1), (500, 200), (1, 200), (500, 1)] {
            check(model, width: width, height: height)
            check(model, width: width, height: height, unicode: false)
        }
    }

    @Test func asciiGlyphsForANonUTF8Terminal() throws {
        let model = try hostileModel()
        for (width, height) in [(120, 32), (80, 24), (200, 60)] {
            check(model, width: width, height: height, unicode: false)
            model.size = Size(width: width, height: height)
            let text = model.render(now: fixedNow, unicode: false).lines().joined()
            for glyph in ["─", "│", "┌", "┐", "└", "┘", "█", "▓", "░", "▼", "▲", "●", "…"] {
                #expect(!text.contains(glyph), "no \(glyph) in ASCII mode at \(width)×\(height)")
            }
            #expect(text.contains("+-") && text.contains("|"))
            let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "only ASCII in a non-UTF-8 terminal")
        }
    }
}

/// Sizes spread over 1...500 × 1...200 from a fixed seed.
struct SeededSizes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> (Int, Int) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let a = Int(state >> 33)
        return (1 + a % 500, 1 + (a / 500) % 200)
    }
}
