import Foundation
import NcursesTerminal
import Testing
import ThemeFiles
import TUI

/// The themes in the repository's `Themes/` folder, as a user would pick them.
@Suite struct ShippedThemeTests {
    let loader = ThemeLoader(searchPath: [TestFiles.shippedThemes])

    @Test func allEightThemesAreShippedAndLoad() throws {
        #expect(loader.available().map(\.name) == TestFiles.shippedNames)
        for name in TestFiles.shippedNames {
            let loaded = try loader.load(name: name)
            #expect(loaded.path == TestFiles.shippedThemes + "/\(name).theme")
            #expect(loaded.description?.isEmpty == false, "\(name) has a description")
        }
    }

    @Test func everyShippedFileWritesEveryRole() throws {
        for name in TestFiles.shippedNames {
            let text = try String(contentsOfFile: TestFiles.shippedThemes + "/\(name).theme", encoding: .utf8)
            let written = Set(ThemeFileParser.parse(text, path: name).roles.map(\.name))
            #expect(written == Set(Role.allCases.map(RoleName.fileName(of:))), "\(name)")
        }
    }

    @Test func theBuiltInThemesAreTheShippedFiles() throws {
        #expect(try loader.load(name: "default").theme.styles == Theme.builtinDefault.styles)
        #expect(try loader.load(name: "mono").theme.styles == Theme.mono.styles)
    }

    /// On a white terminal a near-white column header or label vanishes: the default theme's text roles keep the
    /// terminal's own text colour or a grey dark enough to read on white and light enough to read on black.
    @Test func theDefaultThemesTextRolesReadOnPaleAndDarkBackgrounds() throws {
        let theme = try loader.load(name: "default").theme
        for role in [Role.columnHeader, .label, .other, .tab, .tabActive, .dim] {
            let number = ColorMapping.colorNumber(for: theme.style(for: role).foreground, colorCount: 256)
            guard number >= 0 else { continue }
            let rgb = ColorMapping.rgb(ofPaletteIndex: UInt8(number))
            let level = (rgb.red + rgb.green + rgb.blue) / 3
            #expect((90...170).contains(level), "\(role): colour \(number) is \(level) of 255")
        }
    }

    static let depths = [8, 16, 256, 1 << 24]

    @Test(arguments: TestFiles.shippedNames.filter { $0 != "mono" })
    func iraqAndSyriaGetDifferentColoursAtEveryDepth(name: String) throws {
        let theme = try loader.load(name: name).theme
        for depth in Self.depths {
            let iraq = ColorMapping.colorNumber(for: theme.style(for: .iraq).foreground, colorCount: depth)
            let syria = ColorMapping.colorNumber(for: theme.style(for: .syria).foreground, colorCount: depth)
            #expect(iraq != syria, "\(name) at \(depth) colours: Iraq \(iraq), Syria \(syria)")
            #expect(iraq >= 0 && syria >= 0, "\(name) at \(depth) colours: both series are coloured")
        }
    }

    @Test(arguments: TestFiles.shippedNames)
    func textStaysReadableOnBasicTerminals(name: String) throws {
        let theme = try loader.load(name: name).theme
        for depth in [8, 16] {
            let plan = ColorPairPlan(theme: theme, colorCount: depth, pairLimit: 64)
            for role in Role.allCases {
                let look = plan.look(for: role)
                guard let pair = plan.pairs.first(where: { $0.number == look.pair }) else { continue }
                #expect(pair.foreground != pair.background, "\(name) \(role) at \(depth) colours")
            }
        }
    }

    @Test func monoTellsTheKeyThingsApartByAttributesAlone() {
        let mono = Theme.mono
        let roles: [Role] = [.iraq, .syria, .selection, .new, .highlight]
        for role in roles {
            #expect(mono.style(for: role).foreground == .default && mono.style(for: role).background == .default)
        }
        let looks = roles.map { mono.style(for: $0).attributes }
        #expect(Set(looks).count == roles.count, "each has its own attributes: \(looks)")
        #expect(!mono.style(for: .selection).attributes.isEmpty && !mono.style(for: .highlight).attributes.isEmpty)
    }

    @Test func amberShowsNoWhiteAndLittleBlue() throws {
        let amber = try loader.load(name: "amber").theme
        for role in Role.allCases {
            for color in [amber.style(for: role).foreground, amber.style(for: role).background] {
                guard case .rgb(let red, let green, let blue) = color.candidates.first(where: { if case .rgb = $0 { true } else { false } }) ?? .default else { continue }
                #expect(blue <= 0x20, "\(role): blue \(blue)")
                #expect(!(red > 0xE0 && green > 0xE0), "\(role) is not white")
            }
        }
    }
}
