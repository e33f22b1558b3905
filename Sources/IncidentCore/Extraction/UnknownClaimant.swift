/// A claimant the group catalog does not know, kept as written: "a little-known group calling itself
/// Saraya Awliya al-Dam", "a group called Ashab al-Kahf", "an outfit known as Qasim al-Jabbarin",
/// "claimed by Usbat al-Thaireen" (a name of two words at least).
enum UnknownClaimant {
    /// Name words may be joined by these ("Saraya Awliya al-Dam", "Ashab al-Kahf").
    private static let links: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "-", "of", "bin", "abu"]

    static func find(in range: Range<Int>, text: ScannedText) -> GroupMatch? {
        let tokens = text.tokens
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        for k in range {
            var start: Int?
            if word(k) == "calling", ["itself", "themselves"].contains(word(k + 1)) { start = k + 2 }
            if ["called", "named"].contains(word(k)), ["group", "groups", "faction", "outfit", "militia"].contains(word(k - 1)) {
                start = k + 1
            }
            if word(k) == "known", word(k + 1) == "as" { start = k + 2 }
            // "The attack was claimed by Saraya Awliya al-Dam"
            if word(k) == "by", ["claimed", "responsibility"].contains(word(k - 1)) { start = k + 1 }
            guard let start else { continue }
            if let name = name(from: start, in: range, text: text) { return name }
        }
        return nil
    }

    /// The name of two words at least that starts at `start` ("Saraya Awliya al-Dam", "Ashab al-Kahf"), or nil.
    static func name(from start: Int, in range: Range<Int>, text: ScannedText) -> GroupMatch? {
        let tokens = text.tokens
        var s = start
        while s < range.upperBound, tokens[s].text == "\"" || tokens[s].text == "the" { s += 1 }
        var end = s
        while end < range.upperBound, end - s < 8 {
            let t = tokens[end]
            if t.isWord, t.isCapitalized {
                end += 1
            } else if links.contains(t.text), end + 1 < range.upperBound,
                      tokens[end + 1].isCapitalized || tokens[end + 1].text == "-" {
                end += 1
            } else {
                break
            }
        }
        // Two words at least: a name, not a description ("calling itself resistance").
        let words = (s..<end).filter { tokens[$0].isWord }
        guard words.count >= 2 else { return nil }
        let span = TextSpan(start: tokens[s].start, end: tokens[end - 1].end)
        let group = ArmedGroup(name: text.text(span), kind: "group named in the text", alsoKnownAs: [])
        return GroupMatch(group: group, tokens: s..<end, span: span)
    }
}
