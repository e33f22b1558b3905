/// "A sixth US service member was injured", "killing a third American soldier": an ordinal after the article counts
/// the people hurt so far, this one the last of them, so the toll it tells is the ordinal's value, not one.
/// Taught by ao15 (CNN live blog, "A sixth US service member was injured in Thursday's drone attack").
extension CasualtyFinder {
    /// The value of an ordinal right after the article at `article` ("a sixth", "an eighth"), nil for none.
    static func ordinalCount(afterArticle article: Int, before head: Int, tokens: [Token]) -> Int? {
        guard ["a", "an"].contains(tokens[article].text), article + 1 < head else { return nil }
        return Lexicon.ordinals[tokens[article + 1].text]
    }
}
