import Foundation
@testable import IncidentCore

/// A fresh directory under the system temp folder, for one test's store files.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "watchfloor-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The seed fixtures copied into the test target (tests never read ../shared).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")
    static var articles: String { root.appendingPathComponent("articles").path }
    static var originals: String { root.appendingPathComponent("original").path }
    static var expectedJSON: URL { root.appendingPathComponent("expected.json") }

    static func articleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: articles).filter { $0.hasSuffix(".txt") }.sorted()
            .map { articles + "/" + $0 }
    }
}

/// A report with the fields tests usually set.
func attackReport(_ date: String, at site: String = "Ain al-Asad Air Base", country: String = "Iraq",
                  kind: IncidentKind = .attack, injured: Figure = .unknown) -> ExtractedIncident {
    ExtractedIncident(kind: kind, date: IncidentDate(day: CalendarDay(iso: date), precision: .day),
                      country: country, location: site, usInjured: injured, summary: "Attack on \(site).")
}
