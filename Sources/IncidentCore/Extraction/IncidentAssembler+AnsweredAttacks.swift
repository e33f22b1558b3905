/// Attacks a US strike story gives as what its strikes answer: "U.S. forces carried out strikes on Tuesday,
/// in response to a series of attacks, including one at Ain al-Asad air base on Saturday", "The strikes were
/// the first response to the drone attack on Jan. 28 at Tower 22". The story is about the strikes; the attack
/// they answer is recalled, so it is a mention (the lead's convention (b) of issue 9).
extension IncidentAssembler {
    /// Attack frames of a story that leads with a dated US strike, told after a recall word ("in response
    /// to", "after", "retaliation") on an earlier day than the strike. A story that leads with its attack and
    /// then reports the response keeps the attack.
    static func answeredAttacks(attackFrames: [ArticleFrame], strikeFrames: [ArticleFrame], toldFrames: [ArticleFrame],
                                sentences: [Range<Int>],
                                tokens: [Token]) -> [ArticleFrame] {
        let strikeSentences = Set(strikeFrames.map(\.sentence))
        guard let lead = strikeFrames.min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
              let firstOwn = attackFrames.first(where: { f in
                  (!f.places.isEmpty || f.writtenPlace != nil) && !opensWithRecall(f, strikeSentences: strikeSentences, tokens: tokens)
              }),
              lead.tokens.lowerBound < firstOwn.tokens.lowerBound else { return [] }
        // The strike's day as told before the attack: "Then early Tuesday, jets struck" after the attack
        // ("helicopters struck a team minutes after they launched a drone on Monday") is a strike that follows.
        func strikeDay(before f: ArticleFrame) -> CalendarDay? {
            strikeFrames.filter { $0.tokens.lowerBound < f.tokens.lowerBound }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
                .lazy.compactMap { s in s.dates.first { $0.precision == .day }?.day }.first
        }
        let answered = attackFrames.filter { f in
            guard let date = f.dates.first, date.precision == .day, let day = date.day,
                  let strikeDay = strikeDay(before: f), day.ordinal < strikeDay.ordinal else { return false }
            let site = (f.places.map(\.tokens.lowerBound) + [f.writtenPlace?.tokens.lowerBound].compactMap { $0 }).min()
            // "..., a day after the launch sites were used to attack Green Village": an anchored day holds its own "after".
            let dateEnd = date.isAnchored ? date.tokens.upperBound : date.tokens.lowerBound
            let lead = sentences[f.sentence].lowerBound..<min(site ?? dateEnd, dateEnd)
            return lead.contains { recallWords.contains(tokens[$0].text) }
        }
        // "On Tuesday, eight rounds of indirect fire hit the Green Village base": the answered attack told again at its
        // site and day, later in the story, is the same recalled event.
        let retold = attackFrames.filter { f in
            guard !answered.contains(where: { $0.tokens == f.tokens }), let day = f.dates.first?.day,
                  f.dates.first?.precision == .day else { return false }
            let sites = Set(f.places.map(\.base.name))
            return !sites.isEmpty && answered.contains { a in
                a.dates.first?.day == day && a.tokens.lowerBound < f.tokens.lowerBound
                    && !sites.isDisjoint(with: a.places.map(\.base.name))
            }
        }
        return (answered + retold).map { withLaterClaim($0, toldFrames: toldFrames) }
    }

    /// "Nach dem tödlichen Raketenangriff auf einen Stützpunkt bei Kirkuk schlagen die USA zurück" (read "after the deadly
    /// rocket attack on a base at kirkuk"): an attack part of a strike's sentence that opens with a recall word is the
    /// attack the strike answers, not the story's own.
    static func opensWithRecall(_ f: ArticleFrame, strikeSentences: Set<Int>, tokens: [Token]) -> Bool {
        strikeSentences.contains(f.sentence) && recallWords.contains(tokens[f.tokens.lowerBound].text)
    }

    /// "Kataib Hezbollah had claimed the attack on Erbil.": an undated claim in the next sentence, naming no
    /// other site, claims the answered attack.
    static func withLaterClaim(_ frame: ArticleFrame, toldFrames: [ArticleFrame]) -> ArticleFrame {
        guard frame.claim == nil, let next = claimOfAnswered(frame, toldFrames: toldFrames) else { return frame }
        var claimed = frame
        claimed.claim = next.claim
        claimed.claimGroup = next.claimGroup
        return claimed
    }

    /// The frame of the sentence after an answered attack that only claims it.
    static func claimOfAnswered(_ frame: ArticleFrame, toldFrames: [ArticleFrame]) -> ArticleFrame? {
        let sites = Set(frame.places.map(\.base.name))
        return toldFrames.first { f in
            f.sentence == frame.sentence + 1 && f.dates.isEmpty && f.claim != nil && f.claimGroup != nil
                && Set(f.places.map(\.base.name)).isSubset(of: sites)
        }
    }
}
