/// Weapons counted in the sentence before the one that names where they hit: "At least 14 rockets were fired at around
/// 9:30 pm on Monday. Three struck Erbil International Airport" (ap15), "sind mehr als ein Dutzend ballistische Raketen
/// auf zwei Stützpunkte im Irak niedergegangen. Getroffen wurden ... Ain al-Assad ... sowie ... Erbil" (ap20).
extension IncidentAssembler {
    /// The weapons of the site-less clause that counts them in the sentence right before the site's first sentence, for
    /// a site whose own clauses name none. A weapon-counting clause further away may tell another event.
    func weaponsToldBefore(_ siteFrames: [ArticleFrame]) -> [ArticleFrame] {
        guard let first = siteFrames.map(\.sentence).min(), first > 0 else { return [] }
        return withoutWeaponsOfOtherEvents(weaponLeads.filter { $0.sentence == first - 1 })
    }
}
