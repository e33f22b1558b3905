/// "... attacked the US garrison at al-Tanf with a drone overnight. ... its fighters struck the base at about
/// 11 p.m. on Thursday": a bare "overnight" dates the attack to the publication day only when the story names
/// no day for it.
extension IncidentAssembler {
    /// The day another clause of the same attack names, when `date` is a bare "overnight".
    func namedDay(over date: DateMention?, frames: [ArticleFrame]) -> DateMention? {
        guard let date, date.isRelative, date.uncertain, date.precision == .day,
              date.tokens.count == 1, text.tokens[date.tokens.lowerBound].text == "overnight", let night = date.day
        else { return nil }
        return frames.lazy.flatMap(\.dates).first { d in
            guard d.precision == .day, !d.isTelling, !d.isSince, let day = d.day, d.tokens != date.tokens else { return false }
            return (night.ordinal - 1...night.ordinal).contains(day.ordinal)
                && text.tokens[d.tokens.lowerBound].text != "overnight"
        }
    }
}
