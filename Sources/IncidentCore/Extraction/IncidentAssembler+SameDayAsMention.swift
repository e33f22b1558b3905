/// "Mercredi, 14 roquettes s'étaient abattues sur la base aérienne d'Aïn al-Assad ... Le même jour, dans la nuit de
/// mercredi à jeudi, des drones ont visé le champ pétrolier d'Al-Omar" (round 21, aj17): an attack told as "the same
/// day" as an earlier event the sentence before recalled is an earlier event too, not the story's news (the story's
/// own attack, on the embassy, came a day later).
extension IncidentAssembler {
    /// True when attack clause `frame` opens with "the same day" ("that day", "le même jour") and tells the day of a
    /// mention told in the sentence just before it.
    func sameDayAsMentionBefore(_ frame: ArticleFrame, mentionFrames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        let opening = frame.tokens.lowerBound..<min(frame.tokens.upperBound, frame.tokens.lowerBound + 5)
        guard FrameBuilder.sameDay(in: opening, tokens: tokens) != nil,
              let day = frame.dates.first(where: { $0.precision == .day })?.day else { return false }
        return mentionFrames.contains { m in
            m.sentence == frame.sentence - 1 && m.dates.contains { $0.precision == .day && $0.day == day }
        }
    }
}
