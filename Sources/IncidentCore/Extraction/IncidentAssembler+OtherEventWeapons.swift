/// A clause may tell the attack and, in the same breath, another event: "On Jan. 5, five rockets targeted Ain al-Asad
/// ..., a day after two armed drones were shot down as they approached the base", "Green Village ... has been hit
/// periodically by rockets and mortars". The weapons of that other event are not the attack's. Nor are those of a
/// headline that sums up every event of the story ("Rockets target coalition base in Rimêlan, drone downed over
/// Xerab Cîr"): the body tells which weapon hit which site.
extension IncidentAssembler {
    /// Words that open a clause telling an event before or after the one told ("a day after two drones were shot
    /// down", "following a rocket attack"), in the languages the extractor reads.
    private static let sequenceWords: Set<String> = ["after", "before", "following", "après", "avant", "tras", "después", "dopo", "prima"]

    /// Where a clause turns from its attack to another event, nil when it tells one: an event set before or after it
    /// ("a day after ..."), or the site's record told in the present perfect ("has been hit periodically by rockets",
    /// "have come under sporadic rocket fire since", "The group has claimed a string of similar attacks").
    func otherEventStart(_ frame: ArticleFrame) -> Int? {
        let tokens = text.tokens
        let range = frame.tokens
        return range.first { k in
            let w = tokens[k].text
            // "a day after two armed drones", not "before dawn": an event follows the word.
            if Self.sequenceWords.contains(w) {
                return k > range.lowerBound && (k + 1..<min(range.upperBound, k + 5)).contains { j in
                    FrameBuilder.eventNouns.contains(tokens[j].text) || frame.weapons.contains { $0.span.start == tokens[j].start }
                }
            }
            guard ["has", "have"].contains(w), k + 1 < range.upperBound else { return false }
            let next = tokens[k + 1].text
            return next == "been" || next == "come" || (next.hasSuffix("ed") && next.count > 3)
        }
    }

    /// True for a headline that sums up several events: the article's first line, which does not end with a full stop,
    /// naming weapons in more than one of its parts ("Six rockets hit Baghdad airport, damaging two planes; IED hits
    /// coalition convoy"). "EEUU denuncia un ataque con drones y cohetes contra su base de Al Tanf" tells one.
    func isHeadlineOfSeveralEvents(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        guard frame.sentence == 0, let first = sentences.first, first.upperBound < tokens.count,
              tokens[first.upperBound - 1].text != ".", tokens[first.upperBound].newlineBefore else { return false }
        let parts = Set(frame.weapons.map { w in
            frame.tokens.filter { [",", ";"].contains(tokens[$0].text) && tokens[$0].start < w.span.start }.count
        })
        return parts.count > 1
    }

    /// The clauses without the weapons of other events they tell, and without those of a headline of several events.
    func trimmingWeaponsOfOtherEvents(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let tokens = text.tokens
        return frames.map { f -> ArticleFrame in
            var frame = f
            if isHeadlineOfSeveralEvents(f) {
                frame.weapons = []
            } else if let k = otherEventStart(f) {
                frame.weapons.removeAll { $0.span.start >= tokens[k].start }
            }
            return frame
        }
    }

    /// The attack's clauses without the weapons of other events they tell, and without the headline's, when a weapon
    /// is left that the attack's own clauses tell; else the clauses as they are.
    func withoutWeaponsOfOtherEvents(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        let trimmed = trimmingWeaponsOfOtherEvents(frames)
        return trimmed.contains { !$0.weapons.isEmpty } ? trimmed : frames
    }
}
