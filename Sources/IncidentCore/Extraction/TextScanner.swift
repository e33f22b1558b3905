import Foundation

/// Folds text (case, diacritics, typographic quotes and dashes) one code point to one code point and
/// cuts it into tokens, so that every token keeps its exact position in the original body.
enum TextScanner {
    private enum CharClass: UInt8 { case letter, digit, space, newline, punct, mark }

    static func tokens(of text: String) -> [Token] { tokens(of: Array(text.unicodeScalars)) }

    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        let n = scalars.count
        var folded = [Unicode.Scalar](repeating: " ", count: n)
        var classes = [CharClass](repeating: .space, count: n)
        var upper = [Bool](repeating: false, count: n)
        for (i, s) in scalars.enumerated() {
            let (f, c, u) = fold(s)
            folded[i] = f
            classes[i] = c
            upper[i] = u
        }

        func isAlnum(_ k: Int) -> Bool { k >= 0 && k < n && (classes[k] == .letter || classes[k] == .digit) }
        func isSingleLetter(_ k: Int) -> Bool {
            k < n && classes[k] == .letter && !isAlnum(k - 1) && !isAlnum(k + 1)
        }

        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        var spaceBefore = true
        var newlineBefore = true
        var i = 0
        while i < n {
            switch classes[i] {
            case .space:
                spaceBefore = true
                i += 1
                continue
            case .newline:
                spaceBefore = true
                newlineBefore = true
                i += 1
                continue
            case .mark:
                i += 1
                continue
            case .punct:
                tokens.append(Token(kind: .punct, start: i, end: i + 1, text: String(Character(folded[i])),
                                    isCapitalized: false, isAllCaps: false,
                                    spaceBefore: spaceBefore, newlineBefore: newlineBefore, value: nil))
                i += 1
            case .letter, .digit:
                let start = i
                // Dotted abbreviations: U.S., p.m., U.N.
                if isSingleLetter(i), i + 2 < n, folded[i + 1] == ".", isSingleLetter(i + 2) {
                    var j = i
                    var text = String.UnicodeScalarView()
                    var caps = true
                    while isSingleLetter(j) {
                        text.append(folded[j])
                        caps = caps && upper[j]
                        if j + 1 < n, folded[j + 1] == "." { j += 2 } else { j += 1; break }
                    }
                    tokens.append(Token(kind: .word, start: start, end: j, text: String(text),
                                        isCapitalized: upper[start], isAllCaps: caps,
                                        spaceBefore: spaceBefore, newlineBefore: newlineBefore, value: nil))
                    i = j
                } else {
                    var j = i
                    var text = String.UnicodeScalarView()
                    var hasLetter = false
                    var anyLower = false
                    while j < n {
                        let c = classes[j]
                        if c == .letter || c == .digit {
                            text.append(folded[j])
                            if c == .letter {
                                hasLetter = true
                                if !upper[j] { anyLower = true }
                            }
                            j += 1
                        } else if c == .mark {
                            j += 1
                        } else if folded[j] == "'", j + 1 < n, classes[j + 1] == .letter, classes[j - 1] == .letter {
                            text.append("'")
                            j += 1
                        } else if folded[j] == ",", !hasLetter, j + 3 < n,
                                  classes[j + 1] == .digit, classes[j + 2] == .digit, classes[j + 3] == .digit,
                                  j + 4 >= n || classes[j + 4] != .digit {
                            j += 1
                        } else {
                            break
                        }
                    }
                    let string = String(text)
                    tokens.append(Token(kind: hasLetter ? .word : .number, start: start, end: j, text: string,
                                        isCapitalized: upper[start], isAllCaps: hasLetter && !anyLower,
                                        spaceBefore: spaceBefore, newlineBefore: newlineBefore,
                                        value: hasLetter || string.count > 9 ? nil : Int(string)))
                    i = j
                }
            }
            spaceBefore = false
            newlineBefore = false
        }
        markLowercaseUS(&tokens)
        return tokens
    }

    /// Words after which a lowercase "us" is the country, not the pronoun: "us troops", "us base".
    private static let usContextWords: Set<String> = [
        "troops", "troop", "forces", "force", "base", "bases", "soldier", "soldiers", "military", "personnel",
        "embassy", "army", "navy", "marines", "servicemembers", "service", "official", "officials", "defense",
        "defence", "airstrike", "airstrikes", "strikes", "coalition", "government", "administration", "president",
        "central", "command", "convoy", "convoys", "positions", "occupation", "contractors", "citizens", "drone",
        "drones", "warplanes", "jets", "aircraft", "interests", "facilities", "outpost", "garrison", "envoy",
    ]

    /// Marks a lowercase "us" as the US when the next word is a military or state noun ("us forces") or a
    /// hyphenated "-led"/"-backed" ("us-led coalition"); a pronoun before a verb or at a clause end stays one.
    private static func markLowercaseUS(_ tokens: inout [Token]) {
        for k in tokens.indices where tokens[k].text == "us" && !tokens[k].isAllCaps && k + 1 < tokens.count {
            let next = tokens[k + 1]
            if next.isWord, usContextWords.contains(next.stem) {
                tokens[k].isUSByContext = true
            } else if next.text == "-", !next.spaceBefore, k + 2 < tokens.count,
                      ["led", "backed", "made", "run"].contains(tokens[k + 2].text) {
                tokens[k].isUSByContext = true
            }
        }
    }

    private static func fold(_ s: Unicode.Scalar) -> (Unicode.Scalar, CharClass, Bool) {
        let v = s.value
        if v < 128 {
            switch v {
            case 65...90: return (Unicode.Scalar(v + 32)!, .letter, true)
            case 97...122: return (s, .letter, false)
            case 48...57: return (s, .digit, false)
            case 10, 13: return (" ", .newline, false)
            case 9, 11, 12, 32: return (" ", .space, false)
            case 0...31, 127: return (" ", .space, false)
            default: return (s, .punct, false)
            }
        }
        switch v {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return (" ", .space, false)
        case 0x85, 0x2028, 0x2029: return (" ", .newline, false)
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4: return ("'", .punct, false)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return ("\"", .punct, false)
        case 0x2010...0x2015, 0x2212: return ("-", .punct, false)
        default: break
        }
        let props = s.properties
        switch props.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return (s, .mark, false)
        case .decimalNumber: return (s, .punct, false)
        default: break
        }
        guard props.isAlphabetic else { return (s, .punct, false) }
        let isUpper = props.isUppercase
        let base = String(s).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        if let first = base.unicodeScalars.first, base.unicodeScalars.count == 1 {
            return (first, .letter, isUpper)
        }
        let lower = props.lowercaseMapping.unicodeScalars.first ?? s
        return (lower, .letter, isUpper)
    }
}
