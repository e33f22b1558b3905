/// "the American occupation base of al-Tanf, near the Rukban camp", "US base near Syria's Rukban camp": a
/// site told after "near" only locates the base the article names, not a second site.
extension FrameBuilder {
    /// True when a site is written right after "near" or "close to" that follows another site or a base word
    /// ("al-Tanf, near the Rukban camp", "US base near Syria's Rukban camp"), or after a verb that tells where a
    /// site lies ("the site lies north of the Euphrates near the Conoco gas field"); not when a verb stands before
    /// "near" ("landed near the base", "shot down near the Victory Base complex"): that is where it hit.
    func isAfterNear(_ match: PlaceMatch, siteEnds: Set<Int>) -> Bool {
        let tokens = text.tokens
        let k = match.tokens.lowerBound
        guard let near = (max(0, k - 3)..<k).last(where: { j in
            tokens[j].text == "near" || (tokens[j].text == "to" && j > 0 && tokens[j - 1].text == "close")
        }) else { return false }
        var before = tokens[near].text == "near" ? near - 1 : near - 2
        if before >= 0, tokens[before].text == "," { before -= 1 }
        guard before >= 0 else { return false }
        // "the site lies north of the Euphrates near the Conoco gas field": a site told where another lies.
        let locating: Set<String> = ["lies", "sits", "located", "situated"]
        var j = near - 1
        while j >= max(0, near - 10), ![",", ".", ";"].contains(tokens[j].text) {
            if locating.contains(tokens[j].text) { return true }
            j -= 1
        }
        return siteEnds.contains(before + 1) || Lexicon.baseWords.contains(tokens[before].stem)
    }

    /// Removes the sites told after "near" when the article names another site of the same province elsewhere.
    func removingLocatorSites(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        let siteEnds = Set(frames.flatMap(\.places).map(\.tokens.upperBound))
        let named = frames.flatMap(\.places).filter { !isAfterNear($0, siteEnds: siteEnds) && !isBareCity($0, tokens: tokens) }
            .map(\.base)
        var result = frames
        for f in result.indices {
            result[f].places.removeAll { p in
                isAfterNear(p, siteEnds: siteEnds) && named.contains { $0.name != p.base.name && $0.admin1 == p.base.admin1 && $0.country == p.base.country }
            }
        }
        return result
    }
}
