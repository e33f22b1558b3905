/// "The first sign came on July 16, when two drones approached Ain Al-Asad ... Nine days later, on Thursday, July 25,
/// two Katyusha rockets were fired at Ain Al-Asad": clauses at one site that tell another whole day tell another
/// attack, and lend this one none of their weapons.
extension IncidentAssembler {
    /// `frames` without those whose own day (a whole day, not a telling) is not the incident's, when some frame
    /// with a weapon is left; else `frames` as they are.
    func ofItsDay(_ frames: [ArticleFrame], _ incident: ExtractedIncident) -> [ArticleFrame] {
        guard incident.date.precision == .day, let day = incident.date.day else { return frames }
        let same = frames.filter { f in
            guard let own = f.dates.first(where: { $0.precision == .day && !$0.isTelling })?.day else { return true }
            return own == day
        }
        return same.contains { !$0.weapons.isEmpty } ? same : frames
    }
}
