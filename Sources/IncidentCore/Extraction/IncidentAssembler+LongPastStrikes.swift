/// "... the Iraqi militia leader killed alongside him in a U.S. drone strike near Baghdad airport on Jan. 3, 2020", in a
/// story of January 2022: a US strike of months or years before is history told in passing, never one of the story's
/// strikes. No labelled strike in any of our sets lies more than three months before its article.
extension IncidentAssembler {
    /// Days before publication past which a dated US strike is history, not news.
    static let strikeHistoryDays = 90

    /// True when strike clause `f` is dated to a day more than `strikeHistoryDays` before publication.
    func isLongPast(_ f: ArticleFrame) -> Bool {
        guard let published, let date = f.dates.first, date.precision == .day, let day = date.day else { return false }
        return published.ordinal - day.ordinal > IncidentAssembler.strikeHistoryDays
    }
}
