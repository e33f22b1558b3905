import CNcursesw
import NcursesTerminal
import Testing
import TUI

@Suite struct KeyDecoderTests {
    private func key(_ status: Int32, _ code: Int32) -> KeyDecoder.Decoded {
        KeyDecoder.decode(status: status, code: UInt32(bitPattern: code))
    }

    @Test func timeoutIsNothing() {
        #expect(key(ERR, 0) == .nothing)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
        (KEY_IC, .insert), (KEY_RESIZE, .resize), (wf_key_f(1), .function(1)), (wf_key_f(10), .function(10)),
        (wf_key_f(12), .function(12)), (0x7777, .unknown(0x7777)),
    ] as [(Int32, Key)])
    func functionKeys(code: Int32, expected: Key) {
        #expect(key(KEY_CODE_YES, code) == .key(expected))
    }

    @Test func mouseNeedsGetmouse() {
        #expect(key(KEY_CODE_YES, KEY_MOUSE) == .mouse)
    }

    @Test(arguments: [
        (9, Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .ctrl("a")), (12, .ctrl("l")), (4, .ctrl("d")), (21, .ctrl("u")), (26, .ctrl("z")), (0, .ctrl(" ")),
        (28, .ctrl("\\")), (0x9B, .unknown(0x9B)),
        (106, .character("j")), (71, .character("G")), (32, .character(" ")), (63, .character("?")),
        (0xE9, .character("é")), (0x4E2D, .character("中")), (0x1F642, .character("🙂")),
        (0xD800, .unknown(0xD800)),
    ] as [(Int32, Key)])
    func characters(code: Int32, expected: Key) {
        #expect(key(OK, code) == .key(expected))
    }

    @Test func mouseEvents() {
        let masks = MouseMasks.ncurses
        #expect(KeyDecoder.decodeMouse(x: 3, y: 4, buttons: masks.click) == .mouse(MouseEvent(x: 3, y: 4, kind: .click)))
        #expect(KeyDecoder.decodeMouse(x: 0, y: 0, buttons: masks.press) == .mouse(MouseEvent(x: 0, y: 0, kind: .press)))
        #expect(KeyDecoder.decodeMouse(x: 0, y: 0, buttons: masks.release) == .mouse(MouseEvent(x: 0, y: 0, kind: .release)))
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttons: masks.wheelUp) == .mouse(MouseEvent(x: 1, y: 2, kind: .wheelUp)))
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttons: masks.wheelDown) == .mouse(MouseEvent(x: 1, y: 2, kind: .wheelDown)))
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttons: 0) == .unknown(Int(KEY_MOUSE)))
        #expect(Set([masks.press, masks.release, masks.click, masks.wheelUp, masks.wheelDown]).count == 5)
    }
}
