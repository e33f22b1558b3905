/// Whose a toll told of a group is, when the group stands after the casualty word: "without causing casualties among
/// the drivers", "no casualties had been recorded among the local population", "injuring three members of one
/// family". A reporter names the people a zero or a count is about; when they are civilians (a family, the local
/// population, truck drivers, residents) the toll is theirs, not the troops' the story is about.
extension CasualtyFinder {
    /// Words that name people as civilians by who they are, beyond the heads a count is read with.
    private static let civilianGroupWords: Set<String> = [
        "population", "locals", "inhabitants", "family", "families", "household", "households",
        "civilian", "civilians",
    ]

    /// True when `word` names civilians by who they are.
    static func namesCivilians(_ word: String) -> Bool {
        civilianHeads.contains(word) || civilianGroupWords.contains(word)
    }

    /// The civilians a toll told with the casualty noun at `k` is said to be "among" (or "to"), past the verb of a
    /// report ("no casualties had been recorded among the local population"), or nil when the words after it name no
    /// civilians (US troops, the coalition, or nobody at all).
    static func civiliansNamedAfter(noun k: Int, tokens: [Token]) -> CasualtyParty? {
        var j = k + 1
        let reportWords: Set<String> = ["reported", "recorded", "registered", "caused", "suffered"]
        while j < tokens.count, j <= k + 4, Lexicon.auxiliaries.contains(tokens[j].text) || reportWords.contains(tokens[j].text) {
            j += 1
        }
        guard j < tokens.count, ["among", "to"].contains(tokens[j].text) else { return nil }
        var h = j + 1
        while h < tokens.count, h <= j + 5, tokens[h].isWord {
            let word = tokens[h].stem
            if Lexicon.isUS(tokens[h]) || word == "coalition" { return nil }
            if namesCivilians(word) { return .other("civilian") }
            if Lexicon.personNouns.contains(word) { return nil }
            h += 1
        }
        return nil
    }
}
