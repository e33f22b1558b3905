import CNcursesw
import TUI

/// Converts `TextAttributes` to ncurses `attr_t` bits.
enum TerminalAttributes {
    static func bits(for attributes: TextAttributes) -> attr_t {
        var bits = wf_a_normal()
        if attributes.contains(.bold) { bits |= wf_a_bold() }
        if attributes.contains(.dim) { bits |= wf_a_dim() }
        if attributes.contains(.reverse) { bits |= wf_a_reverse() }
        if attributes.contains(.underline) { bits |= wf_a_underline() }
        if attributes.contains(.italic) { bits |= wf_a_italic() }
        return bits
    }
}
