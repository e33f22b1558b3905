/// One ASCII character for a grapheme a non-UTF-8 terminal cannot show: box and arrow glyphs
/// by look (`│` → `|`, `↓` → `v`), letters without their accents (`é` → `e`), typographic
/// punctuation by its plain form (`…` → `.`, `’` → `'`), and `?` for everything else.
public enum AsciiFallback {
    public static func character(for grapheme: String) -> Character {
        guard let first = grapheme.unicodeScalars.first else { return " " }
        if first.isASCII { return DisplayWidth.isControl(first) ? "?" : Character(first) } // a letter and its marks: the letter
        if let mapped = table[first.value] { return mapped }
        return latinBase(of: first) ?? "?"
    }

    /// The base letter of a precomposed Latin letter, read from its Unicode name
    /// ("LATIN SMALL LETTER E WITH ACUTE" → "e").
    static func latinBase(of scalar: Unicode.Scalar) -> Character? {
        guard let name = scalar.properties.name else { return nil }
        for (prefix, lowercase) in [("LATIN SMALL LETTER ", true), ("LATIN CAPITAL LETTER ", false)] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let letter = rest.first, letter.isASCII, letter.isLetter, rest.count == 1 || rest.dropFirst().hasPrefix(" WITH ") else { return nil }
            return lowercase ? Character(letter.lowercased()) : letter
        }
        return nil
    }

    static let table: [UInt32: Character] = [
        0x2500: "-", 0x2501: "-", 0x2502: "|", 0x2503: "|", 0x250C: "+", 0x2510: "+", 0x2514: "+", 0x2518: "+",
        0x251C: "+", 0x2524: "+", 0x252C: "+", 0x2534: "+", 0x253C: "+", 0x2550: "=", 0x2551: "|",
        0x2190: "<", 0x2191: "^", 0x2192: ">", 0x2193: "v", 0x25B2: "^", 0x25BC: "v", 0x25B6: ">", 0x25C0: "<",
        0x2026: ".", 0x00B7: "-", 0x2022: "*", 0x25CF: "*", 0x2013: "-", 0x2014: "-", 0x2212: "-",
        0x2018: "'", 0x2019: "'", 0x201C: "\"", 0x201D: "\"", 0x00AB: "\"", 0x00BB: "\"",
        0x2264: "<", 0x2265: ">", 0x00D7: "x", 0x00A0: " ", 0x258F: "|",
        0x2588: "#", 0x2593: "=", 0x2592: "+", 0x2591: "+",
        0x2581: ".", 0x2582: ".", 0x2583: ".", 0x2584: ".", 0x2585: ".", 0x2586: ".", 0x2587: ".",
    ]
}
