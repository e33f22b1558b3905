import Testing
import ThemeFiles
import TUI

@Suite struct InheritanceTests {
    @Test func childOverridesSomeRolesAndKeepsTheRestAndThePalette() throws {
        let dir = try TestFiles.directory([
            "base.theme": "[palette]\nsea = #005F87 24 blue\n[roles]\niraq = red bold\nsyria = sea\n",
            "child.theme": "inherits = base\n[roles]\niraq = sea underline\n",
        ])
        let loader = ThemeLoader(searchPath: [dir])
        let child = try loader.load(name: "child")
        let sea = TerminalColor.alternatives([.rgb(0, 0x5F, 0x87), .index(24), .blue])
        #expect(child.theme.style(for: .iraq) == Style(foreground: sea, attributes: .underline))
        #expect(child.theme.style(for: .syria) == Style(foreground: sea))
        #expect(child.theme.style(for: .header) == Theme.builtinDefault.style(for: .header))
        #expect(child.path == dir + "/child.theme")
    }

    @Test func missingRolesFallBackToTheDefaultTheme() throws {
        let dir = try TestFiles.directory(["tiny.theme": "[roles]\niraq = red\n"])
        let theme = try ThemeLoader(searchPath: [dir]).load(name: "tiny").theme
        #expect(theme.style(for: .iraq) == Style(foreground: .red))
        for role in Role.allCases where role != .iraq {
            #expect(theme.style(for: role) == Theme.builtinDefault.style(for: role), "\(role)")
        }
    }

    @Test func builtinsAreFoundWhenNoFileHasTheName() throws {
        let dir = try TestFiles.directory(["quiet.theme": "inherits = mono\n[roles]\niraq = underline\n"])
        let loader = ThemeLoader(searchPath: [dir])
        let quiet = try loader.load(name: "quiet").theme
        #expect(quiet.style(for: .syria) == Theme.mono.style(for: .syria))
        #expect(quiet.style(for: .iraq) == Style(attributes: .underline))
        #expect(try loader.load(name: "default").theme == Theme.builtinDefault)
        #expect(try loader.load(name: "mono").path == nil)
    }

    @Test func aUserThemeCanInheritTheShippedThemeOfTheSameName() throws {
        let user = try TestFiles.directory(["nord.theme": "inherits = nord\n[roles]\nsyria = bright-magenta\n"])
        let loader = ThemeLoader(searchPath: [user, TestFiles.shippedThemes])
        let mine = try loader.load(name: "nord").theme
        let shipped = try ThemeLoader(searchPath: [TestFiles.shippedThemes]).load(name: "nord").theme
        #expect(mine.style(for: .syria).foreground == .index(13))
        #expect(mine.style(for: .iraq) == shipped.style(for: .iraq))
    }

    @Test func theTextBackgroundIsThePageOtherRolesSitOn() throws {
        let dir = try TestFiles.directory([
            "page.theme": "[roles]\ntext = white on #101010\niraq = red\nerror = white on red\n",
            "repaint.theme": "inherits = page\n[roles]\ntext = white on blue\n",
        ])
        let loader = ThemeLoader(searchPath: [dir])
        let page = try loader.load(name: "page").theme
        #expect(page.style(for: .iraq).background == .rgb(16, 16, 16), "a role without `on` sits on the page")
        #expect(page.style(for: .dim).background == .rgb(16, 16, 16), "an inherited role on the page follows it")
        #expect(page.style(for: .error).background == .red)
        #expect(page.style(for: .hint).background == Theme.builtinDefault.style(for: .hint).background, "a role with its own background keeps it")
        let repaint = try loader.load(name: "repaint").theme
        #expect(repaint.style(for: .iraq).background == .blue)
        #expect(repaint.style(for: .error).background == .red)
    }

    @Test func anUnknownParentNamesTheInheritsLine() throws {
        let dir = try TestFiles.directory(["orphan.theme": "\n\ninherits = nowhere\n"])
        do {
            _ = try ThemeLoader(searchPath: [dir]).load(name: "orphan")
            Issue.record("must not load")
        } catch {
            #expect(error.errors.map(\.kind) == [.unknownParent])
            #expect(error.errors.first?.line == 3)
        }
    }

    @Test func aParentWithErrorsIsNamedAtTheChildsInheritsLine() throws {
        let dir = try TestFiles.directory([
            "base.theme": "[roles]\niraq = #ff\n",
            "kid.theme": "# kid\ninherits = base\n[roles]\nsyria = cyan\n",
        ])
        do {
            _ = try ThemeLoader(searchPath: [dir]).load(name: "kid")
            Issue.record("must not load")
        } catch {
            #expect(error.errors.map(\.kind) == [.brokenParent, .badColour])
            #expect(error.errors.first?.description == "\(dir)/kid.theme:2: inherits `base`, which has errors: fix \(dir)/base.theme first")
            #expect(error.errors.last?.line == 2)
        }
    }

    @Test func listingShowsFirstMatchShadowedFilesAndBuiltins() throws {
        let first = try TestFiles.directory(["nord.theme": "[roles]\niraq = red\n"])
        let listings = ThemeLoader(searchPath: [first, TestFiles.shippedThemes]).available()
        #expect(listings.map(\.name) == TestFiles.shippedNames)
        let nord = try #require(listings.first { $0.name == "nord" })
        #expect(nord.path == first + "/nord.theme")
        #expect(nord.shadowed == [TestFiles.shippedThemes + "/nord.theme"])
        let bare = ThemeLoader(searchPath: []).available()
        #expect(bare.map(\.name) == ["default", "mono"])
        #expect(bare.allSatisfy { $0.path == nil })
    }
}
