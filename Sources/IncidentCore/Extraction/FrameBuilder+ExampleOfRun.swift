extension FrameBuilder {
    /// Words that make "attacks" a run of them rather than the ones the article reports.
    private static let runWords: Set<String> = ["since", "most", "dozens", "scores", "more", "many"]

    /// True when the clause tells an attack after "including" in a sentence about a run of attacks:
    /// "have claimed most of the attacks against US bases since October 17, including a rocket attack on ...".
    /// Not the attacks a strike answers ("strikes in response to a series of attacks, including an attack at
    /// Erbil Air Base earlier on Monday"): the last of those is the story's own.
    static func isExampleOfRun(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard let including = range.first(where: { tokens[$0].text == "including" }) else { return false }
        let before = range.lowerBound..<including
        if before.contains(where: { ["response", "retaliation", "responding", "retaliating", "answer"].contains(tokens[$0].text) }) {
            return false
        }
        return before.contains { tokens[$0].text == "attacks" } && before.contains { runWords.contains(tokens[$0].text) }
            && (including..<range.upperBound).contains { Lexicon.attackWords.contains(tokens[$0].text) }
    }
}
