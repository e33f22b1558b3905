extension FrameBuilder {
    /// Words that put strikes in an earlier time than the story's: "last week's strikes", "the previous strikes",
    /// "earlier US airstrikes".
    private static let earlierTimeWords: Set<String> = ["previous", "earlier", "prior", "past"]
    private static let strikeNouns: Set<String> = ["strike", "strikes", "airstrike", "airstrikes", "raids", "bombing", "bombings"]
    /// The verb of protest that opens the strikes protested ("to protest U.S. airstrikes", "protesting the strikes").
    private static let protestVerbs: Set<String> = ["protest", "protesting"]
    /// Words of protest before the strike noun: the verbs, and "protested" / "protests".
    private static let protestWords = protestVerbs.union(["protested", "protests"])
    /// Words that may stand between the time word and the noun ("last week's retaliatory U.S. strikes").
    private static let strikeModifiers: Set<String> = ["retaliatory", "us", "u.s.", "american", "air", "precision", "the"]

    /// Whether the strike clause names its strikes as of an earlier time, or as what attacks go on despite ("as the Pentagon debates whether last week's
    /// retaliatory strikes did enough"): strikes recalled, not told as news, whatever day the sentence gives.
    func namesStrikesOfAnEarlierTime(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        for k in range where Self.strikeNouns.contains(tokens[k].text) {
            var b = k - 1
            while b >= range.lowerBound, Self.strikeModifiers.contains(tokens[b].text) { b -= 1 }
            guard b >= range.lowerBound else { continue }
            let w = tokens[b].text
            // "Militias keep firing at US troops despite strikes": what the attacks go on despite came before them.
            if Self.earlierTimeWords.contains(w) || w == "despite" { return true }
            // "broke into the U.S. Embassy compound ... to protest U.S. airstrikes that killed 25 fighters": strikes
            // protested are the cause of the story's news, struck before it (round 16, ar03).
            if Self.protestWords.contains(w) { return true }
            if ["week's", "month's", "weekend's"].contains(w), b > range.lowerBound, tokens[b - 1].text == "last" { return true }
        }
        return false
    }

    /// "Dozens of angry militia supporters broke into the U.S. Embassy compound in Baghdad on Tuesday ... to protest
    /// U.S. airstrikes that killed 25 fighters": the strikes protested are a clause of their own, the cause of the
    /// story's news and struck before it (`namesStrikesOfAnEarlierTime`); their toll is not the storming's. Returns the
    /// position of "protest" / "protesting" when a strike noun follows within three words. Round 16 (ar03).
    func protestOfStrikes(_ part: Range<Int>) -> Int? {
        let tokens = text.tokens
        return part.first { k in
            k > part.lowerBound && Self.protestVerbs.contains(tokens[k].text)
                && ((k + 1)..<min(part.upperBound, k + 4)).contains { Self.strikeNouns.contains(tokens[$0].text) }
        }
    }
}
