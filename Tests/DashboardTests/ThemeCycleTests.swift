import Dashboard
import Foundation
import Testing
import TUI

@Suite struct ThemeCycleTests {
    let amber = Theme(name: "amber", styles: [.iraq: Style(foreground: .index(214))])
    let nord = Theme(name: "nord", styles: [.iraq: Style(foreground: .index(110))])

    func model() throws -> DashboardModel {
        let model = DashboardModel(source: try TestStoreSource(), size: Size(width: 120, height: 32))
        try model.reload()
        return model
    }

    @Test func tShowsTheNextThemeAndTellsTheLoopWhichToRemember() throws {
        let model = try model()
        model.themeRotation = ThemeRotation(themes: [amber, .builtinDefault, nord], current: .builtinDefault)
        let terminal = ScriptedTerminal(size: Size(width: 120, height: 32),
                                        script: [.key(.character("t")), .key(.character("t")), .signal(.interrupt)])
        var remembered: [String] = []
        try DashboardLoop.run(model: model, terminal: terminal, refreshSeconds: 1, clock: { fixedNow }, themeChanged: { theme in
            remembered.append(theme.name)
            return "saved in config"
        })
        #expect(remembered == ["nord", "amber"])
        #expect(terminal.theme == amber)
        #expect(model.message == "theme amber (1 of 3; t for the next) · saved in config")
        let bottomLine = terminal.lastFrame?.lines(trimmingTrailingSpaces: true).last ?? ""
        #expect(bottomLine.contains("theme amber"), "the frame drawn says which theme: \(bottomLine)")
    }

    @Test func tDoesNothingButSayWhyWhenColoursAreOff() throws {
        let model = try model()
        model.themeRotation = ThemeRotation(themes: [amber, .mono], current: .mono, lockedBecause: "colours are off because NO_COLOR is set")
        let terminal = ScriptedTerminal(size: Size(width: 120, height: 32), script: [.key(.character("t")), .signal(.interrupt)])
        var remembered = 0
        try DashboardLoop.run(model: model, terminal: terminal, refreshSeconds: 1, clock: { fixedNow }, themeChanged: { _ in
            remembered += 1
            return nil
        })
        #expect(remembered == 0)
        #expect(terminal.theme == .builtinDefault, "setTheme was never called")
        #expect(model.message == "colours are off because NO_COLOR is set")
    }

    @Test func theRotationStartsAtTheChosenThemeAndAddsAThemeOpenedByPath() {
        var rotation = ThemeRotation(themes: [amber, nord], current: .mono)
        #expect(rotation.themes.map(\.name) == ["amber", "nord", "mono"])
        #expect(rotation.current == .mono)
        rotation.advance()
        #expect(rotation.current == amber)
    }

    @Test func helpListsTheThemeKey() throws {
        let model = try model()
        _ = try model.handle(.character("?"))
        let help = model.render(now: fixedNow).lines().joined(separator: "\n")
        #expect(help.contains("next colour theme"))
    }
}
