/// Arabic articles inside names written in foreign copy: "Jurf al-Sakhar", "el-Mayadin".
extension ForeignWords {
    /// True when the lower-case word at `k` is joined by a hyphen, with no spaces, to a capitalised word ("al-Sakhar"):
    /// the article of an Arabic name.
    static func joinedToName(_ k: Int, tokens: [Token]) -> Bool {
        guard k + 2 < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].text.count <= 3,
              tokens[k + 1].text == "-", !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore,
              tokens[k + 2].isCapitalized else { return false }
        return true
    }
}
