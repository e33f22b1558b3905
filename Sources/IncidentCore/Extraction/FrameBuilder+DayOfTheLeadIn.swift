extension FrameBuilder {
    /// "The most serious attacks came on Oct. 18. At the al-Tanf garrison in southern Syria, two one-way attack drones
    /// targeted U.S. forces": a short sentence that gives the day of attacks without a site, then a sentence that tells
    /// one of them at its site with no day of its own. The site's attack is of the lead-in's day, recalled or not as the
    /// lead-in is.
    func datingByTheLeadIn(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        var result = frames
        let tokens = text.tokens
        for f in result.indices where result[f].role == .attack && result[f].dates.isEmpty
            && (!result[f].places.isEmpty || result[f].writtenPlace != nil) {
            let before = result.filter { $0.sentence == result[f].sentence - 1 }
            guard before.count == 1, let leadIn = before.first, leadIn.role != .strike,
                  leadIn.places.isEmpty, leadIn.writtenPlace == nil, leadIn.dates.count == 1,
                  let day = leadIn.dates.first, day.precision == .day, !day.isTelling,
                  leadIn.tokens.contains(where: { ["attacks", "attack"].contains(tokens[$0].text) }),
                  leadIn.weapons.isEmpty, leadIn.casualties.isEmpty else { continue }
            result[f].dates = [day]
            result[f].isBackground = leadIn.isBackground
        }
        return result
    }
}
