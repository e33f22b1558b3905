/// A roundup that counts attacks over a span it dates ("24 US personnel were injured in Iranian-backed militia
/// attacks in Iraq and Syria between October 17 and 24", "attacks on US forces since October 17"), up to the days
/// it is published, without naming the site of any one of them: each attack it then dates inside that span is its
/// news, as a roundup's are (`+Roundup`), not an earlier event recalled.
extension IncidentAssembler {
    /// The most days before publication that such a span may open and still be the story's news.
    static let countedSpanReach = 14

    /// The ordinals of the days from the span's first day to publication; nil when the lead counts no attacks over a
    /// span opened by a written day, names a site of its own (a story about one attack that counts the others), or
    /// dates a span that opened long before or ended before the days of publication.
    func countedSpanDays(_ frames: [ArticleFrame]) -> ClosedRange<Int>? {
        guard let published, let lead = leadSentence() else { return nil }
        let tokens = text.tokens
        let range = sentences[lead]
        guard range.contains(where: { ["attacks", "operations"].contains(tokens[$0].text) }),
              !frames.contains(where: { $0.sentence == lead && (!$0.places.isEmpty || $0.writtenPlace != nil) }) else { return nil }
        let dates = DateFinder.find(in: range, tokens: tokens, published: published)
        guard let opening = dates.first(where: { $0.isSince && $0.precision == .day })?.day,
              published.ordinal - opening.ordinal <= IncidentAssembler.countedSpanReach, opening <= published else { return nil }
        // "between October 17 and 24", told on the 24th: the span reaches the days of publication.
        if let end = dates.first(where: \.isPeriodEnd)?.day, published.ordinal - end.ordinal > 1 { return nil }
        return opening.ordinal...published.ordinal
    }
}
