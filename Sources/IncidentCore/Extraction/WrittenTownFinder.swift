/// Finds a town told as where an event happened, as written, whether or not the gazetteer knows it: "near
/// al-Batha district", "near the city of al-Samawah", "in the al-Daghara area", "the town of Kifri".
enum WrittenTownFinder {
    /// Words that make the name beside them a town or district ("al-Batha district", "the town of Kifri").
    private static let townWords: Set<String> = ["district", "town", "city", "village", "area", "subdistrict"]
    /// Words before the name that tell where something happened ("near", "outside"; "nei pressi di", "près de",
    /// "vicino a" in translated copy).
    private static let nearWords: Set<String> = ["near", "outside", "pressi", "pres", "vicino", "proximite", "cerca", "perto"]
    /// The small word a translated "near" takes before the name ("près de", "nei pressi di", "perto de").
    private static let nearLinks: Set<String> = ["of", "de", "di", "du", "a", "da", "del", "d'", "von"]
    private static let nameLinks: Set<String> = ["al", "el", "ez", "az", "as", "ash", "ad", "ar", "-", "abu"]
    /// Capitalised words that are not the name of a town.
    private static let notNames: Set<String> = [
        "the", "a", "an", "us", "u", "american", "iraqi", "syrian", "kurdish", "jordanian", "coalition", "islamic",
        "iraq", "syria", "jordan", "kuwait", "iran", "turkey", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "pentagon", "centcom", "it", "its", "they", "he", "she", "international", "green", "zone",
        "border", "highway", "road", "euphrates", "tigris",
    ]

    /// The first town the range tells a place by: after "near" or "outside" (past "the city of"), or beside a town
    /// word ("the al-Daghara area", "al-Batha district").
    static func find(in range: Range<Int>, tokens: [Token]) -> WrittenPlace? {
        for k in range {
            let t = tokens[k]
            guard t.isWord else { continue }
            if nearWords.contains(t.text) {
                // "near the city of al-Samawah", "near al-Yusufiyah"
                var at = k + 1
                if at < range.upperBound, nearLinks.contains(tokens[at].text) { at += 1 }
                if at + 2 < range.upperBound, tokens[at].text == "the", townWords.contains(tokens[at + 1].text),
                   tokens[at + 2].text == "of" {
                    at += 3
                }
                // "nahe der Stadt Hasaka", "nahe der Oasenstadt Palmyra", "près de la ville de Hassaké", "cerca de la
                // ciudad de Deir ez-Zor": the other languages' article, kind of town and "of".
                if let after = foreignTownWordEnd(at: at, range: range, tokens: tokens) { at = after }
                if let end = nameEnd(startingAt: at, range: range, tokens: tokens) {
                    return WrittenPlace(tokens: at..<end, span: TextSpan(start: tokens[at].start, end: tokens[end - 1].end))
                }
            } else if k - 1 > range.lowerBound, (foreignArticles.contains(tokens[k - 1].text)
                        && ["in", "en", "dans"].contains(tokens[k - 2].text)) || tokens[k - 1].text == "in",
                      let at = foreignTownWordEnd(at: k, range: range, tokens: tokens),
                      let end = nameEnd(startingAt: at, range: range, tokens: tokens) {
                // "in der Grenzstadt Albukamal", "dans la ville de Deir ez-Zor"; not "al suroeste de la ciudad de
                // Basora", the town a place is located from.
                return WrittenPlace(tokens: at..<end, span: TextSpan(start: tokens[at].start, end: tokens[end - 1].end))
            } else if townWords.contains(t.text), !continuesAName(k, range: range, tokens: tokens) {
                // "the town of Kifri"
                if k > range.lowerBound, tokens[k - 1].text == "the", k + 1 < range.upperBound, tokens[k + 1].text == "of",
                   let end = nameEnd(startingAt: k + 2, range: range, tokens: tokens) {
                    return WrittenPlace(tokens: (k + 2)..<end, span: TextSpan(start: tokens[k + 2].start, end: tokens[end - 1].end))
                }
                // "al-Batha district", "the al-Daghara area"
                if let start = nameStart(endingAt: k - 1, range: range, tokens: tokens) {
                    return WrittenPlace(tokens: start..<k, span: TextSpan(start: tokens[start].start, end: tokens[k - 1].end))
                }
            }
        }
        return nil
    }

    /// "Terminal High Altitude Area Defense": a capitalised town word inside a longer name is no town word.
    private static func continuesAName(_ k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        tokens[k].isCapitalized && k + 1 < range.upperBound && tokens[k + 1].isWord && tokens[k + 1].isCapitalized
    }

    /// Foreign words for the kind of town before its name ("Stadt", "ville", "ciudad", "città", "cidade").
    private static let foreignTownWords: Set<String> = [
        "stadt", "ortschaft", "dorf", "ville", "village", "localite", "ciudad", "localidad", "pueblo", "citta",
        "localita", "cidade", "localidade", "vila",
        // Round 13: the area a town names ("nella zona di Kifri", "nell'area di Kifri", "en la zona de Diwaniya",
        // "dans la région de Balad", "na região de Hasakah"), read in translated copy as "in zona of Kifri".
        "zona", "area", "region", "regione", "regiao", "gegend",
    ]
    /// Articles before the kind of town in translated copy ("der Stadt", "la ville", "della città"); German copy is
    /// read with its articles already in English ("nahe der Stadt" as "near the Stadt").
    private static let foreignArticles: Set<String> = ["the", "der", "dem", "die", "la", "le", "el", "il", "a", "della", "dalla", "alla", "da"]
    /// The word for "of" between the kind of town and its name ("la ville de", "la ciudad de", "della città di").
    private static let foreignOf: Set<String> = ["of", "de", "di", "von", "do", "da", "d'"]

    /// The token after "der Stadt", "la ville de", "der Oasenstadt" starting at `at`, or nil when no kind of town is there.
    private static func foreignTownWordEnd(at start: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var p = start
        if p < range.upperBound, foreignArticles.contains(tokens[p].text) { p += 1 }
        guard p < range.upperBound else { return nil }
        let w = tokens[p].text
        // German compounds name the kind of town in their last part: "Grenzstadt", "Oasenstadt", "Kleinstadt".
        guard foreignTownWords.contains(w) || (tokens[p].isCapitalized && (w.hasSuffix("stadt") || w.hasSuffix("dorf")))
        else { return nil }
        p += 1
        if p < range.upperBound, foreignOf.contains(tokens[p].text) { p += 1 }
        return p
    }

    private static func isNameWord(_ t: Token) -> Bool {
        t.isWord && t.isCapitalized && !notNames.contains(t.stem) && Lexicon.months[t.text] == nil
    }

    /// The end (exclusive) of a name that starts at `start` ("al-Yusufiyah", "Abu Ghraib"), or nil.
    private static func nameEnd(startingAt start: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var first = start
        // "al-Batha": a lowercase article joined to the name.
        if first + 2 < range.upperBound, ["al", "el", "ad", "ar", "as", "ash", "az"].contains(tokens[first].text),
           tokens[first + 1].text == "-", !tokens[first + 1].spaceBefore, isNameWord(tokens[first + 2]) {
            first += 2
        }
        guard first < range.upperBound, isNameWord(tokens[first]) else { return nil }
        return CapitalisedName.end(from: first, start: start, in: range, tokens: tokens, links: nameLinks,
                                   stopsAtNewline: true, isName: isNameWord)
    }

    /// The first token of a name that ends at `end` ("al-Batha" before "district"), or nil.
    private static func nameStart(endingAt end: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        guard end >= range.lowerBound, isNameWord(tokens[end]) else { return nil }
        var start = end
        var p = end - 1
        while p >= range.lowerBound, end - p < 5 {
            if isNameWord(tokens[p]) {
                start = p
                p -= 1
            } else if nameLinks.contains(tokens[p].text), p - 1 >= range.lowerBound, !tokens[p].newlineBefore {
                // "al-Batha": the article belongs to the name.
                if tokens[p].text == "-", ["al", "el", "ad", "ar", "as", "ash", "az"].contains(tokens[p - 1].text) {
                    // "al-Amin al-Thaniya": the article, and a name before it when there is one.
                    start = p - 1
                    p -= 2
                    continue
                }
                p -= 1
            } else {
                break
            }
        }
        return start
    }
}
