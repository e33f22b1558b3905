/// "On Saturday night, a rocket struck near the airport, and another fell close to the US embassy. Neither caused
/// injuries.": a zero told in a clause that names no site and no day of its own is told of the events the story has
/// just told. When those were earlier events recalled in passing (mentions), the zero is theirs, every one of them,
/// and says nothing of the story's own attack.
extension IncidentAssembler {
    /// The zero clauses (`candidates`: clauses naming no site, no written place and no day, whose US figures are all
    /// zeros) that follow sentences telling only earlier events, each with the indices in `mentionFrames` of the
    /// mentions it is told of. Sentences between that tell no event of their own (no site, no day: "One was shot
    /// down and the other fell inside the base") continue the event before them, up to two such sentences.
    func zerosOfToldMentions(candidates: [ArticleFrame], attackFrames: [ArticleFrame],
                             mentionFrames: [ArticleFrame]) -> [(zero: ArticleFrame, mentions: [Int])] {
        func tellsEvent(_ f: ArticleFrame) -> Bool { !f.places.isEmpty || f.writtenPlace != nil || !f.dates.isEmpty }
        return candidates.compactMap { zero in
            guard isZeroOfOneEvent(zero) else { return nil }
            var sentence = zero.sentence - 1
            while sentence >= 0, sentence >= zero.sentence - 3 {
                let mentions = mentionFrames.indices.filter { mentionFrames[$0].sentence == sentence }
                let attacks = attackFrames.filter { $0.sentence == sentence && tellsEvent($0) }
                if !attacks.isEmpty { return nil }
                if mentions.contains(where: { tellsEvent(mentionFrames[$0]) }) { return (zero, mentions) }
                sentence -= 1
            }
            return nil
        }
    }

    /// A clause that tells a zero of US casualties and nothing else of its own: no site, no day, no count above
    /// zero, and not a zero of attacks in general or over a span of time (`tellsZeroOfNoAttack`).
    private func isZeroOfOneEvent(_ frame: ArticleFrame) -> Bool {
        let us = frame.casualties.filter { $0.party == .us }
        return frame.places.isEmpty && frame.writtenPlace == nil && frame.dates.isEmpty && !us.isEmpty
            && us.allSatisfy { $0.figure.count == 0 && $0.figure.qualifier == nil }
            && !tellsZeroOfNoAttack(frame) && !tellsTallyOfAttacks(frame)
    }
}
