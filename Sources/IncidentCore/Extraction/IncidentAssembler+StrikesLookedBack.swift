/// A story that looks back at an earlier event (it counts the years since it) has no event of its own, so the US
/// strikes it tells are recalled with the attacks ("Days later, a US drone strike killed Soleimani"; "on Feb. 7 a U.S.
/// drone strike in Baghdad killed a Kataib Hezbollah commander", a year after Tower 22). The guide: earlier US strikes
/// recalled in passing are not incidents. A strike told with a recent day of its own is still news.
extension IncidentAssembler {
    /// True when strike clause `f` gives a day of its own within the last days before publication (not the day it was
    /// told, not a day counted from another date).
    func strikeTellsRecentDay(_ f: ArticleFrame) -> Bool {
        guard let published else { return false }
        return f.dates.contains { d in
            guard let day = d.day, !d.isTelling, !d.isAnchored, d.precision == .day || d.precision == .week else { return false }
            let age = published.ordinal - day.ordinal
            return age >= -1 && age <= FrameBuilder.recentDays
        }
    }
}

extension IncidentAssembler {
    /// A story that tells no attack as news (a hearing, an analysis of a policy, a profile: every attack it tells is a
    /// mention) tells its strikes only to recall them: "In response, the U.S. launched strikes on Feb. 2 against 85
    /// targets", told at a hearing in March, is no US strike of the story's. Its US strikes dated to a day more than the
    /// recent days before publication are dropped; an attack story's dated earlier strike ("It comes after a U.S. strike
    /// on Sept. 1 near al-Qaim") and a month of strikes ("waves of US retaliatory strikes ... in February") are kept.
    func withoutStrikesRecalled(_ incidents: [ExtractedIncident]) -> [ExtractedIncident] {
        guard let published, !incidents.contains(where: { $0.kind == .attack || $0.kind == .partner }) else { return incidents }
        return incidents.filter { i in
            guard i.kind == .usStrike, i.date.precision == .day, let day = i.date.day else { return true }
            return published.ordinal - day.ordinal <= FrameBuilder.recentDays
        }
    }
}
