/// Makes untrusted text safe to show on a terminal.
///
/// Article text is hostile until proven otherwise: an escape sequence that reached the
/// terminal could retitle the window, move the cursor or worse. `sanitize` removes
/// ESC/CSI/OSC sequences entirely, turns tabs and line breaks into spaces, replaces other
/// control characters with `replacement`, and drops bidirectional override controls that
/// would reorder the display, and invisible zero-width format characters. Of a run of combining marks on one character only the first
/// `maximumMarksInRow` are kept, so a "zalgo" flood cannot make a cell of unbounded size.
public enum TerminalText {
    /// Shown in place of a control character.
    public static let replacement: Unicode.Scalar = "?"
    /// Combining marks kept on one base character (a terminal cell holds the base and four).
    public static let maximumMarksInRow = 4

    public static func sanitize(_ text: String) -> String {
        // Fast path: nothing to do for ordinary text.
        if !text.unicodeScalars.contains(where: needsAttention) { return text }

        var output = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var marksInRow = 0
        while let scalar = scalars.popFirst() {
            if isCombiningMark(scalar) {
                marksInRow += 1
                if marksInRow > maximumMarksInRow { continue }
            } else {
                marksInRow = 0
            }
            switch scalar.value {
            case 0x1B:  // ESC: drop the whole escape sequence
                skipEscapeSequence(&scalars)
            case 0x9B:  // C1 CSI
                skipControlSequence(&scalars)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // C1 OSC, DCS, SOS, PM, APC
                skipStringSequence(&scalars)
            case 0x0D:  // CR, or CR LF, is one line break
                if scalars.first == "\n" { scalars.removeFirst() }
                output.append(" ")
            case 0x09, 0x0A, 0x0B, 0x0C, 0x2028, 0x2029:
                output.append(" ")
            default:
                if isBidiControl(scalar) || isInvisibleFormat(scalar) { continue }
                output.append(DisplayWidth.isControl(scalar) ? replacement : scalar)
            }
        }
        return String(output)
    }

    static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        DisplayWidth.isControl(scalar) || isBidiControl(scalar) || isCombiningMark(scalar) || isInvisibleFormat(scalar)
    }

    /// Zero-width format characters (ZWSP, ZWJ, ZWNJ, word joiner, BOM, ...): terminals disagree
    /// on where they go (tmux shows a ZWJ after 'e' in a cell of its own), so none is sent.
    /// The soft hyphen is a format character too, but terminals show it as a visible hyphen.
    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && scalar.value != 0xAD && scalar.properties.generalCategory == .format
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    /// After ESC: CSI (`[`), string sequences (`]`, `P`, `X`, `^`, `_`), or a two-character
    /// sequence (intermediates 0x20–0x2F then one final character).
    static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.first else { return }
        switch next {
        case "[":
            scalars.removeFirst()
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            scalars.removeFirst()
            skipStringSequence(&scalars)
        default:
            while let intermediate = scalars.first, (0x20...0x2F).contains(intermediate.value) {
                scalars.removeFirst()
            }
            if let final = scalars.first, (0x30...0x7E).contains(final.value) {
                scalars.removeFirst()
            }
        }
    }

    /// CSI parameters and intermediates (0x20–0x3F) up to and including a final byte 0x40–0x7E.
    static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.first {
            if (0x20...0x3F).contains(scalar.value) {
                scalars.removeFirst()
            } else {
                if (0x40...0x7E).contains(scalar.value) { scalars.removeFirst() }
                return
            }
        }
    }

    /// OSC/DCS-style strings end at BEL, ST (ESC \) or C1 ST; any other control ends them too.
    static func skipStringSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x07, 0x9C:
                return
            case 0x1B:
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            default:
                continue
            }
        }
    }
}
