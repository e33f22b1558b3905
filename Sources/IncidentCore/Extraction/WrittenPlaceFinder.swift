/// A site named in the text that the gazetteer does not know, kept as written: "the Ain Zalah oil
/// field", "a base near Khirbat Adana", "Camp Taji".
struct WrittenPlace: Sendable {
    var tokens: Range<Int>
    var span: TextSpan
}

/// Finds a site named next to a site word ("X oil field", "base near X") when no gazetteer base matched.
enum WrittenPlaceFinder {
    /// Words that make a name a site ("oil field", "air base").
    private static let siteWords: Set<String> = [
        "base", "airbase", "airfield", "airport", "garrison", "camp", "field", "outpost", "facility", "compound",
        "airstrip",
    ]
    /// Adjectives that translated copy writes after the site word, as the vocabulary renders them.
    private static let postAdjectives: Set<String> = ["military", "air", "aerial", "soldier", "iraqi", "american"]
    /// Words that may join the parts of a name ("Deir ez-Zor", "Ain al-Asad").
    private static let nameLinks: Set<String> = ["al", "el", "ez", "az", "as", "ash", "ad", "ar", "-", "bin", "abu"]
    /// Capitalised words that are not place names.
    private static let notNames: Set<String> = [
        "the", "a", "an", "us", "u", "american", "iraqi", "syrian", "kurdish", "coalition", "islamic", "resistance",
        "in", "on", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "iraq", "syria",
        "jordan", "pentagon", "centcom", "military", "army", "air", "force", "international", "occupation", "mission",
        "support", "site", "landing", "zone", "forces", "it", "its", "they", "their", "he", "she", "officials",
        // The United States as translated copy writes it ("una base de EEUU", "base dos EUA", "US-Stützpunkt").
        "eeuu", "ee", "uu", "eua", "usa", "etats", "unis", "estados", "unidos",
    ]

    static func find(in range: Range<Int>, tokens: [Token]) -> WrittenPlace? {
        var k = range.lowerBound
        while k < range.upperBound {
            let t = tokens[k]
            guard t.isWord, siteWords.contains(t.stem) else {
                k += 1
                continue
            }
            // "Ain Zalah oil field", "Camp Taji": capitalised name right before the site word (over "oil", "gas", "air").
            var p = k - 1
            while p >= range.lowerBound, ["oil", "gas", "air", "military"].contains(tokens[p].text) { p -= 1 }
            if let start = nameStart(endingAt: p, range: range, tokens: tokens), p >= start {
                return WrittenPlace(tokens: start..<(k + 1), span: TextSpan(start: tokens[start].start, end: t.end))
            }
            if t.text == "camp", let end = nameEnd(startingAt: k + 1, range: range, tokens: tokens) {
                return WrittenPlace(tokens: k..<end, span: TextSpan(start: t.start, end: tokens[end - 1].end))
            }
            // "der Stützpunkt Taji", "la base de Qayyarah": the name after the site word, as translated copy writes it,
            // also past the adjectives it puts after the noun ("la base militare di Qayyarah", "la base militar de
            // Besmaya", whose "militar" reads as "soldier").
            var after = k + 1
            while after < min(range.upperBound, k + 3), postAdjectives.contains(tokens[after].text) { after += 1 }
            let nameAt = after < range.upperBound && tokens[after].text == "of" ? after + 1 : after
            // Recorded by its name alone, the shortest form ("Qayyarah", not "base militare di Qayyarah").
            // "the base's C-RAM defence system": what the base has, not its name.
            if ["base", "airbase", "garrison", "airfield"].contains(t.stem), t.text == t.stem,
               let end = nameEnd(startingAt: nameAt, range: range, tokens: tokens) {
                return WrittenPlace(tokens: k..<end, span: TextSpan(start: tokens[nameAt].start, end: tokens[end - 1].end))
            }
            // "a base near Khirbat Adana"
            if k + 1 < range.upperBound, ["near", "at", "outside"].contains(tokens[k + 1].text),
               let end = nameEnd(startingAt: k + 2, range: range, tokens: tokens) {
                return WrittenPlace(tokens: k..<end, span: TextSpan(start: t.start, end: tokens[end - 1].end))
            }
            k += 1
        }
        return nil
    }

    private static func isNameWord(_ t: Token) -> Bool {
        t.isWord && t.isCapitalized && !notNames.contains(t.stem) && Lexicon.months[t.text] == nil
    }

    /// The first token of a capitalised name that ends at `end`, or nil.
    private static func nameStart(endingAt end: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        // "the K-1 military base", "Camp T-22": a capital letter code with a number.
        if end - 2 >= range.lowerBound, tokens[end].kind == .number, tokens[end - 1].text == "-", !tokens[end - 1].spaceBefore,
           tokens[end - 2].isWord, tokens[end - 2].isAllCaps, tokens[end - 2].text.count <= 3 {
            return end - 2
        }
        guard end >= range.lowerBound, isNameWord(tokens[end]) else { return nil }
        var start = end
        var p = end - 1
        while p >= range.lowerBound, end - p < 5 {
            if isNameWord(tokens[p]) || (nameLinks.contains(tokens[p].text) && p - 1 >= range.lowerBound && !tokens[p].newlineBefore) {
                if isNameWord(tokens[p]) { start = p }
                p -= 1
            } else {
                break
            }
        }
        return start
    }

    /// The end (exclusive) of a capitalised name that starts at `start`, or nil.
    private static func nameEnd(startingAt start: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        guard start < range.upperBound, isNameWord(tokens[start]) else { return nil }
        return CapitalisedName.end(from: start, start: start, in: range, tokens: tokens, links: nameLinks, isName: isNameWord)
    }
}
