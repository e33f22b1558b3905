extension FrameBuilder {
    /// "Iran fired more than a dozen ballistic missiles at two Iraqi bases on Tuesday ... The missiles were launched
    /// at about 5:30 p.m. ET and targeted Al Asad air base": a sentence that goes on telling the event of the sentence
    /// before, with a clock time in another zone and no day of its own, is of that day moved to the target's clock
    /// (Wednesday there). Only the same kind of event told just before carries its day: a recalled attack or a strike
    /// in between is another event.
    func datingClockTimesOfTheEventBefore(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        var result = frames
        for f in result.indices where result[f].dates.isEmpty && !result[f].isBackground {
            guard let time = LocalTimeFinder.find(in: result[f].tokens, tokens: text.tokens), time.dayShift != 0,
                  let before = result[..<f].last(where: { !$0.dates.isEmpty }),
                  before.role == result[f].role, !before.isBackground,
                  before.sentence == result[f].sentence - 1, result[..<f].last?.sentence ?? -1 >= before.sentence,
                  let told = before.dates.first, told.precision == .day, !told.shifted, let day = told.day,
                  let clock = text.tokens.firstIndex(where: { $0.start >= time.span.start }) else { continue }
            let end = text.tokens[clock...].firstIndex { $0.end >= time.span.end }.map { $0 + 1 } ?? clock + 1
            var moved = DateMention(day: day.adding(days: time.dayShift), precision: .day, uncertain: false,
                                    isRelative: true, isAnchored: true, tokens: clock..<end, span: time.span)
            moved.shifted = true
            result[f].dates = [moved]
        }
        return result
    }
}
