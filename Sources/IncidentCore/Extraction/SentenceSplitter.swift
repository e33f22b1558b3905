/// Cuts a token stream into sentences: at line breaks, and at `.`, `!`, `?` followed by a capitalised
/// word, a number or an opening quote, unless the period closes an abbreviation ("Oct.", "Gen.").
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "no", "vs", "gov", "sen", "rep", "maj",
        "capt", "brig", "adm", "cpl", "pvt", "inc", "corp", "co", "jr", "sr", "mt", "ft",
        // US ranks as the Pentagon's casualty releases write them ("Spc.", "Pfc.", "Staff Sgt.", "Cmdr.").
        "spc", "pfc", "sfc", "ssg", "ssgt", "msgt", "tsgt", "sgm", "cmdr", "cdr", "cpt", "pte", "lcpl", "cwo",
    ]
    /// AP abbreviations of US states, only when capitalised ("of Hanford, Calif., and").
    static let stateAbbreviations: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va",
        "wash", "wis", "wyo",
    ]

    static func split(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i > start, tokens[i].newlineBefore {
                result.append(start..<i)
                start = i
            }
            let t = tokens[i]
            guard t.isPunct, t.text == "." || t.text == "!" || t.text == "?" else {
                i += 1
                continue
            }
            var j = i + 1
            while j < tokens.count, tokens[j].isPunct, !tokens[j].spaceBefore,
                  [")", "\"", "'", "]"].contains(tokens[j].text) {
                j += 1
            }
            guard j < tokens.count else { break }
            let next = tokens[j]
            if !next.newlineBefore, next.spaceBefore, startsSentence(next), !closesAbbreviation(i, tokens) {
                result.append(start..<j)
                start = j
            }
            i = j
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.isCapitalized
        case .number: return true
        case .punct: return ["\"", "(", "[", "'"].contains(t.text)
        }
    }

    private static func closesAbbreviation(_ period: Int, _ tokens: [Token]) -> Bool {
        guard tokens[period].text == ".", period > 0 else { return false }
        let prev = tokens[period - 1]
        guard prev.isWord, prev.end == tokens[period].start else { return false }
        return abbreviations.contains(prev.text) || (prev.text.count == 1 && prev.isCapitalized)
            || (stateAbbreviations.contains(prev.text) && prev.isCapitalized)
    }
}
