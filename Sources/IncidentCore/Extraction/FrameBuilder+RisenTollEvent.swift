/// "The number of U.S. troops diagnosed with brain injuries after Iran's missile attack on a base in Iraq has risen to
/// 50, the Pentagon said Tuesday. ... The Jan. 8 attack on Ain al-Asad ...": a toll said to have risen is the toll of
/// an event that happened before the telling. When the story dates that event, the toll's frame takes its day, not
/// the day the new count was told.
extension FrameBuilder {
    /// Frames that tell a risen toll (a rise verb before "to"), at no site of their own or at the event's site, dated
    /// only by days of telling, take the day of the story's one dated earlier attack, before or after them, in the same
    /// country.
    func datingRisenTollsByTheirEvent(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        var out = frames
        for i in out.indices where out[i].role == .attack {
            let f = out[i]
            guard !f.dates.isEmpty, f.dates.allSatisfy(\.isTelling), !f.casualties.isEmpty,
                  f.tokens.contains(where: { Lexicon.risingVerbs.contains(tokens[$0].text) && $0 + 1 < f.tokens.upperBound
                      && tokens[$0 + 1].text == "to" })
            else { continue }
            let sites = Set(f.places.map(\.base.name))
            let countries = Set(f.countries.filter { !$0.isOrigin }.map(\.name))
            let events = out.indices.filter { j in
                let e = out[j]
                guard j != i, e.role == .attack, e.isBackground,
                      e.dates.contains(where: { $0.precision == .day && !$0.isTelling }) else { return false }
                if !sites.isEmpty { return e.places.contains { sites.contains($0.base.name) } }
                let theirs = Set(e.countries.filter { !$0.isOrigin }.map(\.name))
                return countries.isEmpty || theirs.isEmpty || !countries.isDisjoint(with: theirs)
            }
            // One event told by its day; two or more leave the toll's event unknown.
            let days = Set(events.compactMap { out[$0].dates.first(where: { $0.precision == .day && !$0.isTelling })?.day })
            guard days.count == 1, let j = events.first else { continue }
            out[i].dates = out[j].dates.filter { $0.precision == .day && !$0.isTelling }.prefix(1).map { $0 }
            out[i].isBackground = true
        }
        return out
    }
}
