/// The day a group's statement title stamps it with: "Operations of the Islamic Resistance in Iraq for Monday
/// 1-1-2024". A channel's daily list of operations and a dated release tell each item by a
/// clock time only ("1- At 11:15 a.m., the Mujahideen targeted ..."): the title's day is the day of every attack or
/// strike told with no day of its own. Round 12 (statements).
extension FrameBuilder {
    /// The written day of the first line when that line is a title (no full stop ends it) and gives exactly one day,
    /// written out with its number ("1-1-2024", "Jan. 20"), not a weekday alone ("Monday" may be the day of a story).
    func titleDay() -> DateMention? {
        let tokens = text.tokens
        guard let first = sentences.first, !first.isEmpty, tokens[first.lowerBound].newlineBefore || first.lowerBound == 0,
              tokens[first.upperBound - 1].text != "." else { return nil }
        // "for Monday 1-1-2024": the weekday read alone is relative; the written date is the title's day.
        let days = DateFinder.find(in: first, tokens: tokens, published: published)
            .filter { $0.precision == .day && $0.day != nil && !$0.isRelative }
        guard days.count == 1, let day = days.first, !day.isSince, !day.isPeriodEnd,
              day.tokens.contains(where: { tokens[$0].kind == .number }) else { return nil }
        return day
    }

    /// Dates each attack or strike of the body that has no day of its own, and is not background, by the title's day.
    func datingByTitleDay(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        // Only a group's own list: a tracker's or an update's title ("Iran Update, January 17, 2024") gives the day
        // it was written, and its entries are told under days of their own.
        guard StatementClaimant.titleNamesFightersGroup(sentences: sentences, tokens: text.tokens, groups: groups),
              let day = titleDay() else { return frames }
        return frames.map { f in
            guard f.sentence > 0, f.dates.isEmpty, !f.isBackground, f.role == .attack || f.role == .strike else { return f }
            var dated = f
            dated.dates = [day]
            return dated
        }
    }
}
