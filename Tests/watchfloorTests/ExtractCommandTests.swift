import Foundation
import Testing

/// `watchfloor extract FILE`: prints each field with how it was found and its evidence, stores nothing.
@Suite struct ExtractCommandTests {
    @Test func printsFieldsWithEvidenceAndStoresNothing() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let file = dir + "/wire.txt"
        try Data("""
            Drone attack on US base

            BAGHDAD, Jan 29 (Reuters) - A drone struck the Ain al-Asad air base early on Monday, injuring two U.S. \
            service members, a U.S. defense official said. The Islamic Resistance in Iraq claimed responsibility.
            """.utf8).write(to: URL(fileURLWithPath: file))
        let result = try CommandRunner.run(["extract", "--published", "2024-01-29", file],
                                           environment: ["XDG_DATA_HOME": dir + "/xdg"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  date") && $0.contains("2024-01-29") && $0.contains("«early on Monday»") })
        #expect(lines.contains { $0.hasPrefix("  location") && $0.contains("Ain al-Asad Air Base") && $0.contains("explicit") })
        #expect(lines.contains { $0.hasPrefix("  us_injured") && $0.contains("2") && $0.contains("«injuring two U.S. service members»") })
        #expect(lines.contains { $0.hasPrefix("  claimed_by") && $0.contains("Islamic Resistance in Iraq") })
        #expect(lines.contains { $0.hasPrefix("  confirmation") && $0.contains("confirmed") })
        #expect(result.stdout.contains("Nothing was stored."))
        #expect(!FileManager.default.fileExists(atPath: dir + "/xdg/watchfloor"), "extract never creates a store")
    }

    @Test func anUnreadableFileIsOneErrorLine() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["extract", dir + "/missing.txt"])
        #expect(result.status == 1)
        #expect(result.stderrLines.filter { $0.hasPrefix("watchfloor: error:") }.count == 1)
        #expect(result.stderr.contains("missing.txt"))
    }
}
