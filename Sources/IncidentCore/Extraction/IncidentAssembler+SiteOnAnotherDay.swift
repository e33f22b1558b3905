/// One attack per site and day: "On May 4, a rocket landed inside Ain al-Asad ... On May 8, a small UAS struck a
/// hangar at Ain al-Asad" tells two attacks at one site. A clause naming one site with a calendar day of its own,
/// other than the day an earlier clause gave that site, opens a second attack there.
extension IncidentAssembler {
    /// The calendar day a clause writes out for its own event ("on May 8", "il 5 gennaio"): not a weekday or "yesterday"
    /// (read against the publication day, and often the same attack told from another side of midnight), not the day
    /// of the telling, nor the start of a span.
    func writtenDay(of frame: ArticleFrame) -> CalendarDay? {
        frame.dates.first { d in
            d.precision == .day && !d.isRelative && !d.isTelling && !d.isSince && !d.shifted && !d.uncertain
        }?.day
    }
}
