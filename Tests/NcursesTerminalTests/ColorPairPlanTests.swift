import NcursesTerminal
import Testing
import TUI

@Suite struct ColorPairPlanTests {
    @Test func everyRoleGetsALook() {
        let plan = ColorPairPlan(theme: .builtinDefault, colorCount: 256, pairLimit: 256)
        for role in Role.allCases {
            #expect(plan.looks[role] != nil)
        }
    }

    @Test func identicalColoursSharePairsAndDefaultsUsePairZero() {
        let theme = Theme(name: "t", styles: [
            .text: Style(),
            .iraq: Style(foreground: .index(208)),
            .warning: Style(foreground: .index(208), attributes: .bold),
            .syria: Style(foreground: .index(45)),
            .selection: Style(attributes: .reverse),
        ])
        let plan = ColorPairPlan(theme: theme, colorCount: 256, pairLimit: 256)
        #expect(plan.look(for: .text).pair == 0)
        #expect(plan.look(for: .selection) == ColorPairPlan.Look(pair: 0, attributes: .reverse))
        #expect(plan.look(for: .iraq).pair == plan.look(for: .warning).pair)
        #expect(plan.look(for: .iraq).pair != plan.look(for: .syria).pair)
        #expect(plan.look(for: .warning).attributes == .bold)
        let numbers = plan.pairs.map(\.number)
        #expect(numbers == Array(1...Int32(numbers.count)))
        #expect(Set(plan.pairs.map { [$0.foreground, $0.background] }).count == plan.pairs.count)
    }

    @Test func monoThemeNeedsNoPairs() {
        let plan = ColorPairPlan(theme: .mono, colorCount: 256, pairLimit: 256)
        #expect(plan.pairs.isEmpty)
        #expect(plan.look(for: .header).attributes == .reverse)
    }

    @Test func noColoursKeepsAttributesOnly() {
        let plan = ColorPairPlan(theme: .builtinDefault, colorCount: 0, pairLimit: 0)
        #expect(plan.pairs.isEmpty)
        #expect(plan.look(for: .selection).attributes.contains(.reverse))
        #expect(Role.allCases.allSatisfy { plan.look(for: $0).pair == 0 })
    }

    @Test func eightColourTerminalsGetBasicColours() {
        let plan = ColorPairPlan(theme: .builtinDefault, colorCount: 8, pairLimit: 64)
        for pair in plan.pairs {
            #expect((-1...7).contains(pair.foreground) && (-1...7).contains(pair.background))
        }
        #expect(plan.look(for: .iraq).pair != plan.look(for: .syria).pair)
    }

    @Test func darkGreyOnDefaultStaysVisibleOnBasicTerminals() {
        let theme = Theme(name: "t", styles: [
            .border: Style(foreground: .index(240)),
            .highlight: Style(foreground: .index(16), background: .index(221)),
        ])
        let basic = ColorPairPlan(theme: theme, colorCount: 8, pairLimit: 64)
        #expect(basic.look(for: .border).pair == 0)
        let highlight = basic.pairs.first { $0.number == basic.look(for: .highlight).pair }
        #expect(highlight?.foreground == 0 && highlight?.background == 3)
        let full = ColorPairPlan(theme: theme, colorCount: 256, pairLimit: 256)
        #expect(full.pairs.contains { $0.foreground == 240 && $0.background == -1 })
    }

    @Test func pairLimitFallsBackToPairZero() {
        let plan = ColorPairPlan(theme: .builtinDefault, colorCount: 256, pairLimit: 3)
        #expect(plan.pairs.count == 2)
        #expect(Role.allCases.contains { plan.look(for: $0).pair == 0 })
    }

    @Test func withoutDefaultColoursUsesWhiteOnBlack() {
        let theme = Theme(name: "t", styles: [.iraq: Style(foreground: .index(1))])
        let plan = ColorPairPlan(theme: theme, colorCount: 8, pairLimit: 64, defaultColorsAvailable: false)
        let iraq = plan.pairs.first { $0.number == plan.look(for: .iraq).pair }
        #expect(iraq?.foreground == 1 && iraq?.background == 0)
        #expect(plan.pairs.allSatisfy { $0.foreground >= 0 && $0.background >= 0 })
    }
}
