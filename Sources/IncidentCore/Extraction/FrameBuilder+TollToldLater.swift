/// "Iran fired more than a dozen ballistic missiles at Al Asad Air Base ... on Jan. 8. ... the Pentagon said Friday that
/// 34 service members at Al Asad had since been diagnosed with traumatic brain injuries": a toll told later, of an
/// event at a site told before, dated only by the day it was told, is that event's toll, not a new event on the day of
/// the telling.
extension FrameBuilder {
    /// The words of a clause that tell only a toll: what happened to people, not what was done to a site; and the
    /// nouns that name the event the toll is of ("No Americans were killed in that attack").
    static let tollWords: Set<String> = [
        "injured", "wounded", "killed", "injuries", "casualties", "hurt", "dead", "fatalities", "injury", "victims",
        "harmed", "death", "deaths", "died", "concussions", "concussion", "losses", "attack", "attacks",
    ]

    /// Frames that tell only a toll (no weapon, no claim, no attack word but the toll's own and the noun that names the
    /// event: "in that attack"), at a site an earlier event of the story was told at, whose only dates are days of
    /// telling ("said Friday", "acknowledged last week"), take that event's day and standing in place of the telling's,
    /// so that their figures reach that event.
    func datingLaterTollsByTheirEvent(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        var out = frames
        for i in out.indices where out[i].role == .attack {
            let f = out[i]
            guard !f.dates.isEmpty, f.dates.allSatisfy(\.isTelling), f.weapons.isEmpty, f.claim == nil,
                  !f.casualties.isEmpty, !f.places.isEmpty,
                  !f.tokens.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) && !Self.tollWords.contains(tokens[$0].text) })
            else { continue }
            let sites = Set(f.places.map(\.base.name))
            guard let event = out[..<i].last(where: { e in
                e.role == .attack && e.isBackground && e.dates.contains { $0.precision != .unknown && !$0.isTelling }
                    && e.places.contains { sites.contains($0.base.name) }
            }) else { continue }
            out[i].dates = event.dates.filter { !$0.isTelling }.prefix(1).map { $0 }
            out[i].isBackground = event.isBackground
        }
        return out
    }
}
