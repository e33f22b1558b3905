import Foundation

/// A one-line progress bar on standard error (only when it is a terminal): percentage, rows,
/// rows per second and the time left. Redrawn at most ten times a second; cleared at the end.
final class ProgressBar {
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    func update(done: Int, of total: Int, rows: Int) {
        guard enabled, total > 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let fraction = min(1, Double(done) / Double(total))
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Int(Double(rows) / elapsed) : 0
        let eta = fraction > 0 ? Int((elapsed / fraction - elapsed).rounded()) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(bar) \(Int(fraction * 100))%  \(rows) rows  \(rate) rows/s  ETA \(eta / 60):\(String(format: "%02d", eta % 60)) "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled, lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
