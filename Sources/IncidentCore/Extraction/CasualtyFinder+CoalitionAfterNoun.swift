/// "hirió a tres militares de la coalición", "trois soldats de la coalition internationale", "injured three members
/// of the coalition": Romance copy names the party after the people counted, and English does too with "members of".
/// People counted "of the coalition" are the coalition's, whatever party the clause would give them: no US figure.
extension CasualtyFinder {
    /// Words that may stand between "of the" and "coalition" ("of the international coalition", "of the US-led
    /// coalition").
    private static let coalitionModifiers: Set<String> = ["international", "us", "u.s.", "-", "led", "global", "anti", "isis", "western"]

    /// True when the people counted by `m` are followed by "of the ... coalition".
    static func isCountedOfTheCoalition(_ m: CasualtyMention, range: Range<Int>, tokens: [Token]) -> Bool {
        var k = m.anchor + 1
        // Past the count's own words and its noun ("three members", "three service members").
        while k < range.upperBound, k < m.anchor + 5, tokens[k].text != "of", !tokens[k].isPunct { k += 1 }
        guard k + 2 < range.upperBound, tokens[k].text == "of", tokens[k + 1].text == "the" else { return false }
        var j = k + 2
        while j < range.upperBound, j < k + 6, coalitionModifiers.contains(tokens[j].text) { j += 1 }
        return j < range.upperBound && tokens[j].text == "coalition"
    }
}
