/// Groups named only to describe another: "The Islamic Resistance in Iraq, a loose coalition of Iran-backed
/// groups that includes Kataib Hezbollah and Kataib Sayyid al-Shuhada, claimed the attack" — the members in the
/// description are not the ones who speak.
enum GroupAppositive {
    /// Words that open a description set off by a comma after a name.
    private static let openers: Set<String> = ["a", "an", "the", "which", "one", "whose", "who"]

    /// `groups` without those named inside a comma-set description of a group named just before them.
    static func withoutDescribed(_ groups: [GroupMatch], tokens: [Token]) -> [GroupMatch] {
        groups.filter { g in
            !groups.contains { h in
                guard h.tokens.upperBound < g.tokens.lowerBound,
                      h.tokens.upperBound + 1 < tokens.count, tokens[h.tokens.upperBound].text == ",",
                      openers.contains(tokens[h.tokens.upperBound + 1].text) else { return false }
                // Still inside the description: no comma or full stop between its opening and the group.
                return !(h.tokens.upperBound + 1..<g.tokens.lowerBound).contains { [",", ".", ";"].contains(tokens[$0].text) }
            }
        }
    }
}
