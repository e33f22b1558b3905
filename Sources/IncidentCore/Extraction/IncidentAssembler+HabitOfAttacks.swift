/// Clauses that tell attacks as a habit or a count, not as one event: "Dozens of rocket and roadside bomb attacks
/// have targeted coalition convoys, bases and the US embassy in Baghdad since late 2019", "have come under
/// frequent rocket and mortar attacks", "the US bases ... have been subjected to dozens of attacks", "factions
/// that once fired rockets and drones at US bases". They name no attack or mention of their own.
extension IncidentAssembler {
    /// Words that make "attacks" a run rather than one event.
    static let habitWords: Set<String> = Lexicon.pluralVagueCounts.union([
        "numerous", "repeated", "frequent", "regular", "countless",
        // "In response to continued attacks by Iran-aligned militia groups": a run the strikes answer (round 16).
        "continued", "continuing", "ongoing", "persistent",
        // "Similar rocket attacks on bases hosting U.S. forces and on the U.S. Embassy in Baghdad have been blamed ...
        // on Iran-backed militias": attacks like the story's, a run (round 23, ax20).
        "similar", "such",
    ])

    /// True for a clause that counts attacks vaguely ("dozens of ... attacks", "frequent ... attacks") or tells
    /// a past habit ("that once fired rockets").
    func tellsHabitOfAttacks(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let range = frame.tokens
        // "It was targeted with dozens of drones and rockets between October 2023 and February 2024": weapons
        // counted vaguely over a span of time are a habit too; without a span ("Dozens of rockets hit the base")
        // they may be one barrage.
        let overSpan = frame.dates.contains(where: \.isSince) || frame.dates.count > 1
            || range.contains { ["between", "since"].contains(tokens[$0].text) }
        let weaponPlurals: Set<String> = ["drones", "rockets", "missiles", "mortars"]
        return range.contains { k in
            let w = tokens[k].text
            if spanOfAttacks(at: k, in: range) { return true }
            // "waren Stützpunkte ... mehr als ein Dutzend Mal mit Raketen beschossen worden" (read "more than a dozen
            // times"): a count of times is a run of attacks.
            if w == "times", k > range.lowerBound,
               ["dozen", "dozens", "several", "many", "multiple", "numerous"].contains(tokens[k - 1].text)
                || (NumberReader.number(at: k - 1, in: tokens, limit: k)?.value ?? 0) >= 3 {
                return true
            }
            if w == "attacks" {
                // "tras los ataques con cohetes contra la base de Taji" (read "after the attacks with rockets"): a run
                // of earlier attacks the story comes after.
                var p = k - 1
                while p > range.lowerBound, ["rocket", "drone", "missile", "mortar", "deadly", "recent"].contains(tokens[p].text) {
                    p -= 1
                }
                let afterThe = p - 1 >= range.lowerBound && tokens[p].text == "the"
                    && ["after", "following", "amid"].contains(tokens[p - 1].text)
                return afterThe || describesGroupsAttacks(at: k, in: range)
                    || (max(range.lowerBound, k - 7)..<k).contains { IncidentAssembler.habitWords.contains(tokens[$0].text) }
            }
            if overSpan && weaponPlurals.contains(w) {
                return (max(range.lowerBound, k - 7)..<k).contains { IncidentAssembler.habitWords.contains(tokens[$0].text) }
            }
            return w == "once" && k > range.lowerBound && ["that", "which", "who"].contains(tokens[k - 1].text)
                && k + 1 < range.upperBound && Lexicon.attackWords.contains(tokens[k + 1].text)
        }
    }

    /// Plural units of time that, before "of", measure a run: "years of rocket and drone fire", "months of attacks".
    static let runSpans: Set<String> = ["years", "months", "weeks", "decades"]

    /// "proof that years of rocket and drone fire forced Washington's hand", "after months of attacks on US bases": a
    /// span of time told as attacks or fire (the weapons between) is a run, no attack of its own. Round 14 (ap12).
    func spanOfAttacks(at k: Int, in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        guard ["attacks", "fire", "shelling", "strikes"].contains(tokens[k].text) else { return false }
        var p = k - 1
        while p > range.lowerBound, ["rocket", "drone", "missile", "mortar", "and", ",", "militia", "hostile"].contains(tokens[p].text) {
            p -= 1
        }
        return p - 1 >= range.lowerBound && tokens[p].text == "of" && IncidentAssembler.runSpans.contains(tokens[p - 1].text)
    }

    /// A habit of attacks with no day of its own is no attack of the story. "The Islamic Resistance in Iraq,
    /// which has launched dozens of attacks since mid-October, claimed responsibility": the clause still holds
    /// the claim.
    func isHabitOfAttacks(_ frame: ArticleFrame) -> Bool {
        (frame.claim == nil || claimsACountOfAttacks(frame)) && tellsHabitOfAttacks(frame)
            // A day the clause itself tells; not one carried from the sentence before ("No group has claimed
            // Sunday's attack. Similar rocket attacks ... have been blamed on Iran-backed militias").
            && !frame.dates.contains { $0.precision == .day && !$0.isSince && !opensAPeriod($0) && frame.tokens.contains($0.tokens.lowerBound) }
    }

    /// "Those groups ... claimed scores of drone and rocket attacks on U.S. bases in Iraq and Syria after Oct. 7, 2023":
    /// a claim of a vague count of attacks claims no one attack (round 16, ar21).
    func claimsACountOfAttacks(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        return frame.tokens.contains { k in
            ["claimed", "claiming", "claims"].contains(tokens[k].text) && k + 1 < frame.tokens.upperBound
                && Lexicon.pluralVagueCounts.contains(tokens[k + 1].text)
        }
    }

    /// "attacks ... after Oct. 7, 2023": a day right after "after" bounds the period the attacks are counted over.
    func opensAPeriod(_ date: DateMention) -> Bool {
        date.tokens.lowerBound > 0 && text.tokens[date.tokens.lowerBound - 1].text == "after"
    }

    /// "facilities of militia groups ... who facilitated attacks against U.S. and Coalition forces", "militias that are
    /// engaged in unmanned aerial vehicle (UAV) attacks against U.S. personnel": attacks told without an article in a
    /// relative clause describe what the groups do, the reason a strike release gives, not one attack of its own.
    /// Round 12 (statements).
    func describesGroupsAttacks(at k: Int, in range: Range<Int>) -> Bool {
        let tokens = text.tokens
        let window = max(range.lowerBound, k - 12)..<k
        guard let relative = window.last(where: { ["that", "which", "who"].contains(tokens[$0].text) }) else { return false }
        // "confirmed that there were attacks on Al Asad": "that" opening what was said, not a clause about groups.
        if relative > 0, Lexicon.reportingVerbs.contains(tokens[relative - 1].text) { return false }
        if relative + 1 < k, ["there", "it", "they", "he", "she", "we"].contains(tokens[relative + 1].text) { return false }
        // "the attacks", "these attacks", "Tuesday's attacks": attacks the reader knows, not a habit.
        let known: Set<String> = ["the", "these", "those", "this", "its", "their"]
        return !(relative + 1..<k).contains { known.contains(tokens[$0].text) || tokens[$0].text.hasSuffix("'s") }
    }
}
