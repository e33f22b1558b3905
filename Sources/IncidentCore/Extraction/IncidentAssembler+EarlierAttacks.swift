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

extension IncidentAssembler {
    /// "U.S. fighter jets struck a weapons storage facility in eastern Syria ... The latest attack came on Tuesday,
    /// when a one-way drone targeted troops at a base near Shaddadi": in a story whose lead tells a US strike and
    /// no attack, an attack the body tells on a day before the strike is background to the strike, a mention.
    /// A headline that tells an attack as well ("US strikes ... after drone attack") keeps the attack the story's.
    static func attacksBeforeLeadStrike(attackFrames: [ArticleFrame], strikeFrames: [ArticleFrame],
                                        lead: Int?, headlineTellsAttack: Bool) -> [ArticleFrame] {
        guard !headlineTellsAttack, let lead, let leadStrike = strikeFrames.map(\.sentence).min(), leadStrike <= lead,
              !attackFrames.contains(where: { $0.sentence <= lead }),
              let strikeDay = strikeFrames.lazy.compactMap({ $0.dates.first?.day }).max() else { return [] }
        return attackFrames.filter { f in
            guard let date = f.dates.first, date.precision == .day, let day = date.day else { return false }
            return day.ordinal < strikeDay.ordinal
        }
    }
}
