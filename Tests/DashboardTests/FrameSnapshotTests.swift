import Dashboard
import Foundation
import IncidentCore
import Testing
import TUI

/// Whole frames of the dashboard, rendered into a grid from a store built from the five seed
/// articles, compared with the text files in `Snapshots/`. Each snapshot was read by eye when it
/// was recorded; to record them again after a deliberate change to the screen, run
/// `WATCHFLOOR_RECORD_SNAPSHOTS=1 swift test --filter FrameSnapshotTests` and read the diff.
@Suite struct FrameSnapshotTests {
    static let sizes = [Size(width: 160, height: 48), Size(width: 120, height: 40), Size(width: 80, height: 24),
                        Size(width: 40, height: 12), Size(width: 20, height: 6)]

    static let snapshotDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    @Test(arguments: sizes) func seedStoreFrame(size: Size) throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: size)
        try model.reload()
        let frame = model.render(now: fixedNow).lines(trimmingTrailingSpaces: true).joined(separator: "\n") + "\n"
        try Self.compare(frame, name: "seeds-\(size.width)x\(size.height)")
    }

    @Test func seedStoreFrameOnTheSecondSourceOfTheMergedIncident() throws {
        let source = try TestStoreSource(.seedArticles)
        let model = DashboardModel(source: source, size: Size(width: 120, height: 40))
        try model.reload()
        // The 2024-01-20 Ain al-Asad attack is reported by two articles; select it, then its second tab.
        while model.state.selectedRow?.date.exported != "2024-01-20" {
            let before = model.state.selectedIndex
            _ = try model.handle(.character("j"))
            try #require(model.state.selectedIndex != before, "the merged incident is in the table")
        }
        _ = try model.handle(.character("]"))
        let frame = model.render(now: fixedNow).lines(trimmingTrailingSpaces: true).joined(separator: "\n") + "\n"
        try Self.compare(frame, name: "seeds-120x40-merged-second-source")
    }

    static func compare(_ frame: String, name: String) throws {
        let file = snapshotDirectory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["WATCHFLOOR_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
            try frame.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if frame != expected {
            let got = frame.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            Issue.record("""
                frame \(name) differs from Snapshots/\(name).txt at line \(firstDifference + 1)
                want: \(firstDifference < want.count ? String(want[firstDifference]) : "<end>")
                got:  \(firstDifference < got.count ? String(got[firstDifference]) : "<end>")
                (re-record with WATCHFLOOR_RECORD_SNAPSHOTS=1 after reading the new frame)
                """)
        }
    }
}
