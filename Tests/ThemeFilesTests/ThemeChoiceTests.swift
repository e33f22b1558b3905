import Foundation
import Testing
import ThemeFiles

@Suite struct ThemeChoiceTests {
    @Test func flagThenNoColorThenConfigThenDefault() {
        let config = "nord"
        #expect(ThemeChoice.decide(flag: "amber", environment: ["NO_COLOR": "1"], configTheme: config) == ThemeChoice(reference: "amber", origin: .flag))
        #expect(ThemeChoice.decide(flag: nil, environment: ["NO_COLOR": "1"], configTheme: config) == ThemeChoice(reference: "mono", origin: .noColor))
        #expect(ThemeChoice.decide(flag: nil, environment: [:], configTheme: config) == ThemeChoice(reference: "nord", origin: .config))
        #expect(ThemeChoice.decide(flag: nil, environment: [:], configTheme: nil) == ThemeChoice(reference: "default", origin: .fallback))
    }

    @Test func aPaleBackgroundPicksLightOnlyWhenNothingElseDecides() {
        var asked = 0
        let pale = { () -> Bool in asked += 1; return true }
        #expect(ThemeChoice.decide(flag: nil, environment: [:], configTheme: nil, paleBackground: pale) == ThemeChoice(reference: "light", origin: .paleBackground))
        #expect(ThemeChoice.decide(flag: "nord", environment: [:], configTheme: nil, paleBackground: pale).reference == "nord")
        #expect(ThemeChoice.decide(flag: nil, environment: [:], configTheme: "amber", paleBackground: pale).reference == "amber")
        #expect(ThemeChoice.decide(flag: nil, environment: ["NO_COLOR": "1"], configTheme: nil, paleBackground: pale).reference == "mono")
        #expect(asked == 1, "the terminal is asked only when no flag, NO_COLOR or saved theme decides")
    }

    @Test func noColorMustBeNonEmptyAndTurnsColoursOff() {
        #expect(ThemeChoice.decide(flag: nil, environment: ["NO_COLOR": ""], configTheme: nil).reference == "default")
        #expect(ThemeChoice.decide(flag: nil, environment: ["NO_COLOR": "yes"], configTheme: nil).colorsOff)
        #expect(!ThemeChoice.decide(flag: "mono", environment: ["NO_COLOR": "yes"], configTheme: nil).colorsOff)
    }

    @Test func pathsAreToldFromNames() {
        #expect(ThemeChoice.isPath("./mine.theme"))
        #expect(ThemeChoice.isPath("mine.theme"))
        #expect(ThemeChoice.isPath("/etc/watchfloor/x"))
        #expect(!ThemeChoice.isPath("solarized-dark"))
    }

    @Test func searchPathOrderAndTheThemesFolderAboveTheExecutable() throws {
        let repo = try TestFiles.directory([:])
        try FileManager.default.createDirectory(atPath: repo + "/Themes", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repo + "/.build/x86_64/debug", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repo + "/config/watchfloor/themes", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repo + "/share/watchfloor/themes", withIntermediateDirectories: true)
        let path = ThemeSearchPath.standard(themesDir: "/tmp/flag-dir",
                                            environment: ["XDG_CONFIG_HOME": repo + "/config", "PREFIX": repo],
                                            executablePath: repo + "/.build/x86_64/debug/watchfloor")
        #expect(path.paths == ["/tmp/flag-dir", repo + "/config/watchfloor/themes", repo + "/Themes", repo + "/share/watchfloor/themes"])
        let home = ThemeSearchPath.standard(themesDir: nil, environment: ["HOME": repo + "/nohome"], executablePath: nil)
        #expect(home.paths.isEmpty, "directories that do not exist are left out")
        #expect(ThemeSearchPath.configDirectory(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "relative"]) == "/h/.config/watchfloor")
    }
}

@Suite struct UserConfigTests {
    func file(_ text: String?) throws -> String {
        let dir = try TestFiles.directory([:])
        if let text { try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/config")) }
        return dir + "/config"
    }

    func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func createsADocumentedFile() throws {
        let path = try file(nil)
        #expect(try UserConfig.set("theme", to: "nord", at: path))
        let text = try contents(path)
        #expect(text.hasPrefix("# Watchfloor settings"))
        #expect(text.hasSuffix("\ntheme = nord\n"))
        #expect(try UserConfig(path: path).value(for: "theme") == "nord")
    }

    @Test func changesOnlyTheValueOfItsOwnKey() throws {
        let original = "# my settings\r\nrefresh = 5   # seconds\n\n  theme\t=  amber   # at night\nstore=/data/x.sqlite\nnot a setting line"
        let path = try file(original)
        try UserConfig.set("theme", to: "nord", at: path)
        #expect(try contents(path) == original.replacingOccurrences(of: "=  amber   #", with: "=  nord   #"))
        #expect(try UserConfig.set("theme", to: "nord", at: path) == false, "an unchanged value leaves the file alone")
    }

    @Test func appendsTheKeyWhenMissing() throws {
        let path = try file("refresh = 5")
        try UserConfig.set("theme", to: "light", at: path)
        #expect(try contents(path) == "refresh = 5\ntheme = light\n")
    }

    @Test func refusesWhenTheKeyIsThereTwice() throws {
        let original = "theme = nord\ntheme = amber\n"
        let path = try file(original)
        #expect(throws: UserConfig.Problem.self) { try UserConfig.set("theme", to: "light", at: path) }
        #expect(try contents(path) == original)
        do {
            _ = try UserConfig(path: path).value(for: "theme")
            Issue.record("two theme lines must be reported")
        } catch {
            #expect(error.description.contains("lines 1 and 2"))
        }
    }

    @Test func followsASymlinkInsteadOfReplacingIt() throws {
        let path = try file(nil)
        let real = path + ".real"
        try Data("theme = mono\n".utf8).write(to: URL(fileURLWithPath: real))
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: real)
        try UserConfig.set("theme", to: "nord", at: path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == real)
        #expect(try contents(real) == "theme = nord\n")
    }

    @Test func aMalformedLineIsReportedWithItsLine() throws {
        let path = try file("theme = nord\n\njust words\n")
        do {
            _ = try UserConfig(path: path)
            Issue.record("must not read")
        } catch {
            #expect(error.description.contains("config:3:"))
        }
    }
}
