/// A sentence cut into the clause about a US strike and the clauses about the attack.
struct ClauseSplit: Sendable {
    var attackParts: [Range<Int>]
    var strike: Range<Int>?
    /// The strike clause names only a run of strikes ("dozens of strikes", "repeated retaliatory strikes").
    var isGeneric: Bool
    /// Tokens of the phrase that shows the strike ("AC-130", "the US bombed").
    var marker: Range<Int>?
}

/// Finds the US response in a sentence (an AC-130 self-defense strike, "precision strikes", "the US
/// bombed", "a US strike killed") and separates it from the attack it answers.
enum ResponseFinder {
    private static let strikeWords: Set<String> = [
        "strike", "strikes", "airstrike", "airstrikes", "bombed", "bombs", "bombing", "attacked", "attacks", "struck",
        "retaliated", "retaliates", "raid", "raids",
        // "US F-15E jets hit a training facility"
        "hit",
    ]
    private static let aircraftWords: Set<String> = [
        "aircraft", "jet", "jets", "warplane", "warplanes", "helicopter", "helicopters", "gunship", "gunships", "drone",
    ]
    private static let operationVerbs: Set<String> = ["conducted", "launched", "launches", "conducts", "launch", "conduct"]
    private static let passiveWords: Set<String> = ["was", "were", "been", "is", "are", "being", "be"]
    /// Words that make strikes a run rather than one strike: "dozens of strikes", "waves of retaliatory strikes".
    /// Runs of strikes are told with "series", "waves" and "rounds", which `IncidentAssembler.habitWords` (runs of
    /// attacks, "frequent attacks") leaves out: the two lists share `Lexicon.pluralVagueCounts`, "numerous" and
    /// "repeated", and the rest is kept apart.
    private static let genericWords: Set<String> = Lexicon.pluralVagueCounts.union([
        "numerous", "repeated", "series", "waves", "wave", "rounds",
    ])
    private static let boundaries: Set<String> = [
        ",", ";", ":", "(", "prompting", "prompted", "after", "before", "while", "but", "and", "that", "days",
    ]

    /// "schlagen die USA zurück": the verb of the US striking back, written before its subject.
    private static let germanStrikeBackVerbs: Set<String> = ["schlagen", "schlugen", "schlagt", "schlug"]

    /// Phrases that open the attack a strike answers ("in response to", "in retaliation for", "responding to").
    static let answerPhrases: [[String]] = [
        ["in", "response", "to"], ["in", "response", "for"], ["in", "retaliation", "to"], ["in", "retaliation", "for"],
        ["in", "reprisal", "to"], ["in", "reprisal", "for"], ["response", "to"], ["responding", "to"], ["retaliating", "for"],
        // "strikes ..., which the Pentagon said were retaliation for a Feb. 15 rocket attack on Erbil".
        ["retaliation", "for"], ["reprisal", "for"],
        // "Ces frappes répondent à l'attaque de drone du 28 janvier contre la Tour 22" (read "these strikes respond to").
        ["respond", "to"], ["responds", "to"], ["responded", "to"],
    ]

    /// The length of the answer phrase (`answerPhrases`) that starts at `r` within `range`, if one does.
    static func answerPhrase(at r: Int, in range: Range<Int>, tokens: [Token]) -> Int? {
        answerPhrases.first { p in
            r + p.count <= range.upperBound && p.indices.allSatisfy { tokens[r + $0].text == p[$0] }
        }?.count
    }

    /// Words of a killing told as the cause of an attack: "the killing of General Qassem Soleimani in a US drone strike".
    private static let avengedWords: Set<String> = [
        "the", "a", "an", "killing", "assassination", "murder", "death", "of", "in", "by", "general", "commander", "top",
        "iranian", "iraqi", "us", "u.s.", "american", "-", ",", "generals", "durch",
    ]

    /// Verbs of a document filing what it tells: "are listed", "are kept in a separate table", "are not counted".
    private static let filingVerbs: Set<String> = [
        "listed", "kept", "recorded", "counted", "logged", "tracked", "included", "excluded", "tallied", "shown",
    ]

    /// True when the strike named at `marker` is the subject of a present-tense filing verb ("strikes are listed
    /// separately", "are not counted as attacks", "appear in a separate table"): how a log files strikes, no strike.
    private static func isFiledAway(after marker: Range<Int>, in range: Range<Int>, tokens: [Token]) -> Bool {
        guard marker.upperBound < range.upperBound, ["strikes", "airstrikes", "strike", "raids"].contains(tokens[marker.upperBound - 1].text) else {
            return false
        }
        var k = marker.upperBound
        if ["appear", "appears"].contains(tokens[k].text) { return true }
        guard ["are", "is"].contains(tokens[k].text) else { return false }
        k += 1
        if k < range.upperBound, tokens[k].text == "not" { k += 1 }
        return k < range.upperBound && filingVerbs.contains(tokens[k].text)
    }

    static func split(_ range: Range<Int>, tokens: [Token], afterStrike: Bool) -> ClauseSplit {
        guard let marker = marker(in: range, tokens: tokens, afterStrike: afterStrike) else {
            return ClauseSplit(attackParts: [range], strike: nil, isGeneric: false, marker: nil)
        }
        // "the first deadly attack since the United States launched retaliatory strikes": an earlier strike
        // that only dates the attack.
        if (max(range.lowerBound, marker.lowerBound - 2)..<marker.lowerBound).contains(where: { tokens[$0].text == "since" }) {
            return ClauseSplit(attackParts: [range], strike: nil, isGeneric: false, marker: nil)
        }
        // "U.S. strikes are kept in a separate table", "Retaliatory strikes are not counted": a tracker telling how it
        // files strikes, not a strike.
        if isFiledAway(after: marker, in: range, tokens: tokens) {
            return ClauseSplit(attackParts: [range], strike: nil, isGeneric: false, marker: nil)
        }
        // "ahead of the Jan. 3 anniversary of the U.S. drone strike that killed Soleimani", "marked the second
        // anniversary of the killing of Soleimani ... in a US drone strike": a strike remembered, not news.
        // "launched in retaliation for the U.S. drone strike that killed Soleimani": the strike an attack answers is
        // its cause, told in passing.
        // "carried out in revenge for the killing of Qassem Suleimani in a US drone strike": the killing avenged, told
        // with the strike that did it, is the cause too.
        // 'was carried out "in revenge" for': the statement's words, quoted.
        if let reason = (max(range.lowerBound, marker.lowerBound - 24)..<marker.lowerBound).first(where: { k in
            let to = k + 1 < marker.lowerBound && tokens[k + 1].text == "\"" ? k + 2 : k + 1
            guard ["retaliation", "revenge", "response", "reprisal"].contains(tokens[k].text), to < marker.lowerBound,
                  ["for", "to"].contains(tokens[to].text) else { return false }
            let avengesKilling = (to + 1..<min(marker.lowerBound, to + 3)).contains {
                ["killing", "assassination", "murder", "death"].contains(tokens[$0].text)
            }
            return (to + 1..<marker.lowerBound).allSatisfy {
                ["the", "a", "an", "last", "recent"].contains(tokens[$0].text)
                    || (avengesKilling && (avengedWords.contains(tokens[$0].text) || tokens[$0].isCapitalized))
            }
        }) {
            let start = reason > range.lowerBound && tokens[reason - 1].text == "in" ? reason - 1 : reason
            let before = range.lowerBound..<start
            return ClauseSplit(attackParts: before.isEmpty ? [] : [before], strike: nil, isGeneric: false, marker: nil)
        }
        if let anniversary = (max(range.lowerBound, marker.lowerBound - 12)..<marker.lowerBound).first(where: { tokens[$0].text == "anniversary" }) {
            let before = range.lowerBound..<anniversary
            return ClauseSplit(attackParts: before.isEmpty ? [] : [before], strike: nil, isGeneric: false, marker: nil)
        }
        let genericWindow = stride(from: max(range.lowerBound, marker.lowerBound - 2),
                                   to: min(range.upperBound, marker.upperBound + 3), by: 1)
        // "several rounds of retaliatory strikes, most recently on Tuesday against three sites": the last one is told.
        // "six rounds of artillery fire" counts shells, not strikes.
        let generic = genericWindow.contains { k in
            genericWords.contains(tokens[k].text)
                && !(tokens[k].text == "rounds" && k > range.lowerBound && NumberReader.number(at: k - 1, in: tokens, limit: k) != nil
                    && (k + 1..<min(range.upperBound, k + 4)).contains { ["artillery", "fire", "shells", "mortar"].contains(tokens[$0].text) })
                // "fired dozens of artillery shells": a count of shells, not of strikes.
                && !(k + 2 < range.upperBound && tokens[k + 1].text == "of"
                    && ["artillery", "shells", "rounds", "mortar", "mortars"].contains(tokens[k + 2].text))
                // "fired six artillery rounds at the launch site": shells again.
                && !(tokens[k].text == "rounds" && k > range.lowerBound && ["artillery", "mortar", "tank", "howitzer"].contains(tokens[k - 1].text))
        } && !range.contains { tokens[$0].text == "recently" }

        var strikeStart = range.lowerBound
        var b = marker.lowerBound - 1
        while b > range.lowerBound {
            let t = tokens[b]
            if boundaries.contains(t.text) || (t.text == "-" && t.spaceBefore) {
                strikeStart = b
                break
            }
            b -= 1
        }
        // "Als Vergeltung für den tödlichen Angriff vom Mittwoch hatten die USA in der Nacht zum Freitag Stellungen ...
        // bombardiert": with no comma, the attack answered runs up to the actor; the strike starts there.
        if strikeStart == range.lowerBound, marker.lowerBound > range.lowerBound,
           (range.lowerBound..<marker.lowerBound).contains(where: { answerPhrase(at: $0, in: range.lowerBound..<marker.lowerBound, tokens: tokens) != nil }) {
            strikeStart = marker.lowerBound
        }
        // "Nach dem tödlichen Raketenangriff auf einen Stützpunkt bei Kirkuk schlagen die USA zurück": German puts the
        // verb right after the attack it answers; the strike starts at the verb.
        if germanStrikeBackVerbs.contains(tokens[marker.lowerBound].text) { strikeStart = marker.lowerBound }
        var strikeEnd = range.upperBound
        var resume: Int?
        var r = marker.upperBound
        while r < range.upperBound {
            let w = tokens[r].text
            // "The strike follows the Jan. 28 one-way drone attack on Tower 22", "The strikes follow a series of UAV attacks,
            // including one on April 14 against Erbil airport": the attack they follow is told after.
            if w == "after" || w == "following" || w == "followed" || w == "follows" || w == "follow" {
                strikeEnd = r
                resume = r + 1
                break
            }
            // "US drone strike kills five fighters near Kirkuk as militias hit bases in Syria": what follows "as" is
            // the attacks told beside the strike, not where it struck.
            if w == "as", r > marker.upperBound, (r + 1..<min(range.upperBound, r + 5)).contains(where: { k in
                ["militias", "militants", "fighters", "groups", "factions", "drones", "rockets"].contains(tokens[k].text)
            }), (r + 1..<range.upperBound).contains(where: { Lexicon.attackWords.contains(tokens[$0].text) || tokens[$0].text == "target" }) {
                strikeEnd = r
                resume = r + 1
                break
            }
            // "US aircraft struck five facilities on Dec. 29, and two days later militia supporters stormed the embassy": a
            // clause joined by ", and" whose subject is militias or their weapons tells an event of its own after the strike.
            if opensAnotherActorsClause(at: r, after: marker, in: range, tokens: tokens) {
                strikeEnd = r - 1
                resume = r + 1
                break
            }
            // "in response to", "in retaliation for", "responding to a drone attack", "retaliating for the attack"
            if let n = answerPhrase(at: r, in: range, tokens: tokens) {
                strikeEnd = r
                resume = r + n
                break
            }
            // "after the U.S. retaliated for a January drone attack that killed three soldiers": the attack
            // answered is told after "for".
            if w == "for", r == marker.upperBound, ["retaliated", "retaliates", "retaliate"].contains(tokens[r - 1].text) {
                strikeEnd = r
                resume = r + 1
                break
            }
            // "strikes on facilities of Kataib Hezbollah, which Washington blamed for Wednesday's rocket attack on Camp
            // Taji": what follows "blamed for" is the attack the strikes answer.
            if w == "for", r > marker.upperBound, ["blamed", "blames", "blaming"].contains(tokens[r - 1].text) {
                strikeEnd = r
                resume = r + 1
                break
            }
            // "after Washington retaliated for a December drone attack that wounded three": what follows "for"
            // is the attack the strike answered, not the strike.
            if answersAnAttack(at: r, marker: marker, tokens: tokens) {
                strikeEnd = r
                resume = r + 1
                break
            }
            r += 1
        }
        var parts: [Range<Int>] = []
        let before = range.lowerBound..<strikeStart
        // "Supporters ... stormed the U.S. Embassy ..., after U.S. airstrikes killed 25": a storming told before the
        // strike is an attack part too (`FrameBuilder.stormsSite` decides whether it stormed a US site).
        if !before.isEmpty, before.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) || FrameBuilder.stormWords.contains(tokens[$0].text) }) {
            parts.append(before)
        } else {
            strikeStart = range.lowerBound
        }
        if let resume, resume < range.upperBound { parts.append(resume..<range.upperBound) }
        return ClauseSplit(attackParts: parts, strike: strikeStart..<strikeEnd, isGeneric: generic, marker: marker)
    }

    /// Subjects that are no US forces: the militias, their crowds and their weapons.
    static let militiaActors: Set<String> = [
        "militia", "militias", "militants", "fighters", "supporters", "protesters", "gunmen", "crowds", "mob",
        "rocket", "rockets", "drone", "drones", "missile", "missiles", "mortars",
    ]

    /// True at the "and" of ", and" after the strike's marker when, within the next six words, militias or their weapons
    /// open a clause that goes on to attack or storm something.
    private static func opensAnotherActorsClause(at r: Int, after marker: Range<Int>, in range: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[r].text == "and", r > marker.upperBound, tokens[r - 1].text == ",",
              let actor = (r + 1..<min(range.upperBound, r + 7)).first(where: { militiaActors.contains(tokens[$0].text) }),
              // "..., and on January 4 a US drone strike in eastern Baghdad killed ...": a US drone is the strike's.
              !(max(r + 1, actor - 2)..<actor).contains(where: { Lexicon.isUS(tokens[$0]) }),
              actor + 1 >= range.upperBound || !["strike", "strikes"].contains(tokens[actor + 1].text)
        else { return false }
        return (actor + 1..<range.upperBound).contains {
            Lexicon.attackWords.contains(tokens[$0].text) || FrameBuilder.stormWords.contains(tokens[$0].text)
        }
    }

    /// True at the "for" of "retaliated for", right after the marker's verb.
    private static func answersAnAttack(at r: Int, marker: Range<Int>, tokens: [Token]) -> Bool {
        r == marker.upperBound && r > 0 && tokens[r].text == "for"
            && ["retaliated", "retaliates", "retaliate"].contains(tokens[r - 1].text)
    }

    /// "US forces at the field responded by firing artillery shells", "retaliated with counter-battery
    /// fire": US forces answering with artillery strike back, however far the verb is from "US".
    private static func artilleryAnswer(at i: Int, in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        // "responded with artillery fire", "returned fire with artillery", "fired artillery rounds at the launch site"
        let returnedFire = ["returned", "returns", "return"].contains(tokens[i].text) && i + 1 < range.upperBound
            && tokens[i + 1].text == "fire"
        // ... with US or coalition forces as its subject ("US forces fired artillery"; not "a US official said
        // militants fired artillery shells at the base").
        // "US occupation forces stationed in Koniko fired several artillery shells": the forces however described,
        // the shells however counted, within one clause.
        let firedArtillery = ["fired", "fires"].contains(tokens[i].text)
            && (i + 1..<min(range.upperBound, i + 4)).contains { ["artillery", "shells", "howitzers", "counter"].contains(tokens[$0].text) }
            && usForcesSubject(before: i, in: range, tokens: tokens)
        guard returnedFire || firedArtillery
            || ["responded", "responds", "respond", "retaliated", "retaliates", "retaliate", "answered", "answers", "answer", "replied"].contains(tokens[i].text)
        else { return nil }
        let after = (i + 1)..<min(range.upperBound, i + 9)
        // "US forces returned fire at the launch site": fire at where the rockets came from is counter-battery fire.
        let atLaunchSite = returnedFire && after.contains { ["launch", "launchers", "launcher", "origin"].contains(tokens[$0].text) }
        guard atLaunchSite || after.contains(where: { ["artillery", "shells", "shelling", "howitzers", "counter"].contains(tokens[$0].text) })
        else { return nil }
        let before = max(range.lowerBound, i - 8)..<i
        guard before.contains(where: { Lexicon.isUS(tokens[$0]) }) else { return nil }
        return i..<(i + 1)
    }

    /// "US forces", "American occupation forces stationed in Koniko": US or coalition forces as the subject of the verb
    /// at `i`, within its clause and with no militia or weapon named between.
    private static func usForcesSubject(before i: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        // "Operation Inherent Resolve said it had fired artillery at ...": "it" is the US side that said so.
        var it = i - 1
        if it > range.lowerBound, tokens[it].text == "had" { it -= 1 }
        if it > range.lowerBound, tokens[it].text == "it" {
            var said = it - 1
            if said > range.lowerBound, tokens[said].text == "that" { said -= 1 }
            if said > range.lowerBound, ["said", "says", "announced", "stated", "reported"].contains(tokens[said].text) {
                return (max(range.lowerBound, said - 5)..<said).contains { k in
                    Lexicon.isUS(tokens[k]) || (tokens[k].text == "inherent" && k + 1 < said && tokens[k + 1].text == "resolve")
                }
            }
        }
        var k = i - 1
        var forces = false
        while k >= max(range.lowerBound, i - 8) {
            let w = tokens[k].text
            if [",", ";", ".", "that", "which", "said"].contains(w) { return false }
            if ["militants", "militias", "militia", "fighters", "gunmen", "rockets", "drones", "mortars"].contains(w) { return false }
            if ["forces", "troops", "military", "army"].contains(w) { forces = true }
            if Lexicon.isUS(tokens[k]) { return forces || k == i - 1 }
            k -= 1
        }
        return false
    }

    /// The first phrase in the range that shows a US strike.
    /// "Soleimani, killed by a US drone", "morto por um drone americano" (read "killed by a drone american"): a
    /// killing done by a US aircraft is a US strike, though no strike word is written. The range from "by" to the
    /// aircraft, nil elsewhere.
    static func killingByUSAircraft(at i: Int, in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        guard word(i) == "by", ["killed", "slain", "assassinated"].contains(word(i - 1)), ["a", "an"].contains(word(i + 1)),
              i + 3 < range.upperBound else { return nil }
        let a = i + 2
        let usFirst = Lexicon.isUS(tokens[a]) && aircraftWords.contains(word(a + 1))
        let usAfter = aircraftWords.contains(word(a)) && Lexicon.isUS(tokens[a + 1])
        return usFirst || usAfter ? i..<(a + 2) : nil
    }

    /// Verbs whose object is the people a strike or attack killed or hurt.
    private static let casualtyVerbs: Set<String> = [
        "killed", "injured", "wounded", "hurt", "killing", "injuring", "wounding",
    ]

    /// Words of a count of people between a casualty verb and who they were ("at least two", "several").
    private static let victimCountWords: Set<String> = [
        "a", "an", "the", "at", "least", "more", "than", "about", "some", "several", "dozens", "of", "two", "three",
    ]

    /// Words naming who a killing strike took out as the militias' or Iran's leaders, not troops.
    private static let commanderWords: Set<String> = [
        "soleimani", "suleimani", "solemani", "muhandis", "commander", "commanders", "leader", "leaders", "general",
    ]

    /// "then came the drone strike that killed Qassem Soleimani and Abu Mahdi al-Muhandis at Baghdad airport": a
    /// strike that killed commanders is a US strike, though no US word is written (a strike killing troops is an
    /// attack). The range of the strike noun, nil elsewhere.
    static func strikeKillingCommanders(at i: Int, in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        guard ["strike", "airstrike"].contains(word(i)), ["that", "which"].contains(word(i + 1)), word(i + 2) == "killed"
        else { return nil }
        let victims = (i + 3)..<min(range.upperBound, i + 9)
        let namesCommander = victims.contains { commanderWords.contains(tokens[$0].text) }
        let namesTroops = victims.contains { Lexicon.isUS(tokens[$0]) || Lexicon.personNouns.contains(tokens[$0].stem) }
        return namesCommander && !namesTroops ? i..<(i + 1) : nil
    }

    /// `part` up to "in retaliation for the U.S. killing of ... Soleimani at Baghdad airport on Jan. 3" when that phrase
    /// ends it: the place and day of the killing an attack avenges are the killing's, not the attack's. The whole part
    /// when no such phrase ends it.
    static func cuttingAvengedKilling(_ part: Range<Int>, tokens: [Token]) -> Range<Int> {
        let avenging: Set<String> = ["retaliation", "revenge", "reprisal", "vengeance"]
        let killing: Set<String> = ["killing", "assassination", "murder", "death"]
        guard let k = part.first(where: { k in
            avenging.contains(tokens[k].text) && k + 1 < part.upperBound && tokens[k + 1].text == "for"
                && (k + 2..<min(part.upperBound, k + 5)).contains { killing.contains(tokens[$0].text) }
        }), k > part.lowerBound + 3,
              !(k..<part.upperBound).contains(where: { [",", ";"].contains(tokens[$0].text) }) else { return part }
        return part.lowerBound..<(tokens[k - 1].text == "in" ? k - 1 : k)
    }

    /// `part` up to the ";" or dash before a strike on commanders (`strikeKillingCommanders`) that it tells after a
    /// clause of its own; the whole part when it tells none.
    static func cuttingStrikeOnCommanders(_ part: Range<Int>, tokens: [Token]) -> Range<Int> {
        guard let k = part.first(where: { strikeKillingCommanders(at: $0, in: part, tokens: tokens) != nil }),
              let cut = (part.lowerBound..<k).last(where: { [";", "—", "–"].contains(tokens[$0].text) }) else { return part }
        return part.lowerBound..<cut
    }

    /// "Die US-Streitkräfte haben am Sonntag Stellungen der ... Miliz ... bombardiert" (read "the us forces have on
    /// sonntag positions ... bombed"): German puts the strike verb of a perfect at the end of its clause, far past the
    /// window the US subject is read with. The range from the US actor to that verb, when the actor's noun is followed
    /// by "have" or "has" and its clause ends with a strike verb; nil elsewhere.
    static func germanPerfectStrike(actorAt i: Int, in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        let nouns: Set<String> = ["forces", "military", "army", "troops", "streitkrafte", "armee", "-"]
        var k = i + 1
        while nouns.contains(word(k)) { k += 1 }
        guard ["have", "has", "hat", "haben"].contains(word(k)) else { return nil }
        let end = (k + 1..<range.upperBound).first { [",", ";", ".", ":"].contains(tokens[$0].text) } ?? range.upperBound
        guard end - 1 > k + 1, ["bombed", "attacked", "struck", "bombardiert", "angegriffen"].contains(word(end - 1)) else { return nil }
        return i..<end
    }

    static func marker(in range: Range<Int>, tokens: [Token], afterStrike: Bool) -> Range<Int>? {
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        // "The strike, ...", "Tuesday's strike was ..." continue an earlier strike.
        if afterStrike {
            var s = range.lowerBound
            while s < range.upperBound, tokens[s].isPunct { s += 1 }
            // "The Pentagon said Sunday's strikes targeted five facilities": the strike told after who tells it.
            // Only a day's strikes ("Sunday's") are surely the strikes told before, not a reply in general.
            if let said = (s..<min(range.upperBound, s + 6)).first(where: { ["said", "says", "added", "confirmed"].contains(tokens[$0].text) }),
               !(s..<said).contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }) {
                var t = said + 1
                if word(t) == "that" { t += 1 }
                if word(t).hasSuffix("'s"), Lexicon.weekdays[tokens[t].stem] != nil { s = t }
            }
            let first = word(s)
            let opener = ["the", "this", "these", "that", "yesterday's"].contains(first)
                || (first.hasSuffix("'s") && Lexicon.weekdays[tokens[s].stem] != nil)
            if opener, let n = (1...2).first(where: { ["strike", "strikes", "airstrike", "airstrikes", "raid"].contains(word(s + $0)) }) {
                return s..<(s + n + 1)
            }
            // "The strikes came in two parts. The first hit a training facility near Albukamal": one of the strikes.
            if first == "the", ["first", "second", "third", "last", "other", "latter", "former"].contains(word(s + 1)),
               ["hit", "struck", "targeted", "destroyed"].contains(word(s + 2)) {
                return s..<(s + 3)
            }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            let w = t.text
            if w == "ac", let n = (1...2).first(where: { tokens.indices.contains(i + $0) && tokens[i + $0].value == 130 }),
               i + n < range.upperBound {
                return i..<(i + n + 1)
            }
            if w == "self", word(i + 1) == "-", ["defense", "defence"].contains(word(i + 2)),
               ["strike", "strikes", "airstrike", "airstrikes"].contains(word(i + 3)) {
                return i..<(i + 4)
            }
            if ["precision", "retaliatory"].contains(w), ["strike", "strikes", "airstrike", "airstrikes"].contains(word(i + 1)) {
                return i..<(i + 2)
            }
            if let answer = artilleryAnswer(at: i, in: range, tokens: tokens) { return answer }
            if let killing = killingByUSAircraft(at: i, in: range, tokens: tokens) { return killing }
            if let killing = strikeKillingCommanders(at: i, in: range, tokens: tokens) { return killing }
            // "el presidente Joe Biden ordenó el pasado 25 de febrero un bombardeo contra instalaciones de milicias",
            // "Trump ordered strikes on": strikes someone orders are a state's; not another nation's ("Erdogan ordered
            // Turkish air strikes").
            if ["ordered", "orders", "ordeno", "ordenou", "ordonne", "ordino", "angeordnet"].contains(w),
               (max(range.lowerBound, i - 4)..<i).contains(where: { k in
                   Lexicon.isUS(tokens[k]) || ["biden", "trump", "obama", "austin", "hegseth", "esper", "pentagon", "washington"].contains(tokens[k].text)
               }),
               let noun = (i + 1..<min(range.upperBound, i + 8)).first(where: {
                   ["strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "raid", "raids"].contains(tokens[$0].text)
               }),
               !range.contains(where: { Lexicon.otherNationalities.contains(tokens[$0].stem) || tokens[$0].stem == "russian" }) {
                return i..<(noun + 1)
            }
            // "F-15E jets struck ...", "Two F-16s struck ...": militias fly no warplanes, so a US or coalition
            // aircraft's designation names who struck, as "U.S." does.
            // Not another air force's: "Turkish F-16s struck", "Israeli F-35s struck".
            let isDesignation = ["f", "b", "a", "mq", "ah"].contains(w) && word(i + 1) == "-"
                && i + 2 < range.upperBound && tokens[i + 2].text.first?.isNumber == true
                && !(max(range.lowerBound, i - 2)..<i).contains { Lexicon.otherNationalities.contains(tokens[$0].stem) || tokens[$0].stem == "russian" }
            // "A drone that killed three American soldiers hit Tower 22": the Americans are the victims the verb
            // before them names, not who hit.
            // Only a count between ("killed three", "wounding at least two"); "killed in a US drone strike" names who.
            let isVictim = (max(range.lowerBound, i - 4)..<i).contains { v in
                casualtyVerbs.contains(tokens[v].text) && (v + 1..<i).allSatisfy { k in
                    NumberReader.number(at: k, in: tokens, limit: i) != nil || victimCountWords.contains(tokens[k].text)
                }
            }
            let isActor = ((Lexicon.isUS(t) && w != "coalition" && w != "pentagon")
                || (w == "washington" && t.isCapitalized) || isDesignation || isCoalitionForce(at: i, in: range, tokens: tokens))
                && !isVictim
            if isActor, let verbLast = germanPerfectStrike(actorAt: i, in: range, tokens: tokens) { return verbLast }
            // "Nach dem tödlichen Raketenangriff ... schlagen die USA zurück": the US strikes back.
            if isActor, word(i + 1) == "zuruck", i - 2 >= range.lowerBound,
               germanStrikeBackVerbs.contains(tokens[i - 2].text) {
                return (i - 2)..<(i + 2)
            }
            if isActor {
                let first = w == "united" && word(i + 1) == "states" ? i + 2 : (isDesignation ? i + 3 : i + 1)
                var j = first
                var window = first + 4
                var told = false
                while j < min(window, range.upperBound) {
                    let x = tokens[j].text
                    if x == "said" || x == "says" || x == "announced" { window = j + 7; told = true }
                    // "A U.S. defense official says a one-way drone struck the base": the drone is the attack's.
                    if told, ["drone", "drones", "rocket", "rockets", "missile", "missiles", "mortar", "mortars"].contains(x) { break }
                    // "US officials said the attack in Jordan struck Tower 22", "officials have said such attacks are
                    // typically carried out by militias": the attack is the subject, not US forces.
                    if told, ["attack", "attacks", "barrage", "barrages"].contains(x) { break }
                    // "no U.S. injuries in attacks": casualties told of, not a strike carried out.
                    if ["injuries", "casualties", "deaths", "fatalities"].contains(x) { break }
                    // "U.S. F-15 fighter jets struck": an aircraft designator does not count.
                    if x == "-" || tokens[j].kind == .number || (tokens[j].isWord && x.count <= 2 && tokens[j].isAllCaps) {
                        window += 1
                    }
                    if x == "," || x == "." || x == ";" || passiveWords.contains(x) { break }
                    // "os Estados Unidos não tolerarão ataques contra as suas tropas" (read "will not tolerate attacks"),
                    // "the U.S. did not strike back": a strike denied or refused is none.
                    if x == "not" || x == "never" { break }
                    if strikeWords.contains(x) {
                        if word(j + 1) == "by" || word(j + 1) == "on" && x == "attacks" { break }
                        return i..<(j + 1)
                    }
                    if x == "carried", word(j + 1) == "out" { return i..<(j + 2) }
                    // "U.S. forces took necessary and proportionate action against Mushtaq al-Jawari": the Pentagon's
                    // words for a strike on a person or a group, the US the subject.
                    if ["took", "taken", "take", "takes"].contains(x),
                       let act = (j + 1..<min(j + 5, range.upperBound)).first(where: { tokens[$0].text == "action" }),
                       word(act + 1) == "against" {
                        return i..<(act + 1)
                    }
                    // "A US aircraft destroyed a second launcher": an aircraft destroying its target strikes it.
                    if x == "destroyed", (first..<j).contains(where: { aircraftWords.contains(tokens[$0].text) }) { return i..<(j + 1) }
                    // "U.S. attack helicopters responded, killing two or three suspected militants": aircraft answer by
                    // striking.
                    if ["responded", "retaliated"].contains(x), (first..<j).contains(where: { aircraftWords.contains(tokens[$0].text) }) {
                        return i..<(j + 1)
                    }
                    // "A U.S. aircraft engaged the launch site": an aircraft engaging a place on the ground strikes it;
                    // "engaged the drones" is air defence, no strike.
                    if ["engaged", "engages"].contains(x), (first..<j).contains(where: { aircraftWords.contains(tokens[$0].text) }),
                       !(j + 1..<min(j + 4, range.upperBound)).contains(where: { ["drone", "drones", "rocket", "rockets", "missile", "missiles", "uav", "uavs"].contains(tokens[$0].text) }) {
                        return i..<(j + 1)
                    }
                    // "Washington responded on Thursday with an air strike in Baghdad", "respondió el jueves con un bombardeo"
                    if ["responded", "retaliated", "replied"].contains(x),
                       let with = (j + 1..<min(j + 6, range.upperBound)).first(where: { tokens[$0].text == "with" }),
                       let end = (with + 1...with + 3).first(where: { strikeWords.contains(word($0)) }) {
                        return i..<(end + 1)
                    }
                    // "U.S. forces responded with AH-64 Apache helicopters and artillery"
                    if x == "responded", ["with", "by"].contains(word(j + 1)) { return i..<(j + 1) }
                    // "the launch vehicle", "the launch site": a noun, not a strike.
                    let isNoun = ["vehicle", "vehicles", "site", "sites", "point", "points", "truck", "platform", "position"]
                        .contains(word(j + 1))
                    if operationVerbs.contains(x), !isNoun { return i..<(j + 1) }
                    if x == "air", ["strike", "strikes"].contains(word(j + 1)) { return i..<(j + 2) }
                    j += 1
                }
                // "... hat das US-Militär Stellungen einer proiranischen Miliz im Osten Syriens bombardiert.": German
                // puts the verb at the clause's end.
                if let verb = clauseFinalStrikeVerb(after: first, in: range, tokens: tokens) { return i..<(verb + 1) }
            }
            i += 1
        }
        return airStrike(in: range, tokens: tokens)
    }

    /// "ordenó ataques aéreos de precisión", "hatte das US-Militär ... Luftangriffe auf Bunker geflogen": militias fly
    /// no aircraft, so air strikes told in a sentence that names no other nation's forces are US (or coalition)
    /// strikes, however far the actor is from them. Not "Turkish air strikes", not "Russian airstrikes".
    private static func airStrike(in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        if let found = anyNationAirStrike(in: range, tokens: tokens) { return found }
        return warplaneStrike(in: range, tokens: tokens)
    }

    /// True at a word naming another state's forces or another war: "Turkish", "Russian", "regime", "Israel's".
    private static func namesOtherNation(at k: Int, tokens: [Token]) -> Bool {
        Lexicon.otherNationalities.contains(tokens[k].stem) || ["russian", "regime"].contains(tokens[k].stem)
            || ["israel", "israel's", "turkey", "turkey's", "russia", "russia's", "jordan's"].contains(tokens[k].text)
    }

    private static func anyNationAirStrike(in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        // Air strikes told of the wars next door (Gaza, Lebanon, Yemen) are not the US's either.
        guard !range.contains(where: { k in
            namesOtherNation(at: k, tokens: tokens) || ["gaza", "lebanon", "yemen"].contains(tokens[k].stem)
        }) else { return nil }
        for k in range {
            if ["airstrike", "airstrikes"].contains(tokens[k].text) { return k..<(k + 1) }
            // "Minutes later, the jets struck a safe house near Mayadin": warplanes striking are a state's too.
            if ["jets", "warplanes", "bombers", "gunship", "gunships"].contains(tokens[k].text),
               let verb = (k + 1..<min(range.upperBound, k + 3)).first(where: { ["struck", "hit", "bombed", "strike", "pounded"].contains(tokens[$0].text) }) {
                return k..<(verb + 1)
            }
            if tokens[k].text == "air", k + 1 < range.upperBound, ["strike", "strikes", "raid", "raids"].contains(tokens[k + 1].text) {
                return k..<(k + 2)
            }
        }
        return nil
    }

    private static func warplaneStrike(in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        // "In der Nacht zum Montag hatten Kampfflugzeuge vom Typ F-15 und F-16 ... drei Ziele angegriffen": the verb may
        // end the clause, far from the warplanes that are its subject. Another nation named before the verb flies them
        // ("Iraqi F-16s struck"); one named after it is where the targets were ("on the Iraqi side of the border").
        for k in range where isWarplane(at: k, tokens: tokens) {
            // "Auf Anweisung von Präsident Biden griffen daraufhin Kampfflugzeuge vom Typ F-15E ... an": German puts the
            // verb second, before the warplanes that fly it, after an opening phrase that names no militia or weapon.
            if let verb = stride(from: k - 1, through: max(range.lowerBound, k - 6), by: -1).first(where: {
                ["attacked", "struck", "bombed"].contains(tokens[$0].text)
            }), (verb + 1..<k).allSatisfy({ tokens[$0].isWord }),
               !(range.lowerBound..<verb).contains(where: {
                   ["militants", "militias", "militia", "fighters", "group", "drone", "drones", "rocket", "rockets", "missile",
                    "missiles"].contains(tokens[$0].text) || namesOtherNation(at: $0, tokens: tokens)
               }) {
                return verb..<(k + 1)
            }
            guard let verb = clauseEndVerb(after: k, in: range, tokens: tokens) else { continue }
            let flownByOther = (range.lowerBound..<verb).contains { namesOtherNation(at: $0, tokens: tokens) }
            return flownByOther ? nil : k..<(verb + 1)
        }
        return nil
    }

    /// A strike verb that ends the clause the actor opens ("das US-Militär ... bombardiert."), with nothing between
    /// that would give the verb another subject: no relative word, no saying verb, no militia's weapon.
    private static func clauseFinalStrikeVerb(after first: Int, in range: Range<Int>, tokens: [Token]) -> Int? {
        let blockers: Set<String> = [
            "that", "which", "who", "when", "after", "as", "where", "while", "said", "says", "told", "rocket", "rockets",
            "drone", "drones", "missile", "missiles", "militants", "gunmen", "mortar", "mortars",
            // "Base with American troops in Iraq is attacked": a passive verb tells what the troops suffered.
            "is", "was", "were", "are", "been", "being",
        ]
        for j in first..<min(range.upperBound, first + 30) {
            let x = tokens[j].text
            if tokens[j].isPunct || blockers.contains(x) { return nil }
            guard ["bombed", "struck", "attacked"].contains(x), j - first >= 4 else { continue }
            let ends = j + 1 >= range.upperBound || [".", ",", ";"].contains(tokens[j + 1].text)
            return ends ? j : nil
        }
        return nil
    }

    /// "Coalition forces conducted a pre-emptive strike", "coalition aircraft struck": the coalition's forces as the
    /// subject of what follows (its strike verb is read as a US actor's), when a strike is named. "The coalition" alone
    /// is left out: it is mostly a base's owner or a speaker ("a coalition base", "the coalition said").
    private static func isCoalitionForce(at i: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        tokens[i].text == "coalition" && i + 1 < range.upperBound
            && ["forces", "aircraft", "jets", "warplanes", "helicopters", "troops"].contains(tokens[i + 1].text)
            && !(i > range.lowerBound && ["on", "against", "at", "targeting", "targeted", "of"].contains(tokens[i - 1].text))
            // "coalition helicopters carried out a landing operation", "carried out patrols": only a strike is one.
            && (i + 2..<min(range.upperBound, i + 9)).contains {
                ["strike", "strikes", "airstrike", "airstrikes", "struck", "bombed"].contains(tokens[$0].text)
            }
    }

    /// "jets", "warplanes", "F-15", "F-16s": an aircraft only a state's air force flies.
    private static func isWarplane(at k: Int, tokens: [Token]) -> Bool {
        if ["jets", "warplanes", "bombers"].contains(tokens[k].text) { return true }
        return tokens[k].text == "f" && k + 2 < tokens.count && tokens[k + 1].text == "-" && tokens[k + 2].text.first?.isNumber == true
    }

    /// A strike verb later in the same clause as `k` ("... three targets attacked"), not past a clause's end.
    private static func clauseEndVerb(after k: Int, in range: Range<Int>, tokens: [Token]) -> Int? {
        for j in (k + 1)..<min(range.upperBound, k + 30) {
            if [".", ";", ":"].contains(tokens[j].text) { return nil }
            if ["struck", "bombed", "attacked", "pounded", "shelled"].contains(tokens[j].text) { return j }
        }
        return nil
    }
}
