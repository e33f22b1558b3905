/// Removes what must never reach a terminal or the store from text of unknown origin: escape
/// sequences (CSI, OSC, DCS, ...), C0 controls except tab and newline, C1 controls, and bidirectional
/// overrides and isolates, invisible zero-width characters, and combining marks beyond
/// `maximumMarksInRow` on one letter (a "zalgo" flood). Carriage returns become newlines
/// (CRLF becomes one newline).
public enum TextSanitizer {
    /// More combining marks than this on one base character are dropped; real scripts use a few.
    public static let maximumMarksInRow = 8

    /// The cleaned text and whether anything was removed.
    public static func clean(_ text: String) -> (text: String, changed: Bool) {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        var changed = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var marksInRow = 0
        while i < scalars.count {
            let c = scalars[i]
            let v = c.value
            if isCombiningMark(c) {
                marksInRow += 1
                if marksInRow > maximumMarksInRow {
                    changed = true
                    i += 1
                    continue
                }
            } else {
                marksInRow = 0
            }
            if v == 0x1B { // ESC: skip the whole sequence
                changed = true
                i = skipEscape(scalars, from: i + 1)
                continue
            }
            if v == 0x9B { // 8-bit CSI
                changed = true
                i = skipCSIBody(scalars, from: i + 1)
                continue
            }
            if v == 0x9D || v == 0x90 || v == 0x9E || v == 0x9F || v == 0x98 { // 8-bit OSC, DCS, PM, APC, SOS
                changed = true
                i = skipString(scalars, from: i + 1)
                continue
            }
            if v == 0x0D { // CR or CRLF -> LF
                out.append("\n")
                if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { i += 1 } else { changed = true }
                i += 1
                continue
            }
            if isRemovable(v) {
                changed = true
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return (String(out), changed)
    }

    /// Controls and invisible direction changers that are dropped outright.
    static func isRemovable(_ v: UInt32) -> Bool {
        if v == 0x09 || v == 0x0A { return false }
        if v < 0x20 || v == 0x7F { return true }            // C0, DEL
        if (0x80...0x9F).contains(v) { return true }         // C1
        if (0x202A...0x202E).contains(v) { return true }     // LRE RLE PDF LRO RLO
        if (0x2066...0x2069).contains(v) { return true }     // LRI RLI FSI PDI
        if v == 0x200B || v == 0x2060 || v == 0xFEFF || v == 0x180E { return true } // invisible zero-width
        if (0x2061...0x2064).contains(v) { return true }     // invisible operators
        return false                                         // ZWJ/ZWNJ and LRM/RLM carry meaning
    }

    static func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// After ESC: CSI `[` ... final byte; OSC `]`, DCS `P`, SOS `X`, PM `^`, APC `_` ... ST or BEL;
    /// otherwise a two-character sequence (`ESC c`, `ESC 7`, `ESC ( B`).
    private static func skipEscape(_ s: [Unicode.Scalar], from start: Int) -> Int {
        guard start < s.count else { return start }
        switch s[start] {
        case "[": return skipCSIBody(s, from: start + 1)
        case "]", "P", "X", "^", "_": return skipString(s, from: start + 1)
        case "(", ")", "*", "+", "#", "%", " ":
            return min(s.count, start + 2)
        default:
            return start + 1
        }
    }

    private static func skipCSIBody(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            i += 1
            if (0x40...0x7E).contains(v) { return i }      // final byte
            if !(0x20...0x3F).contains(v) { return i - 1 }  // malformed: stop before it
        }
        return i
    }

    /// Skips a control string up to BEL, ESC \ or the 8-bit ST (0x9C); at most to the end of the line.
    private static func skipString(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            if v == 0x07 || v == 0x9C { return i + 1 }
            if v == 0x1B { return (i + 1 < s.count && s[i + 1] == "\\") ? i + 2 : i + 1 }
            if v == 0x0A { return i }
            i += 1
        }
        return i
    }
}
