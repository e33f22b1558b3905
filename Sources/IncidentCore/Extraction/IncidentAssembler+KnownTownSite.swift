/// One attack per site, also where the site is a town or compound the gazetteer knows: "Late Tuesday, rockets fell
/// inside Balad Air Base ... Hours later, two rockets landed in the Green Zone", "a drone was shot down over Ain al-Asad
/// ... an explosive device planted on the highway between Ramadi and Fallujah hit a convoy".
extension IncidentAssembler {
    /// Words that tell where something happened, right before a town ("in", "near", "between Ramadi and ..."), or that
    /// it was hit ("struck Baghdad's Green Zone").
    private static let whereWords: Set<String> = [
        "in", "near", "at", "inside", "outside", "into", "on", "between", "around", "nearby", "of",
        "hit", "struck", "targeted", "targeting", "toward", "towards", "against",
        // Spanish, French, Italian, German and Portuguese: "cerca de la localidad de Al Musayyib", "près de", "nei
        // pressi di", "bei", "perto de".
        "en", "cerca", "dans", "pres", "nei", "pressi", "vicino", "bei", "nahe", "perto", "em",
    ]
    /// Words that may stand between the place word and the town ("near the city of al-Ramadi").
    private static let townLeadWords: Set<String> = [
        "the", "city", "town", "district", "of", "al", "area",
        "de", "la", "el", "du", "di", "del", "della", "der", "localidad", "ciudad", "ville", "localite", "citta", "stadt", "cidade",
    ]

    /// The town or compound of the gazetteer's areas a site-less clause tells its weapons struck at ("two rockets
    /// landed in the Green Zone", "between Ramadi and Fallujah"), as a written place for drafting; nil when the clause
    /// names no weapon, or only a province or region ("Anbar province", "Baghdad": too wide to be a site of its own), a
    /// launch site ("fired from near Qaim"), or a town that is not told as where it happened ("an officer in
    /// Ramadi told", no weapon; "Ramadi officials").
    /// A headline's town is the reader's landmark ("IED targets a convoy ... in Al-Diwaniyah"), the body tells the
    /// district it hit ("near al-Daghara"): the headline opens no site of its own. Nor does a clause about several
    /// sites ("a series of rocket strikes on bases ... and on the Green Zone").
    func knownTownSite(of frame: ArticleFrame) -> WrittenPlace? {
        guard !frame.weapons.isEmpty, frame.sentence > 0, aboutSeveralSites([frame]).isEmpty else { return nil }
        let tokens = text.tokens
        for area in frame.areas where !area.area.isRegion && !isProvince(area.tokens) && !isLaunchSite(area.tokens) {
            var k = area.tokens.lowerBound - 1
            // "struck Baghdad's Green Zone": the city the compound is in stands between too.
            while k > frame.tokens.lowerBound, Self.townLeadWords.contains(tokens[k].text) || PlaceMatcher.isPossessive(tokens[k]) {
                k -= 1
            }
            guard k >= frame.tokens.lowerBound, Self.whereWords.contains(tokens[k].text) else { continue }
            return WrittenPlace(tokens: area.tokens, span: area.span)
        }
        return nil
    }
}
