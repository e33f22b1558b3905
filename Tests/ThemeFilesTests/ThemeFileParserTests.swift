import Testing
import ThemeFiles
import TUI

@Suite struct ThemeFileParserTests {
    let nord = """
        # nord.theme
        inherits = default
        description = Nord colours   # a comment after a value

        [palette]
        frost = #88C0D0 110 cyan
        night = #3B4252 238 black
        [roles]
        header = night on frost bold
        iraq   = frost
        syria  = #EBCB8B 222 yellow
        selection-inactive = on night underline
        """

    @Test func readsSettingsPaletteAndRolesWithTheirLines() {
        let file = ThemeFileParser.parse(nord, path: "t/nord.theme")
        #expect(file.errors.isEmpty)
        #expect(file.name == "nord")
        #expect(file.inherits == ThemeFile.Inheritance(parent: "default", line: 2))
        #expect(file.description == "Nord colours")
        #expect(file.palette.map(\.name) == ["frost", "night"])
        #expect(file.palette[0].words == ["#88C0D0", "110", "cyan"])
        #expect(file.roles.map(\.name) == ["header", "iraq", "syria", "selection-inactive"])
        #expect(file.roles.map(\.line) == [9, 10, 11, 12])
    }

    @Test func aFileSavedWithWindowsLineEndingsReadsTheSame() {
        // Found by fuzzing: "\r\n" is one Character, so the file used to read as a single line.
        let file = ThemeFileParser.parse(nord.replacingOccurrences(of: "\n", with: "\r\n"), path: "t/nord.theme")
        #expect(file.errors.isEmpty)
        #expect(file.roles.map(\.name) == ["header", "iraq", "syria", "selection-inactive"])
        #expect(file.roles.map(\.line) == [9, 10, 11, 12])
    }

    @Test func anErrorIsOneLineWhateverTheFileHolds() {
        let file = ThemeFileParser.parse("[roles]\ntext = pa\u{0}per\u{1b}[2J\n", path: "t/odd.theme")
        let shown = ThemeFileError(file: "t/odd.theme", line: 2, kind: .badColour, message: "unknown colour `pa\u{0}per\u{1b}[2J`").description
        #expect(!shown.contains("\u{0}") && !shown.contains("\u{1b}") && !shown.contains("\n"))
        #expect(file.roles.map(\.line) == [2])
    }

    @Test func loadsIntoStylesWithBestFirstColours() throws {
        let dir = try TestFiles.directory(["nord.theme": nord])
        let theme = try ThemeLoader(searchPath: []).load(path: dir + "/nord.theme").theme
        let frost = TerminalColor.alternatives([.rgb(0x88, 0xC0, 0xD0), .index(110), .cyan])
        let night = TerminalColor.alternatives([.rgb(0x3B, 0x42, 0x52), .index(238), .black])
        #expect(theme.style(for: .header) == Style(foreground: night, background: frost, attributes: .bold))
        #expect(theme.style(for: .iraq) == Style(foreground: frost))
        #expect(theme.style(for: .syria).foreground == .alternatives([.rgb(0xEB, 0xCB, 0x8B), .index(222), .yellow]))
        #expect(theme.style(for: .selectionInactive) == Style(background: night, attributes: .underline))
        #expect(theme.name == "nord")
    }

    @Test func acceptsEveryColourSpellingAndAttribute() throws {
        let text = """
            [roles]
            text = default
            iraq = bright-magenta
            syria = 0 on 255
            other = #a0B0c0 dim italic
            label = on red reverse underline bold
            """
        let dir = try TestFiles.directory(["x.theme": text])
        let theme = try ThemeLoader(searchPath: []).load(path: dir + "/x.theme").theme
        #expect(theme.style(for: .iraq).foreground == .index(13))
        #expect(theme.style(for: .syria) == Style(foreground: .index(0), background: .index(255)))
        #expect(theme.style(for: .other) == Style(foreground: .rgb(0xA0, 0xB0, 0xC0), attributes: [.dim, .italic]))
        #expect(theme.style(for: .label) == Style(background: .red, attributes: [.reverse, .underline, .bold]))
    }

    /// The first error found when loading `text` as the file `bad.theme`.
    func firstError(_ text: String, extraFiles: [String: String] = [:]) throws -> ThemeFileError? {
        let dir = try TestFiles.directory(extraFiles.merging(["bad.theme": text]) { a, _ in a })
        do {
            _ = try ThemeLoader(searchPath: []).load(path: dir + "/bad.theme")
            return nil
        } catch {
            return error.errors.first
        }
    }

    @Test func unknownRoleNamesItsLine() throws {
        let error = try #require(try firstError("[roles]\niraq = red\n\nirak = blue\n"))
        #expect(error.kind == .unknownRole)
        #expect(error.line == 4)
        #expect(error.description.hasSuffix("bad.theme:4: unknown role `irak`: the roles are listed in Themes/README.md"))
    }

    @Test(arguments: [
        ("[roles]\niraq = #12345\n", 2, "#12345"),
        ("[roles]\ntext = default\niraq = 256\n", 3, "0 to 255"),
        ("[roles]\niraq = orang\n", 2, "unknown colour `orang`"),
        ("[palette]\nsea = #0000FF\nsky = sea #GGGGGG\n", 3, "#GGGGGG"),
        ("[roles]\niraq = red on\n", 2, "needs a background"),
        ("[roles]\niraq = red on nowhere\n", 2, "unknown colour `nowhere`"),
    ])
    func badColourNamesItsLine(text: String, line: Int, words: String) throws {
        let error = try #require(try firstError(text))
        #expect(error.kind == .badColour)
        #expect(error.line == line)
        #expect(error.message.contains(words), "\(error.message)")
    }

    @Test func unknownAttributeNamesItsLine() throws {
        let error = try #require(try firstError("[roles]\ntext = default\niraq = red bold\nsyria = cyan blink\n"))
        #expect(error.kind == .unknownAttribute)
        #expect(error.line == 4)
        #expect(error.message.contains("blink"))
        #expect(error.message.contains("bold, dim, reverse, underline, italic"))
    }

    @Test func inheritanceCycleNamesTheInheritsLine() throws {
        let dir = try TestFiles.directory([
            "a.theme": "# a\ninherits = b\n[roles]\niraq = red\n",
            "b.theme": "inherits = c\n",
            "c.theme": "inherits = a\n",
        ])
        do {
            _ = try ThemeLoader(searchPath: [dir]).load(path: dir + "/a.theme")
            Issue.record("a cycle must not load")
        } catch {
            let cycle = try #require(error.errors.first { $0.kind == .inheritanceCycle })
            #expect(cycle.line == 2)
            #expect(cycle.file == dir + "/a.theme")
            #expect(cycle.message.contains("a → b → c → a"))
        }
        // A theme inheriting from itself by name finds no other file of that name: a built-in
        // or nothing, never a loop.
        let alone = try TestFiles.directory(["self.theme": "inherits = self\n"])
        let errors = loadErrors(alone + "/self.theme", searchPath: [alone])
        #expect(errors.first?.kind == .unknownParent)
        #expect(errors.first?.line == 1)
    }

    func loadErrors(_ path: String, searchPath: [String]) -> [ThemeFileError] {
        do {
            _ = try ThemeLoader(searchPath: searchPath).load(path: path)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func syntaxProblemsNameTheirLines() throws {
        let cases: [(String, Int, String)] = [
            ("[roles]\niraq red\n", 2, "expected `name = value`"),
            ("[colours]\n", 1, "unknown section"),
            ("iraq = red\n", 1, "before [roles]"),
            ("[roles]\niraq = red\niraq = blue\n", 3, "already set on line 2"),
            ("[palette]\nred = #FF0000\n", 2, "already a colour"),
            ("[roles]\niraq =\n", 2, "has no value"),
            ("[roles]\niraq = bold red\n", 2, "after the attributes"),
        ]
        for (text, line, words) in cases {
            let error = try #require(try firstError(text), "\(text)")
            #expect(error.kind == .syntax, "\(text)")
            #expect(error.line == line, "\(text)")
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    @Test func everyErrorInAFileIsReported() throws {
        let dir = try TestFiles.directory(["bad.theme": "[roles]\nirak = red\niraq = #12\nsyria = cyan blink\n"])
        do {
            _ = try ThemeLoader(searchPath: []).load(path: dir + "/bad.theme")
            Issue.record("must not load")
        } catch {
            #expect(error.errors.map(\.line) == [2, 3, 4])
            #expect(error.errors.map(\.kind) == [.unknownRole, .badColour, .unknownAttribute])
        }
    }

    @Test func hexColoursAreNotComments() {
        let file = ThemeFileParser.parse("[roles]\niraq = #FF8700 208 # orange\n#syria = cyan\n", path: "x.theme")
        #expect(file.errors.isEmpty)
        #expect(file.roles.count == 1)
        #expect(file.roles[0].words == ["#FF8700", "208"])
    }
}
