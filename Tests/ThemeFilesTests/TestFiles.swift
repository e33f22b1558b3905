import Foundation

/// Temporary theme directories for tests, and the repository's shipped `Themes/`.
enum TestFiles {
    static let shippedThemes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path

    static let shippedNames = ["amber", "colorblind", "default", "high-contrast", "light", "mono", "nord", "solarized-dark"]

    /// A fresh directory holding the given files (name → contents).
    static func directory(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "watchfloor-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        }
        return path
    }
}
