/// One attack per site and day: "On May 4, a rocket landed inside Ain al-Asad ... On May 8, a small UAS struck a
/// hangar at Ain al-Asad" tells two attacks at one site. A clause naming one site with a calendar day of its own,
/// other than the day an earlier clause gave that site, opens a second attack there.
extension IncidentAssembler {
    /// The calendar day a clause writes out for its own event ("on May 8", "il 5 gennaio"): not a weekday or "yesterday"
    /// (read against the publication day, and often the same attack told from another side of midnight), not the day
    /// of the telling, nor the start of a span.
    func writtenDay(of frame: ArticleFrame) -> CalendarDay? {
        // "a contractor died ... on Wednesday while sheltering ... during a false alarm": no attack of that day.
        let tokens = text.tokens
        if frame.tokens.contains(where: { tokens[$0].text == "false" && $0 + 1 < tokens.count && tokens[$0 + 1].text == "alarm" }) {
            return nil
        }
        return frame.dates.first { d in
            d.precision == .day && !d.isTelling && !d.isSince && !d.shifted && !d.uncertain
                && (!d.isRelative || isWholeWeekday(d))
        }?.day
    }

    /// "on Wednesday", "on Thursday morning": a weekday told as a day of its own, far from midnight. Live pages and
    /// briefings tell each day's attack at a site by its weekday ("three drones were launched at al-Asad air base ...
    /// on Wednesday" and, in a later entry, "explosions were heard at Ain al-Asad air base ... on Thursday morning"):
    /// two weekdays are two attacks. Not "late Wednesday" / "early Thursday", "Wednesday night", "overnight": the same
    /// attack told from either side of midnight.
    private func isWholeWeekday(_ d: DateMention) -> Bool {
        let tokens = text.tokens
        guard d.tokens.contains(where: { Lexicon.weekdays[tokens[$0].stem] != nil }) else { return false }
        let near = max(0, d.tokens.lowerBound - 2)..<min(tokens.count, d.tokens.upperBound + 2)
        return !near.contains { k in
            ["late", "early", "night", "overnight", "midnight", "evening", "tonight", "dawn", "last", "nuit", "nacht", "noche", "notte"]
                .contains(tokens[k].text)
        }
    }
}
