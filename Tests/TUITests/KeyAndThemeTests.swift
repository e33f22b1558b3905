import Testing
import TUI

@Suite struct KeyTests {
    @Test(arguments: [
        (Key.character("j"), "j"), (.character(" "), "Space"), (.ctrl("l"), "Ctrl-L"), (.pageDown, "PgDn"),
        (.pageUp, "PgUp"), (.function(1), "F1"), (.tab, "Tab"), (.backTab, "Shift-Tab"), (.escape, "Esc"),
        (.enter, "Enter"), (.unknown(999), "Key(999)"), (.mouse(MouseEvent(x: 1, y: 2, kind: .click)), "Mouse"),
    ] as [(Key, String)])
    func names(key: Key, name: String) {
        #expect(key.name == name)
    }

    @Test func keysAreHashableForKeymaps() {
        let keymap: [Key: String] = [.character("q"): "quit", .function(10): "quit", .ctrl("d"): "page down"]
        #expect(keymap[.function(10)] == "quit")
        #expect(keymap[.character("Q")] == nil)
    }
}

@Suite struct ThemeTests {
    @Test func everyRoleHasAStyleInBothBuiltins() {
        for role in Role.allCases {
            #expect(Theme.builtinDefault.styles[role] != nil, "\(role)")
            #expect(Theme.mono.styles[role] != nil, "\(role)")
        }
    }

    @Test func monoUsesNoColours() {
        for style in Theme.mono.styles.values {
            #expect(style.foreground == .default && style.background == .default)
        }
    }

    @Test func iraqAndSyriaDifferInTheDefaultTheme() {
        #expect(Theme.builtinDefault.style(for: .iraq) != Theme.builtinDefault.style(for: .syria))
        #expect(Theme.mono.style(for: .iraq) != Theme.mono.style(for: .syria))
    }

    @Test func missingRolesFallBackToDefault() {
        let partial = Theme(name: "partial", styles: [.text: Style(foreground: .red)])
        #expect(partial.style(for: .text).foreground == .red)
        #expect(partial.style(for: .header) == Theme.builtinDefault.style(for: .header))
    }
}

@Suite struct ScriptedTerminalTests {
    @Test func replaysScriptAndRecordsChangedFrames() {
        let terminal = ScriptedTerminal(size: Size(width: 10, height: 2),
                                        script: [.key(.character("j")), .resize(Size(width: 20, height: 5)), .timeout, .signal(.hangup)])
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .character("j"))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == .resize)
        #expect(terminal.size == Size(width: 20, height: 5))
        #expect(terminal.readKey(timeoutMilliseconds: 100) == nil)
        #expect(terminal.pendingSignal == nil)
        #expect(terminal.readKey(timeoutMilliseconds: 100) == nil)
        #expect(terminal.pendingSignal == .hangup)
        #expect(terminal.readKey(timeoutMilliseconds: 100) == nil)
        #expect(terminal.timeouts == 2)

        var grid = Grid(size: terminal.size)
        terminal.draw(grid)
        terminal.draw(grid)
        grid.put("x", at: 0, y: 0)
        terminal.draw(grid)
        #expect(terminal.drawCalls == 3)
        #expect(terminal.frames.count == 2)
        #expect(terminal.lastFrame?.lines(trimmingTrailingSpaces: true).first == "x")
        terminal.invalidate()
        terminal.draw(grid)
        #expect(terminal.frames.count == 3)
        terminal.restore()
        #expect(terminal.isRestored)
        #expect(terminal.glyphs == .unicode)
    }
}
