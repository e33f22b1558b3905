/// Attacks a US-strike story lists as what the strike answered: earlier events, not the story's own.
extension IncidentAssembler {
    /// "The strikes were a response to recent attacks. Those attacks included the July 1 drone attack on
    /// al-Tanf ... Rockets also struck Ain al-Asad on July 2": when a story led by a US strike dates
    /// attacks to two or more different calendar days before it, those attacks are earlier events told
    /// in passing. One dated attack ("the first response to the drone attack on Jan. 28") stays the
    /// story's attack.
    static func listedEarlierAttacks(attackFrames: [ArticleFrame], mentionFrames: [ArticleFrame],
                                     strikeFrames: [ArticleFrame], published: CalendarDay?) -> [ArticleFrame] {
        guard let leadStrike = strikeFrames.map(\.sentence).min() else { return [] }
        let leadAttack = attackFrames.map(\.sentence).min() ?? Int.max
        guard leadStrike <= leadAttack else { return [] }
        guard let limit = strikeFrames.lazy.compactMap({ $0.dates.first?.day }).first ?? published else { return [] }
        func calendarDay(_ frame: ArticleFrame) -> CalendarDay? {
            guard let date = frame.dates.first, date.precision == .day, !date.isRelative,
                  let day = date.day, day.ordinal < limit.ordinal else { return nil }
            return day
        }
        let listed = attackFrames.filter { calendarDay($0) != nil }
        let days = Set((listed + mentionFrames).compactMap(calendarDay).map(\.ordinal))
        return days.count >= 2 ? listed : []
    }
}
