/// Column width of text on a terminal, computed from a fixed table (never libc `wcwidth`),
/// so the result is the same in tests and on every machine.
///
/// - East Asian Wide and Fullwidth characters (CJK, Hangul, kana, fullwidth forms) and
///   emoji shown in emoji presentation take 2 columns.
/// - Combining marks, zero-width characters, variation selectors and other format
///   characters take 0 columns.
/// - Control characters take 0 columns and must never be sent to a terminal
///   (see `TerminalText.sanitize`).
/// - Everything else takes 1 column.
public enum DisplayWidth {
    /// Width of one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {  // fast path; "\r\n" reports 0x0A
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: isControl) { return 0 }
        if isWide(first) { return 2 }
        if scalars.contains("\u{FE0F}") && first.properties.isEmoji { return 2 }
        if isZeroWidth(first) {
            // A cluster that starts with a mark (only possible at the start of a string)
            // takes the width of the first spacing scalar in it, if any.
            for scalar in scalars.dropFirst() where !isZeroWidth(scalar) {
                return isWide(scalar) ? 2 : 1
            }
            return 0
        }
        return 1
    }

    /// True when every character is printable ASCII (U+0020–U+007E): one column each, nothing
    /// to sanitise. Checked byte by byte, far cheaper than walking grapheme clusters.
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Scalars that are a one-column character on their own and never join a neighbour into one
    /// grapheme cluster: printable ASCII, Latin-1 and Latin Extended letters and signs, general
    /// punctuation (dashes, quotes, `…`), arrows, box drawing, blocks and geometric shapes (but not
    /// the two shown as emoji). Text made only of these is one column per scalar, with nothing
    /// to sanitise — what the dashboard draws nearly everywhere.
    public static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC:
            return true
        default:
            return false
        }
    }

    /// True when every scalar of the text is simple (see `isSimple`).
    public static func isSimple(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(isSimple)
    }

    /// Total column width of a string.
    public static func of(_ text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        if isSimple(text) { return text.unicodeScalars.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Cuts `text` so it fits in `width` columns. When it has to cut, the last column(s)
    /// hold `ellipsis` (pass "" for a hard cut). A wide character never straddles the edge.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        if ellipsisWidth > width { return prefix(of: ellipsis, width: width) }
        return prefix(of: text, width: width - ellipsisWidth) + ellipsis
    }

    /// Pads `text` with spaces to exactly `width` columns (truncating with `ellipsis` when
    /// too long). `alignRight` puts the padding on the left.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let padding = String(repeating: " ", count: max(0, width - of(fitted)))
        return alignRight ? padding + fitted : fitted + padding
    }

    /// The longest prefix of `text` whose width is at most `width`.
    public static func prefix(of text: String, width: Int) -> String {
        if isPrintableASCII(text) { return String(decoding: text.utf8.prefix(max(0, width)), as: UTF8.self) }
        var used = 0
        var result = ""
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width { break }
            used += characterWidth
            result.append(character)
        }
        return result
    }

    /// C0 and C1 control characters, DEL, and the line/paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value <= 0x9F) || value == 0x2028 || value == 0x2029
    }

    /// Scalars that occupy no column on their own.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x00AD { return false }  // soft hyphen is shown by terminals
        if value >= 0x1160 && value <= 0x11FF { return true }  // Hangul medial vowels, final consonants
        if value == 0x200B { return true }  // zero width space
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return false
        }
    }

    /// Scalars that occupy two columns: East Asian Wide/Fullwidth and emoji presentation.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        return wideRanges.contains { $0.contains(value) }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols & punctuation
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
        0x3400...0x4DBF,    // CJK extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F
        0x30000...0x3FFFD,  // CJK extensions G+
    ]
}
