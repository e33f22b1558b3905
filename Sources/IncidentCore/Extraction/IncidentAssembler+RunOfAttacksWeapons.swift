/// The weapons of a run of attacks are not the story's attack's: "It was the first time a drone was used against Ain
/// al-Asad, which has been hit by rockets many times", "Iran-backed groups were behind a series of drone and rocket
/// attacks on the Conoco and al-Omar bases last year".
extension IncidentAssembler {
    /// Nouns that make attacks a run: "a series of", "a string of", "a wave of", "a spate of", "a campaign of".
    private static let runNouns: Set<String> = ["series", "string", "spate", "wave", "campaign", "streak"]

    /// Where a clause starts telling attacks as a run rather than one event: a run noun before "of", "the first time"
    /// (set against the times before), else anywhere in a clause telling a vague count of times ("many times",
    /// "repeatedly") or a habit of attacks. Nil for a clause that tells one event.
    func runOfAttacksStart(_ frame: ArticleFrame) -> Int? {
        let tokens = text.tokens
        let range = frame.tokens
        if let k = range.first(where: { k in
            opensRun(at: k, in: range) || (tokens[k].text == "time" && k > range.lowerBound && tokens[k - 1].text == "first")
        }) {
            return k
        }
        return tellsRunOfAttacks(frame) || tellsHabitOfAttacks(frame) ? range.lowerBound : nil
    }

    /// The site's clauses without the weapons told in their runs of attacks ("Iran-backed militants fired ballistic
    /// missiles and rockets at Ain al-Asad ..., the latest in a string of attacks" keeps both), when another clause,
    /// or the same one before its run, names a weapon of its own.
    func withoutWeaponsOfRuns(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        let trimmed = frames.map { f -> ArticleFrame in
            guard let k = runOfAttacksStart(f) else { return f }
            var frame = f
            frame.weapons.removeAll { $0.span.start >= tokens[k].start }
            return frame
        }
        return trimmed.contains { !$0.weapons.isEmpty } ? trimmed : frames
    }

    /// "Officials have blamed Iran-backed militias for a string of rocket attacks on bases hosting US troops and on the
    /// US embassy in Baghdad": a clause whose sites are all told after "a string of" (a series, a wave ...) and that
    /// gives no day and no claim tells a run, no attack of the story. "The latest in a string of attacks", told after
    /// the attack's own site, is not this.
    /// "This strike is a response to a series of attacks against U.S. personnel in Iraq and Syria ... that began on
    /// October 17": a run told with no site and no toll of its own is no attack either.
    func tellsOnlyARunOfAttacks(_ frame: ArticleFrame) -> Bool {
        let range = frame.tokens
        guard frame.claim == nil,
              !frame.dates.contains(where: { $0.precision == .day && !$0.isSince }),
              let k = range.first(where: { opensRun(at: $0, in: range) })
        else { return false }
        if frame.places.isEmpty { return frame.casualties.isEmpty && frame.writtenPlace == nil && frame.writtenTown == nil }
        return frame.places.allSatisfy { $0.tokens.lowerBound > k }
    }

    /// "a series of", "a string of": a run noun at `k` before "of".
    private func opensRun(at k: Int, in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        return Self.runNouns.contains(tokens[k].text) && k + 1 < range.upperBound && tokens[k + 1].text == "of"
    }
}
