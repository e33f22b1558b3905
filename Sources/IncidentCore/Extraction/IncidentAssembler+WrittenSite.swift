/// One attack per site, also where the site is only written: a clause telling an attack at a place the gazetteer
/// does not know, other than the site it would otherwise join, is an attack of its own.
extension IncidentAssembler {
    /// The place a site-less clause tells its attack at, as written ("near al-Diwaniyah", "a coalition base near
    /// Hasakah"), keyed for drafting, when it is another site than `target` (the base the clause would join):
    /// `joins` is the draft still without a place that it completes (the story's own attack told first without its
    /// town), nil when it opens a draft of its own or joins the one already keyed by the same place.
    /// Nil when the clause writes no place, or writes the target's own town ("Taji" for Camp Taji).
    func writtenSite(of frame: ArticleFrame, joining target: Base?,
                     drafts: [(base: Base?, written: String?, frames: [ArticleFrame])]) -> (key: String, joins: Int?)? {
        guard let place = siteWritten(in: frame) else { return nil }
        let key = Self.siteKey(text.text(place.span))
        guard !key.isEmpty else { return nil }
        // "Rockets hit US base near Kharab al-Jir airstrip": a place the gazetteer knows is no place only written.
        let around = place.tokens.lowerBound..<min(place.tokens.upperBound + 4, frame.tokens.upperBound)
        if let places, !places.matches(in: around, tokens: text.tokens).isEmpty { return nil }
        if let target {
            // "rockets fell near Taji", "Rockets hit Iraqi base near Kirkuk" (K-1), "a base near Hasakah" (al-Shaddadi):
            // the base's own town or province, or an area whose bases include it, is the same site told two ways.
            let areaOfBase = frame.areas.contains { a in
                a.span.start >= place.span.start && a.span.end <= place.span.end && a.area.bases.contains(target.name)
            }
            let province = Self.siteKey(target.admin1)
            if areaOfBase || Self.siteKey(target.name).contains(key) || (!province.isEmpty && key.contains(province))
                || isQuarterOfTheCity(place) {
                return nil
            }
            return (key, nil)
        }
        if drafts.contains(where: { $0.base == nil && $0.written == key }) { return (key, nil) }
        // "An IED targeted a convoy on Sunday in Diwaniyah governorate ... On Thursday, a similar device exploded
        // near a convoy in the Jabala area": a place told with a day of its own is another attack.
        guard let unkeyed = drafts.firstIndex(where: { $0.base == nil && $0.written == nil }) else { return (key, nil) }
        // "security sources said Wednesday": the day of the telling dates no attack.
        let draftDays = Set(drafts[unkeyed].frames.compactMap { $0.dates.first { !$0.isTelling }?.day })
        let ownDays = frame.dates.filter { !$0.isTelling }.compactMap(\.day)
        if !ownDays.isEmpty, !draftDays.isEmpty, !ownDays.contains(where: draftDays.contains) { return (key, nil) }
        return (key, unkeyed)
    }

    /// The place a clause tells its attack at without a base: a town or site as written, not where it was launched
    /// from; else a town or compound the gazetteer knows ("two rockets landed in the Green Zone", `+KnownTownSite`).
    func siteWritten(in frame: ArticleFrame) -> WrittenPlace? {
        [frame.writtenTown, frame.writtenPlace].compactMap({ $0 }).first(where: { !isLaunchSite($0.tokens) })
            ?? knownTownSite(of: frame)
    }

    /// A written place reduced for comparison: lowercase letters only, without an "al-" article.
    static func siteKey(_ written: String) -> String {
        var words = written.lowercased().split { !$0.isLetter }.map(String.init)
        words.removeAll { ["al", "el", "the", "of"].contains($0) }
        return words.joined()
    }

    /// Words that make a written place a part of a city: "residential neighborhoods". Not "district": an Iraqi district
    /// ("the al-Rumaytha district") is a county of its own, unless the city owns it ("the city's Ankawa district").
    private static let quarterWords: Set<String> = [
        "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "quarter", "suburb",
    ]

    /// "rockets landed in the city's Ankawa district, on the road to the airport": a quarter of the city the story's base
    /// is in, hit by the same volley, is that attack's spill, not an attack on a site of its own.
    func isQuarterOfTheCity(_ place: WrittenPlace) -> Bool {
        let tokens = text.tokens
        let before = max(0, place.tokens.lowerBound - 2)..<place.tokens.lowerBound
        let near = place.tokens.lowerBound..<min(tokens.count, place.tokens.upperBound + 1)
        return before.contains { ["city's", "town's", "city’s", "town’s"].contains(tokens[$0].text) }
            || near.contains { Self.quarterWords.contains(tokens[$0].text) }
    }
}
