/// Lines of a list or tracker that each tell one attack on their own day.
extension IncidentAssembler {
    /// The day a list line ("- January 6: ...") or tracker entry ("November 5 — Tal Baydar ...") gives its attack.
    func listEntryDay(_ frame: ArticleFrame) -> DateMention? {
        guard frame.entryStart != nil || FrameBuilder.isListItem(sentences[frame.sentence], tokens: text.tokens)
                || isRoundupEntry(frame),
              let date = frame.dates.first, date.precision == .day, !date.isTelling, date.day != nil else { return nil }
        return date
    }
}
