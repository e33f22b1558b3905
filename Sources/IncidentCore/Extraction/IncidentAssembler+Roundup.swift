/// A roundup counts the attacks of a recent period in its lead ("carried out at least five attacks on bases
/// hosting US forces ... over the past week") and then tells them one by one ("The week began on December 13,
/// when ...", "The following day, ...", "The latest attack came on Wednesday"): each dated attack of that period
/// is news of the story, an `attack` of its own site and day, not an earlier event recalled.
extension IncidentAssembler {
    /// How far back a roundup's period reaches, in days before publication ("the past week", told the next day).
    static let roundupReach = 8

    /// The ordinals of the days a roundup covers, when the lead (its first sentence of twelve words or more,
    /// not the headline) counts attacks over a recent period ("at least five attacks ... over the past week", "the
    /// third attack on US interests ... in less than 24 hours"); nil for other stories.
    func roundupDays() -> ClosedRange<Int>? {
        guard let published, let lead = leadSentence() else { return nil }
        let tokens = text.tokens
        let range = sentences[lead]
        let counts = range.contains { k in
            // "in the third attack on US interests in Iraq and Syria in less than 24 hours": the ordinal counts them.
            if numbersAnAttack(at: k, in: range) { return true }
            guard ["attacks", "operations"].contains(tokens[k].text) else { return false }
            return (max(range.lowerBound, k - 4)..<k).contains { j in
                (NumberReader.number(at: j, in: tokens, limit: k)?.value ?? 0) >= 2
                    || ["several", "multiple", "dozens", "series"].contains(tokens[j].text)
            }
        }
        let recentPeriod = range.contains { k in
            guard Lexicon.recentPeriodUnits.contains(tokens[k].text), k > range.lowerBound else { return false }
            return Lexicon.recentPeriodOpeners.contains(tokens[k - 1].text) || countsUpToTheTelling(at: k, in: range, units: ["hours", "days"])
        }
        guard (counts && recentPeriod) || numbersItsAttackWithinHours(after: lead) else { return nil }
        return (published.ordinal - IncidentAssembler.roundupReach)...published.ordinal
    }

    /// True when one of the five sentences after the lead numbers the story's attack within a count of hours: "Si
    /// tratta del terzo attacco contro obiettivi americani in meno di 24 ore" (round 21, av10), told after the lead's
    /// rockets and claim, makes a series of the day as the lead's "the third attack ... in less than 24 hours" does.
    /// A wider span said there ("It is the third attack on Western sites in Iraq in a week") is background, not a
    /// series of the story's (aa10).
    private func numbersItsAttackWithinHours(after lead: Int) -> Bool {
        ((lead + 1)..<min(sentences.count, lead + 6)).contains { s in
            let range = sentences[s]
            return range.contains { numbersAnAttack(at: $0, in: range) } && range.contains { countsUpToTheTelling(at: $0, in: range, units: ["hours"]) }
        }
    }

    /// True when token `k` is "attack" after an ordinal: "the third attack".
    private func numbersAnAttack(at k: Int, in range: Range<Int>) -> Bool {
        text.tokens[k].text == "attack" && k > range.lowerBound && Lexicon.ordinals[text.tokens[k - 1].text] != nil
    }

    /// True when token `k` is one of `units` counted up to the telling: "in less than 24 hours", "within 48 hours", "in
    /// meno di 24 ore" (read "in less of 24 hours").
    private func countsUpToTheTelling(at k: Int, in range: Range<Int>, units: Set<String>) -> Bool {
        let tokens = text.tokens
        guard units.contains(tokens[k].text), k - 2 >= range.lowerBound,
              NumberReader.number(at: k - 1, in: tokens, limit: k) != nil else { return false }
        return ["in", "within", "than"].contains(tokens[k - 2].text)
            || (k - 3 >= range.lowerBound && tokens[k - 2].text == "of" && tokens[k - 3].text == "less")
    }

    /// True for an attack clause of a roundup that names a site and a day of the period it covers, told as an event of
    /// its own: "The attack came just hours after three rockets landed near Ain al-Asad airbase early Tuesday" recalls
    /// the Tuesday attack as what came before the story's, an earlier event.
    func isRoundupEntry(_ frame: ArticleFrame) -> Bool {
        guard let days = roundup, frame.role == .attack, let place = frame.places.first,
              let day = frame.dates.first(where: { $0.precision == .day && !$0.isTelling })?.day,
              days.contains(day.ordinal) else { return false }
        let tokens = text.tokens
        let toldAfter = (sentences[frame.sentence].lowerBound..<place.tokens.lowerBound).contains { k in
            tokens[k].text == "after"
                && !(k + 1 < tokens.count && ["midnight", "dark", "dawn", "sunset", "nightfall"].contains(tokens[k + 1].text))
        }
        return !toldAfter
    }

    /// The story's lead: its first sentence of twelve words or more that is not the headline itself ("GEN.",
    /// "Key Takeaways:" and the opening invocation of a statement are not).
    func leadSentence() -> Int? {
        let tokens = text.tokens
        return sentences.indices.first { s in
            guard !sentences[s].isEmpty, sentences[s].filter({ tokens[$0].isWord }).count >= 12 else { return false }
            return !isHeadlineSentence(s)
        }
    }

    /// True when sentence `s` is the article's headline as the body repeats it (its first sentence, opening with the
    /// title's first forty characters).
    func isHeadlineSentence(_ s: Int) -> Bool {
        let headline = title.trimmingCharacters(in: .whitespacesAndNewlines)
        return s == 0 && sentences.indices.contains(0) && !headline.isEmpty
            && text.text(tokens: sentences[0]).hasPrefix(String(headline.prefix(40)))
    }
}
