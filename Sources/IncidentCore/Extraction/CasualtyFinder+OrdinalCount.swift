/// "A sixth US service member was injured", "killing a third American soldier": an ordinal after the article counts
/// the people hurt so far, this one the last of them, so the toll it tells is the ordinal's value, not one.
/// Taught by ao15 (CNN live blog, "A sixth US service member was injured in Thursday's drone attack").
extension CasualtyFinder {
    private static let ordinals: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12,
    ]

    /// The value of an ordinal right after the article at `article` ("a sixth", "an eighth"), nil for none.
    static func ordinalCount(afterArticle article: Int, before head: Int, tokens: [Token]) -> Int? {
        guard ["a", "an"].contains(tokens[article].text), article + 1 < head else { return nil }
        return ordinals[tokens[article + 1].text]
    }
}
