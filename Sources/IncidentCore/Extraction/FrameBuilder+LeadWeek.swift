/// "21 service members were injured when drones struck bases in Syria and Iraq last week ... Nineteen of the troops
/// were hurt at al-Tanf on Oct. 18": a lead that dates its news "last week" makes every day of that calendar week
/// news, though more than `recentDays` before publication; read alone, Oct. 18 told eight days on was background.
extension FrameBuilder {
    /// True when `day` falls in the calendar week before publication (Monday to Sunday) and the headline or first
    /// sentence dates the story "last week".
    func isInLeadsLastWeek(_ day: CalendarDay) -> Bool {
        guard let published, !sentences.isEmpty else { return false }
        let tokens = text.tokens
        let monday = published.adding(days: -(published.weekday - 1))
        guard (monday.adding(days: -7).ordinal..<monday.ordinal).contains(day.ordinal) else { return false }
        return sentences.prefix(2).contains { s in
            s.indices.dropFirst().contains { tokens[$0].text == "week" && tokens[$0 - 1].text == "last" }
        }
    }
}
