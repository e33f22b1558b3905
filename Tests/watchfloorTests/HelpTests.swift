import Foundation
import Testing

@Suite struct HelpTests {
    @Test func everyCommandHasHelpAndThereIsAVersion() throws {
        for command in [[], ["ingest"], ["export"], ["demo"], ["extract"]] {
            let result = try CommandRunner.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"))
        }
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func storeLocationFollowsFlagThenEnvironmentThenXDG() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let article = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path
        _ = try CommandRunner.run(["ingest", article], environment: ["XDG_DATA_HOME": dir + "/xdg"])
        #expect(FileManager.default.fileExists(atPath: dir + "/xdg/watchfloor/incidents.sqlite"))
        _ = try CommandRunner.run(["ingest", article], environment: ["XDG_DATA_HOME": dir + "/xdg2", "WATCHFLOOR_STORE": dir + "/env.sqlite"])
        #expect(FileManager.default.fileExists(atPath: dir + "/env.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/xdg2"))
        _ = try CommandRunner.run(["ingest", "--store", dir + "/flag.sqlite", article], environment: ["WATCHFLOOR_STORE": dir + "/env2.sqlite"])
        #expect(FileManager.default.fileExists(atPath: dir + "/flag.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/env2.sqlite"))
    }
}
