/// Several US strikes told one after another: "An AC-130 struck the launch vehicle ... Then early Wednesday,
/// U.S. F-15E jets struck two facilities", "The attacks come one day after U.S. forces conducted airstrikes on
/// August 23".
extension IncidentAssembler {
    /// Words opening a strike clause that tell another strike, before or after the one told so far.
    static let strikeSequenceWords: Set<String> = [
        "then", "later", "separately", "subsequently", "meanwhile", "after", "following", "afterwards",
    ]

    /// True when a strike clause opens with a word of sequence ("Then late Wednesday", "... after U.S. forces
    /// conducted"): with its own day, it is not the undated strike told before it.
    func opensAnotherStrike(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let opening = frame.tokens.prefix(3).filter { !tokens[$0].isPunct }.prefix(2)
        return opening.contains { IncidentAssembler.strikeSequenceWords.contains(tokens[$0].text) }
    }
}
