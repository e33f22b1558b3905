/// "On June 28, a day after those strikes, militants fired rockets at U.S. troops at the al-Omar oil field in eastern
/// Syria. No Americans were hurt, and U.S. forces responded with counter-battery artillery fire": a US response with no
/// day of its own, told in the sentence right after an earlier (dated) attack of its paragraph, answered that attack
/// then. It is background too, not a strike of the story's day.
extension FrameBuilder {
    /// True for an undated strike frame whose sentence responds ("responded", "retaliated") right after a sentence
    /// of the same paragraph telling a dated earlier attack.
    func respondsToEarlierEventBefore(_ strike: ArticleFrame, in frames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        guard strike.role == .strike, strike.dates.isEmpty, strike.sentence > 0,
              strike.tokens.contains(where: { ["responded", "retaliated", "replied"].contains(tokens[$0].text) }),
              !text.opensParagraph(sentences[strike.sentence].lowerBound) else { return false }
        return frames.contains { f in
            f.role == .attack && f.sentence == strike.sentence - 1 && f.isBackground && f.dates.first?.day != nil
        }
    }
}
