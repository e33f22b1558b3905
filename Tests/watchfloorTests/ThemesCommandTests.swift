import Foundation
import Testing

/// `watchfloor themes check` and `themes list`, run as a user would.
@Suite struct ThemesCommandTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path

    func isolated() throws -> [String: String] {
        ["XDG_CONFIG_HOME": try CommandRunner.temporaryDirectory(), "NO_COLOR": ""]
    }

    @Test func theShippedThemesPassAndOtherFilesAreSkippedWithANote() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.shipped).sorted().map { Self.shipped + "/" + $0 }
        #expect(files.contains(Self.shipped + "/README.md"))
        let result = try CommandRunner.run(["themes", "check"] + files, environment: try isolated())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("8 theme files checked: 8 ok, 0 with errors"))
        #expect(result.stderr.contains("README.md: skipped, not a .theme file"))
    }

    @Test func aBrokenFileGetsFileAndLineErrorsAndExitOne() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let broken = dir + "/broken.theme"
        try Data("""
            inherits = default
            [roles]
            iraq = #FF00
            irak = red
            syria = cyan blink
            """.utf8).write(to: URL(fileURLWithPath: broken))
        try Data("inherits = loop-b\n".utf8).write(to: URL(fileURLWithPath: dir + "/loop-a.theme"))
        try Data("# b\ninherits = loop-a\n".utf8).write(to: URL(fileURLWithPath: dir + "/loop-b.theme"))
        let result = try CommandRunner.run(["themes", "check", broken, dir + "/loop-a.theme", Self.shipped + "/nord.theme"], environment: try isolated())
        #expect(result.status == 1)
        let errors = result.stderrLines.filter { $0.hasPrefix("watchfloor: error:") }
        #expect(errors.contains { $0.contains("broken.theme:3:") && $0.contains("#FF00") })
        #expect(errors.contains { $0.contains("broken.theme:4:") && $0.contains("unknown role `irak`") })
        #expect(errors.contains { $0.contains("broken.theme:5:") && $0.contains("unknown attribute `blink`") })
        #expect(errors.contains { $0.contains("loop-a.theme:1:") && $0.contains("inheritance cycle: loop-a → loop-b → loop-a") })
        #expect(errors.count == 4, "\(result.stderr)")
        #expect(result.stdout.contains("nord.theme: ok"))
        #expect(result.stdout.contains("3 theme files checked: 1 ok, 2 with errors"))
    }

    @Test func withoutArgumentsEveryThemeOnTheSearchPathIsChecked() throws {
        let env = try isolated()
        let userThemes = env["XDG_CONFIG_HOME"]! + "/watchfloor/themes"
        try FileManager.default.createDirectory(atPath: userThemes, withIntermediateDirectories: true)
        try Data("[roles]\niraq = reddish\n".utf8).write(to: URL(fileURLWithPath: userThemes + "/mine.theme"))
        let result = try CommandRunner.run(["themes", "check"], environment: env)
        #expect(result.status == 1)
        #expect(result.stderr.contains("mine.theme:2: iraq: unknown colour `reddish`"))
        #expect(result.stdout.contains("9 theme files checked: 8 ok, 1 with errors"))
    }

    @Test func listShowsNamesAndPathsFoundBesideTheExecutable() throws {
        let result = try CommandRunner.run(["themes", "list"], environment: try isolated())
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) ?? "" } ==
                ["amber", "colorblind", "default", "high-contrast", "light", "mono", "nord", "solarized-dark"])
        #expect(lines.allSatisfy { $0.contains(Self.shipped + "/") })
        #expect(!result.stdout.contains("\u{1B}["), "no escapes when standard output is not a terminal")
    }

    @Test func themesDirComesFirstAndUnknownThemesAreRefused() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try Data("description = mine\n[roles]\niraq = red\n".utf8).write(to: URL(fileURLWithPath: dir + "/nord.theme"))
        let list = try CommandRunner.run(["themes", "list", "--themes-dir", dir], environment: try isolated())
        #expect(list.stdout.contains("nord            \(dir)/nord.theme  · mine"))
        #expect(list.stdout.contains("hides \(Self.shipped)/nord.theme"))
        let store = dir + "/s.sqlite"
        _ = try CommandRunner.run(["demo", "--build-only", "--store", store])
        let unknown = try CommandRunner.run(["render", "--store", store, "--theme", "neon"], environment: try isolated())
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no theme called `neon`"))
        let missingDir = try CommandRunner.run(["themes", "list", "--themes-dir", dir + "/nope"], environment: try isolated())
        #expect(missingDir.status == 1)
        #expect(missingDir.stderr.contains("--themes-dir \(dir)/nope: no such directory"))
        let byPath = try CommandRunner.run(["render", "--store", store, "--theme", dir + "/nord.theme"], environment: try isolated())
        #expect(byPath.status == 0, "\(byPath.stderr)")
    }
}
