import CNcursesw
import TUI

/// Turns what `wget_wch` returned into a `Key`. Pure: no terminal needed, so it is unit-tested.
public enum KeyDecoder {
    /// The outcome of decoding one `wget_wch` result.
    public enum Decoded: Hashable, Sendable {
        /// A key (or `.resize`).
        case key(Key)
        /// `KEY_MOUSE`: the caller fetches the event with `getmouse` and calls `decodeMouse`.
        case mouse
        /// `ERR`: the timeout passed or a signal interrupted the wait.
        case nothing
    }

    /// - Parameters:
    ///   - status: the return value of `wget_wch`: `OK`, `KEY_CODE_YES` or `ERR`.
    ///   - code: the `wint_t` it stored: a character for `OK`, a `KEY_*` code for `KEY_CODE_YES`.
    public static func decode(status: Int32, code: UInt32) -> Decoded {
        switch status {
        case KEY_CODE_YES:
            return decodeFunctionKey(Int32(bitPattern: code))
        case OK:
            return .key(decodeCharacter(code))
        default:
            return .nothing
        }
    }

    /// Decodes a `getmouse` event; button state bits are compared against `masks`.
    public static func decodeMouse(x: Int32, y: Int32, buttons: UInt64, masks: MouseMasks = .ncurses) -> Key {
        let kind: MouseEvent.Kind
        if buttons & masks.wheelUp != 0 {
            kind = .wheelUp
        } else if buttons & masks.wheelDown != 0 {
            kind = .wheelDown
        } else if buttons & masks.click != 0 {
            kind = .click
        } else if buttons & masks.press != 0 {
            kind = .press
        } else if buttons & masks.release != 0 {
            kind = .release
        } else {
            return .unknown(Int(KEY_MOUSE))
        }
        return .mouse(MouseEvent(x: Int(x), y: Int(y), kind: kind))
    }

    static func decodeFunctionKey(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_RESIZE: return .key(.resize)
        case KEY_MOUSE: return .mouse
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
        default: return .key(.unknown(Int(code)))
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(96 + code))))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80...0x9F: return .unknown(Int(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int(code)) }
            return .character(Character(scalar))
        }
    }
}
