/// One word, number or punctuation mark of an article body, positioned in Unicode code points.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var kind: Kind
    /// Start of the token in the body, in code points.
    var start: Int
    /// End of the token (exclusive), in code points.
    var end: Int
    /// Lowercased, diacritics folded, typographic quotes and dashes folded to ASCII; word-internal
    /// apostrophes kept ("iraq's"); dotted abbreviations joined ("U.S." → "us").
    var text: String
    var isCapitalized: Bool
    var isAllCaps: Bool
    var spaceBefore: Bool
    var newlineBefore: Bool
    /// The value of a number token ("2,500" → 2500).
    var value: Int?

    var isWord: Bool { kind == .word }
    var isPunct: Bool { kind == .punct }
    /// The text without a possessive "'s" ("tuesday's" → "tuesday").
    var stem: String { text.hasSuffix("'s") ? String(text.dropLast(2)) : text }
    var span: TextSpan { TextSpan(start: start, end: end) }
    /// A lowercase "us" that names the US by its context ("us troops", "us-led"), set by the scanner.
    var isUSByContext = false
    /// "US" or "U.S." in capitals, a dotted "u.s.", or "us" before a word that makes it the US
    /// ("us forces") — never the pronoun ("told us").
    var isUSAbbreviation: Bool { text == "us" && (isAllCaps || end - start > 2 || isUSByContext) }
}
