/// An explicit claim of responsibility found in a clause.
struct ClaimMention: Sendable {
    var tokens: Range<Int>
    var span: TextSpan
    /// The claimant follows ("was claimed by X") rather than precedes ("X claimed responsibility").
    var passive: Bool
    /// About many past attacks ("claimed responsibility for most of the attacks"): not a claim for this one.
    var isGeneral: Bool
    /// "No group has claimed responsibility".
    var isNegated: Bool
}

/// Finds explicit claims: "claimed responsibility", "claimed the attack", "responsibility was claimed by",
/// "took responsibility", "claimed to have targeted", "said in a statement it carried out".
enum ClaimFinder {
    private static let claimVerbs: Set<String> = ["claimed", "claims", "claim", "claiming"]
    private static let generalWords: Set<String> = [
        "most", "many", "majority", "dozens", "all", "series", "numerous", "scores", "several", "mostly", "largely",
        "frequently", "often", "repeatedly", "previous", "past", "hundreds",
    ]
    private static let negations: Set<String> = ["no", "not", "nobody", "never", "none", "yet", "without", "n't", "didn't"]
    /// Words that describe the attack between a claim verb and its noun ("two one-way drone attacks").
    private static let attackModifiers: Set<String> = [
        "one", "-", "way", "suicide", "kamikaze", "explosive", "laden", "separate", "new", "fresh", "further",
        "uav", "uas",
    ]
    /// What opens the claimant of a passive claim: "claimed by", "rivendicato dalla", "reivindicado por".
    static let agentWords: Set<String> = ["by", "dalla", "dal", "dai", "dagli", "por", "par", "pelo", "pela"]
    /// Words for how soon a claim came, between the verb and its claimant ("claimed hours later by", "Claimed same day
    /// by", "rivendicato poche ore dopo dalla").
    static let soonWords: Set<String> = [
        "same", "day", "later", "shortly", "quickly", "afterwards", "soon", "on", "hours", "minutes",
        "poche", "ore", "dopo", "poco", "horas", "despues", "quelques", "heures", "apres", "plus", "tard", "tarde",
    ]
    /// Where a passive claim was posted, between the verb and its claimant: "claimed on its Telegram channel by".
    static let channelWords: Set<String> = [
        "on", "in", "a", "its", "telegram", "channel", "channels", "statement", "online", "video", "post", "social", "media",
    ]
    private static let eventNouns: Set<String> = ["attack", "attacks", "strike", "operation", "bombing", "assault", "barrage"]

    /// A word that makes a claim one of many past attacks: "most", "all", "a series of" — but not "all
    /// three attacks" (a count) or "in a series of statements" (many statements, one claim each).
    private static func isGeneralWord(at k: Int, tokens: [Token]) -> Bool {
        guard generalWords.contains(tokens[k].text) else { return false }
        let next = k + 1 < tokens.count ? tokens[k + 1].text : ""
        if tokens[k].text == "all", NumberReader.number(at: k + 1, in: tokens, limit: tokens.count) != nil { return false }
        // "in a series of Telegram posts": the channel's name may come first.
        if tokens[k].text == "series", next == "of", k + 2 < tokens.count,
           (k + 2...min(k + 3, tokens.count - 1)).contains(where: {
               ["statements", "messages", "posts", "videos", "claims"].contains(tokens[$0].text)
           }) {
            return false
        }
        // "said it had fired dozens of missiles at the Ain al-Asad air base", "several rockets": a count of the
        // munitions of one attack, not of many attacks.
        if ["dozens", "several", "scores", "hundreds", "numerous"].contains(tokens[k].text) {
            let counted = next == "of" ? k + 2 : k + 1
            if counted < tokens.count, munitionNouns.contains(tokens[counted].text) { return false }
        }
        return true
    }

    /// Plural nouns of the munitions fired in one attack.
    private static let munitionNouns: Set<String> = [
        "missiles", "rockets", "drones", "shells", "rounds", "projectiles", "mortars", "katyushas",
    ]

    static func find(in range: Range<Int>, tokens: [Token]) -> ClaimMention? {
        var best: ClaimMention?
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        var i = range.lowerBound
        while i < range.upperBound {
            let w = tokens[i].text
            var found: (Range<Int>, Bool)?
            if claimVerbs.contains(w), isAdjective(at: i, range: range, tokens: tokens) {
                // "the pace of claimed attacks", "a claimed drone strike": a description, nobody claims.
            } else if claimVerbs.contains(w) {
                if w == "claim" || w == "claimed", word(i + 1) == ":", tokens[i].isCapitalized, i + 2 < range.upperBound,
                   tokens[i + 2].isCapitalized {
                    // A tracker's "Claim: Islamic Resistance in Iraq." — the claimant follows.
                    found = (i..<(i + 2), true)
                } else if ["responsibility", "credit"].contains(word(i + 1)) {
                    found = (i..<(i + 2), false)
                } else if ["responsibility", "credit"].contains(word(i + 2)) {
                    found = (i..<(i + 3), false)
                } else if let by = (i + 1...i + 6).first(where: { ClaimFinder.agentWords.contains(word($0)) }),
                          (i + 1..<by).allSatisfy({ ClaimFinder.soonWords.contains(word($0)) || Lexicon.weekdays[word($0)] != nil
                              || ClaimFinder.channelWords.contains(word($0)) }) {
                    // "was claimed by", "Claimed same day by the IRI", "claimed hours later by", "was claimed on Telegram
                    // by", "was claimed in a statement by" (c745)
                    found = (i..<(by + 1), true)
                } else if w == "claimed", word(i + 1) == "\"", let the = [i + 2].first(where: { word($0) == "the" }),
                          (the + 1..<min(range.upperBound, the + 5)).contains(where: { Lexicon.siteReferenceNouns.contains(word($0)) }) {
                    // A tracker's 'IRI claimed "the Rumeilan base" with "a salvo of rockets"': the site claimed.
                    found = (i..<(i + 1), false)
                } else if w == "claimed", i + 1 >= range.upperBound || [".", ",", ";"].contains(word(i + 1)),
                          let which = (max(range.lowerBound, i - 9)..<i).last(where: { ["which", "that"].contains(tokens[$0].text) }),
                          !(which + 1..<i).contains(where: { tokens[$0].isPunct && tokens[$0].text != "-" && tokens[$0].text != "'" }) {
                    // "No Americans were hurt in that attack, which the Islamic Resistance in Iraq claimed.": the attack
                    // is the object told before, the claimant between it and the verb.
                    found = (i..<(i + 1), false)
                } else if ["it", "them"].contains(word(i + 1)), !claimedObjectOpensStatement(at: i + 2, range: range, tokens: tokens) {
                    // "according to Kataib Hezbollah, which claimed it in a short video": the attack, as a pronoun.
                    found = (i..<(i + 2), false)
                } else if let to = [i + 1, i + 2, i + 3].first(where: { word($0) == "to" && word($0 + 1) == "have" }),
                          (i + 1..<to).allSatisfy({ word($0) == "on" || Lexicon.weekdays[word($0)] != nil }) {
                    // "claimed on Friday to have targeted", "claims to have launched"
                    found = (i..<(to + 2), false)
                } else if let n = (1...7).first(where: { eventNouns.contains(PlaceMatcher.elided(word(i + $0))) }),
                          (1..<n).allSatisfy({ ["the", "a", "an", "this", "that", "its", "latest", "drone", "rocket", "both",
                                               // "claimed all three attacks" (a count; "all attacks" alone stays general)
                                               "all", "these", "those",
                                               // "claimed the Thursday and Saturday attacks", "the rocket and drone attacks"
                                               "and",
                                               // "have claimed most of the attacks ..., including ...": general, unless
                                               // it names the attacks it includes
                                               "most", "many", "of",
                                               "missile", "today's", "tonight's", "yesterday's", "monday's", "tuesday's", "wednesday's",
                                               "thursday's", "friday's", "saturday's", "sunday's"].contains(word(i + $0))
                                               // "claimed two more drone attacks" (after a count only: "claimed other
                                               // attacks" is not this one)
                                               || (["more", "further", "other", "additional"].contains(word(i + $0)) && $0 > 1
                                                   && NumberReader.number(at: i + $0 - 1, in: tokens, limit: range.upperBound) != nil)
                                               // "claimed two one-way drone attacks", "a suicide drone attack"
                                               || attackModifiers.contains(word(i + $0))
                                               // "claimed several of the attacks, including ...", not "claimed
                                               // several attacks" (a run)
                                               || (word(i + $0) == "several" && word(i + $0 + 1) == "of")
                                               // "claimed two attacks", "claimed 3 drone attacks"
                                               || NumberReader.number(at: i + $0, in: tokens, limit: range.upperBound) != nil
                                               // "claimed the Erbil and Rumalyn attacks", "the Ain al-Asad attack": the
                                               // sites name the attacks claimed
                                               || (i + $0 < range.upperBound && $0 > 1 && tokens[i + $0].isCapitalized)
                                               || (["-", "al"].contains(word(i + $0)) && $0 > 2)
                                               // "reivindicó este viernes dos ataques": the day of the claim first
                                               || Lexicon.weekdays[word(i + $0)] != nil || ["on", "this", "este", "esta"].contains(word(i + $0)) }) {
                    found = (i..<(i + n + 1), false)
                }
            } else if w == "responsibility", ["took", "take", "takes", "taking", "assumed", "announced", "bears"]
                        .contains(word(i - 1)) {
                found = ((i - 1)..<(i + 1), false)
            } else if w == "responsibility", ["its", "their", "full"].contains(word(i - 1)),
                      ["took", "take", "takes", "assumed", "announced", "announces", "bears", "declared", "claimed"]
                        .contains(word(i - 2)) {
                // "announced its responsibility for the attack", "declared their responsibility"
                found = ((i - 2)..<(i + 1), false)
            } else if Lexicon.sayingVerbs.contains(w) || w == "saying", !usSpeaker(before: i, range: range, tokens: tokens),
                      let end = statementClaimEnd(after: i, range: range, tokens: tokens) {
                found = (i..<end, false)
            } else if Lexicon.sayingVerbs.contains(w), !usSpeaker(before: i, range: range, tokens: tokens),
                      !officialSpeaker(before: i, range: range, tokens: tokens),
                      quotedOwnDeed(sayingAt: i, range: range, tokens: tokens) != nil {
                found = (i..<(i + 1), false)
            }
            if found == nil, let r = ownFightersOfNamedGroup(at: i, range: range, tokens: tokens) {
                // '"... the heroes of Ashab al-Kahf targeted a logistics convoy ..."': the group's own words, naming it.
                found = (r, true)
            }
            if found == nil, claimVerbs.contains(w), let end = statementClaimEnd(after: i, range: range, tokens: tokens) {
                // "claimed in a post on its Telegram channel that its fighters had attacked"
                found = (i..<end, false)
            }
            if let (r, passive) = found {
                let before = stride(from: r.lowerBound - 1, through: max(range.lowerBound, r.lowerBound - 6), by: -1)
                // "claimed responsibility, a name most analysts took to be a front": not past the claim's clause.
                let clauseEnd = (r.upperBound..<min(range.upperBound, r.upperBound + 5)).first { [",", ";", ".", "—"].contains(tokens[$0].text) }
                let after = stride(from: r.upperBound, to: clauseEnd ?? min(range.upperBound, r.upperBound + 5), by: 1)
                // "The Hezbollah Brigades, one of the most powerful factions, claimed": "most" describes
                // the group, not the attacks — look back only within the clause.
                let clauseStart = before.first { tokens[$0].isPunct && tokens[$0].text != "-" && tokens[$0].text != "'" }
                var general = before.contains { k in
                    isGeneralWord(at: k, tokens: tokens) && clauseStart.map { k > $0 } ?? true
                } || after.contains { isGeneralWord(at: $0, tokens: tokens) }
                    // "claimed all attacks on US forces" (no count): many past attacks.
                    || r.contains { isGeneralWord(at: $0, tokens: tokens) }
                    || claimsAttacksAsAHabit(r, range: range, tokens: tokens)
                    || passive && isStanding(before: r.lowerBound, range: range, tokens: tokens)
                        && (namesOtherTargets(before: r.lowerBound, range: range, tokens: tokens)
                            || tellsOtherAttacks(before: r.lowerBound, range: range, tokens: tokens))
                // "have claimed most of the attacks since October 17, including a rocket attack on the al-Shaddadi base
                // on Saturday": the attacks the general claim includes by name are claimed.
                if general, (r.upperBound..<range.upperBound).contains(where: { tokens[$0].text == "including" }) {
                    general = false
                }
                let negated = stride(from: r.lowerBound - 1, through: max(range.lowerBound, r.lowerBound - 4), by: -1)
                    .contains { negations.contains(tokens[$0].text) }
                    // "Zu den Angriffen bekannte sich zunächst niemand", "Eine Gruppe bekannte sich zunächst nicht":
                    // German puts the negation after the verb.
                    // Not past a joiner: "claimed responsibility but did not give details" is a claim.
                    || { () -> Bool in
                        for k in r.upperBound..<min(range.upperBound, r.upperBound + 3) {
                            if ["but", "and", ",", ";", "though", "although"].contains(tokens[k].text) { return false }
                            if ["nobody", "not"].contains(tokens[k].text) { return true }
                        }
                        return false
                    }()
                let mention = ClaimMention(tokens: r, span: TextSpan(start: tokens[r.lowerBound].start,
                                                                     end: tokens[r.upperBound - 1].end),
                                           passive: passive, isGeneral: general, isNegated: negated)
                // "KH has not claimed the attack, but the IRI said it was behind it": the claim made wins.
                if best == nil || (best!.isGeneral && !general) || (best!.isNegated && !negated && !general) { best = mention }
                // "the umbrella group that has claimed most of the attacks since October, said in a Telegram post that
                // its fighters had targeted": a general claim read through to a later "that" may hide the claim made.
                i = general ? i + 1 : r.upperBound
                continue
            }
            i += 1
        }
        return best
    }

    /// "a front that Iraqi militias ... use to claim attacks": the infinitive before bare plural attacks tells what the
    /// front is for, not a claim of one attack (aw16).
    private static func claimsAttacksAsAHabit(_ r: Range<Int>, range: Range<Int>, tokens: [Token]) -> Bool {
        r.count == 2 && tokens[r.lowerBound].text == "claim" && r.lowerBound > range.lowerBound
            && tokens[r.lowerBound - 1].text == "to" && ["attacks", "operations", "strikes"].contains(tokens[r.lowerBound + 1].text)
    }

    /// "U.S. Central Command issued a statement saying it had struck": a US speaker tells of a US strike, not a claim.
    private static func usSpeaker(before i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = i - 1
        while j >= max(range.lowerBound, i - 8), ![",", ";"].contains(tokens[j].text) {
            if Lexicon.isUS(tokens[j]) || ["pentagon", "centcom", "washington"].contains(tokens[j].text) { return true }
            j -= 1
        }
        return false
    }

    /// "said in a statement that it carried out", "announced on Saturday that its fighters had targeted",
    /// "claimed in a post on its Telegram channel that it struck": the end of the phrase after the verb at
    /// `i` that tells the speaker did it, or nil.
    private static func statementClaimEnd(after i: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].text : "" }
        var j = i + 1
        // "in a statement", "in a short Telegram statement", "in a video posted online"
        // "in statements on Telegram", "in videos": several statements, one claim each.
        if word(j) == "in", word(j + 1) == "a" || word(j + 1) == "its" || ["statements", "videos", "posts"].contains(word(j + 1))
            || isStatementPhrase(from: j + 1, range: range, tokens: tokens) {
            j += 3
            while j < i + 8, !["that", "it", "they", "its", "on", "late", "early"].contains(word(j)), word(j) != "" { j += 1 }

            // "in a post on its Telegram channel", "in a statement on Telegram"
            if word(j) == "on", Lexicon.weekdays[word(j + 1)] == nil {
                j += 1
                while j < i + 14, !["that", "it", "they"].contains(word(j)), word(j) != "" { j += 1 }
            }
        }
        // "on Saturday", "late Friday", "late on Thursday" before "that"
        var day = j
        if word(day) == "late" || word(day) == "early" { day += 1 }
        if word(day) == "on" { day += 1 }
        if day > j, Lexicon.weekdays[word(day)] != nil {
            j = day + 1
            // "said on Sunday night that"
            if ["night", "evening", "morning", "afternoon"].contains(word(j)) { j += 1 }
        }
        // "said on the same day it had also targeted", "said separately it had struck": when, told without a weekday.
        if word(j) == "on", word(j + 1) == "the", word(j + 2) == "same", word(j + 3) == "day" { j += 4 }
        else if word(j) == "the", word(j + 1) == "same", word(j + 2) == "day" { j += 3 }
        while ["later", "separately", "also"].contains(word(j)) { j += 1 }
        // "said on its Telegram channel that", "announced on Telegram that"
        // "said on its Telegram channel on Oct. 18 that": a date after the channel too.
        if word(j) == "on", Lexicon.weekdays[word(j + 1)] == nil, let that = (j + 1..<j + 10).first(where: { word($0) == "that" }),
           !(j + 1..<that).contains(where: { [",", ";", ":"].contains(tokens[$0].text) }) {
            j = that
        }
        // "announced, in a statement on its official channel, that its members had targeted", "said in a statement
        // posted to its Telegram channel shortly after midnight that", "said in a statement, seen by Baghdad Today,
        // that it had targeted": asides between the verb and what was said, within the sentence.
        // "says in statement" ending a headline: the phrase skipped may run past the sentence.
        j = min(j, range.upperBound)
        // "erklärten, der Angriff sei die Vergeltung": German reported speech opens after a comma.
        let told = word(j) == "," ? j + 1 : j
        let opensWhatWasSaid = ["that", "it", "they"].contains(word(j)) || ownArmEnd(at: j, range: range, tokens: tokens) != nil
            || toldOperationEnd(at: told, range: range, tokens: tokens) != nil
        if !opensWhatWasSaid,
           let that = (j..<min(range.upperBound, i + 18)).first(where: { word($0) == "that" }),
           !(j..<that).contains(where: { [".", ";", ":"].contains(tokens[$0].text) }) {
            j = that
        }
        // German reported speech: "erklärte am Montagabend auf Telegram, sie habe die Besatzungsbasis ... ins Visier
        // genommen", "teilte mit, sie hätten ... angegriffen".
        // "erklärten in einer vom Staatsfernsehen verbreiteten Mitteilung, sie hätten den Angriff ... ausgeführt" (ap20):
        // the comma may come after a long "in a statement" aside; "ausgeführt", "durchgeführt", "verübt" (carried out)
        // tell the deed as the other verbs do (round 14).
        if let comma = (min(j, i + 1)..<min(range.upperBound, j + 3)).first(where: { word($0) == "," }),
           ["sie", "er"].contains(word(comma + 1)), ["habe", "hätte", "hatte", "hätten", "hatten", "haben"].contains(word(comma + 2)),
           let verb = (comma + 3..<min(range.upperBound, comma + 18)).first(where: {
               ["targeted", "attacked", "angegriffen", "beschossen", "struck", "hit", "ausgefuhrt", "durchgefuhrt", "verubt"]
                   .contains(word($0))
           }) {
            return verb + 1
        }
        if word(j) == "that" { j += 1 }
        if !officialSpeaker(before: i, range: range, tokens: tokens),
           let end = toldOperationEnd(at: word(j) == "," ? j + 1 : j, range: range, tokens: tokens) { return end }
        // "Wie die Gruppe ... mitteilte, griffen ihre Kämpfer ... an" (read "as the group said, its fighters attacked"):
        // what was said, after the comma that closes the "as" clause.
        if word(j) == ",", ownArmEnd(at: j + 1, range: range, tokens: tokens) != nil { j += 1 }
        // "el grupo ha asegurado que también atacó la base" (read "the group said that also attacked the base"):
        // Spanish, Italian and Portuguese leave the subject out, so the deed may follow "that" with no "it".
        let subjectLeftOut = word(j - 1) == "that" && !["it", "they", "its"].contains(word(j))
        if !subjectLeftOut {
            guard ["it", "they", "its"].contains(word(j)) else { return nil }
            j = ownArmEnd(at: j, range: range, tokens: tokens) ?? j + 1
        }
        if ["had", "has", "have"].contains(word(j)) { j += 1 }
        if word(j) == "also" { j += 1 }
        // "that its fighters \"attacked the occupation base\"": the statement's own words, quoted.
        if word(j) == "\"" { j += 1 }
        if word(j) == "carried", word(j + 1) == "out" { return j + 2 }
        if ["launched", "conducted", "targeted", "attacked", "struck", "fired", "hit", "shelled", "bombed"].contains(word(j)) {
            return j + 1
        }
        if word(j) == "was", word(j + 1) == "behind" { return j + 2 }
        return nil
    }

    /// Nouns for a group's own fighting arm, after "its": "its fighters", "its Aerospace Force", "its drone unit".
    private static let armNouns: Set<String> = [
        "fighters", "members", "mujahideen", "militants", "force", "forces", "unit", "units", "brigade", "brigades", "men",
    ]

    /// "its fighters", "its Aerospace Force", "its missile units" at `k`: what a statement says did the attack, in the
    /// group's own name. The end of that phrase, or nil.
    private static func ownArmEnd(at k: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        guard k < range.upperBound, tokens[k].text == "its" else { return nil }
        for n in k + 1..<min(range.upperBound, k + 4) {
            if armNouns.contains(tokens[n].text) { return n + 1 }
            guard tokens[n].isWord else { return nil }
        }
        return nil
    }

    /// "Iraqi security sources said the attack was in revenge for ...": officials explain an attack, they do not claim it.
    private static func officialSpeaker(before i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        stride(from: i - 1, through: max(range.lowerBound, i - 8), by: -1).contains {
            ["officials", "official", "secretary", "president", "minister", "police", "sources", "security", "military",
             "army", "analysts", "experts", "observers"].contains(tokens[$0].text)
        }
    }

    private static let ownOperationNouns: Set<String> = ["operation", "attack", "attacks", "bombing", "assault", "barrage"]

    /// Words for why an attack was made: a group that gives its reason owns the attack.
    private static let purposeWords: Set<String> = ["revenge", "retaliation", "response", "reprisal", "vengeance", "name"]

    /// "the operation, code-named ..., was carried out in revenge for", "der Angriff sei die Vergeltung" ("the attack
    /// was the retaliation"): a statement telling what its operation was for claims it. The end of the phrase at `k`
    /// (which opens on "the" and the attack's noun), or nil. "was carried out by" is someone else's.
    private static func toldOperationEnd(at k: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        func word(_ n: Int) -> String { n >= range.lowerBound && n < range.upperBound ? tokens[n].text : "" }
        // A strike is what officials explain ("Austin said the strike was in retaliation for"); an operation or an
        // attack is what its maker does.
        guard word(k) == "the", let noun = [k + 1, k + 2].first(where: { ownOperationNouns.contains(word($0)) }) else { return nil }
        var n = noun + 1
        while n < min(range.upperBound, noun + 16), ![".", ";"].contains(word(n)) {
            if ["was", "were", "is", "sei", "war"].contains(word(n)) {
                var v = n + 1
                if word(v) == "carried", word(v + 1) == "out" {
                    v += 2
                    // 'was carried out "in revenge"': the statement's own words, quoted.
                    if word(v) == "\"" { v += 1 }
                    guard word(v) == "in" else { return nil }
                }
                for p in v..<min(range.upperBound, v + 3) where purposeWords.contains(word(p)) { return p + 1 }
                return nil
            }
            n += 1
        }
        return nil
    }

    /// "in two short posts on its Telegram account", "in a brief Telegram statement": after "in", up to four
    /// words (a number, "its", adjectives, the channel's name) and then a noun for what a group posts.
    private static func isStatementPhrase(from k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = k
        while j < min(range.upperBound, k + 5), tokens[j].isWord {
            if Lexicon.postedStatementNouns.contains(tokens[j].text) { return true }
            j += 1
        }
        return false
    }

    /// "claimed it was a response", "claimed it had struck": "it" opens what the group said, not the attack claimed.
    private static func claimedObjectOpensStatement(at k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard k < range.upperBound else { return false }
        let next = tokens[k].text
        return ["was", "were", "is", "are", "had", "has", "have", "would", "will", "did", "could", "targeted", "struck",
                "hit", "launched", "fired", "attacked", "carried", "shot", "downed"].contains(next)
    }

    /// "have been claimed by", "are claimed by": a standing fact about many attacks, not "were claimed by".
    private static func isStanding(before k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard k - 1 >= range.lowerBound else { return false }
        let previous = tokens[k - 1].text
        if previous == "are" || previous == "is" { return true }
        return previous == "been" && k - 2 >= range.lowerBound && ["have", "has"].contains(tokens[k - 2].text)
    }

    /// "Attacks on the airport and other sites hosting American troops have been claimed by": the subject
    /// of a passive claim takes in other targets too, so the claim is about a run of attacks, not this one.
    private static func namesOtherTargets(before k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = k - 1
        while j > range.lowerBound, j >= k - 20, tokens[j].text != ";", !(tokens[j].isPunct && tokens[j].text == ".") {
            if tokens[j].text == "other", tokens[j - 1].text == "and" { return true }
            j -= 1
        }
        return false
    }

    /// "Similar attacks in recent months have been claimed by little-known groups": the subject of a standing
    /// passive claim is other attacks, like the one told or before it, so the claim is about them, not this one.
    private static func tellsOtherAttacks(before k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        let clause = max(range.lowerBound, k - 12)..<k
        // "The attack, one of more than 150 recent attacks, has been claimed by": the attack told is the subject.
        if (range.lowerBound..<k).contains(where: { ["attack", "strike", "operation", "barrage"].contains(tokens[$0].text) }) { return false }
        return clause.contains { k in
            ["similar", "such", "previous", "earlier", "past", "other", "recent"].contains(tokens[k].text)
                && k + 1 < range.upperBound && ["attacks", "strikes", "operations", "incidents"].contains(tokens[k + 1].text)
        }
    }

    /// Words after which "claimed" describes a noun instead of telling who claimed: a determiner or a
    /// preposition ("of claimed attacks", "the claimed strikes", "in claimed drone attacks").
    private static let adjectiveOpeners: Set<String> = [
        "the", "a", "an", "of", "these", "those", "such", "for", "in", "on", "with", "from", "at", "among", "between",
        "about", "other", "more", "fewer", "recent", "latest",
    ]

    /// True when "claimed" at `i` is an adjective in front of a plural attack noun, with no subject of its own.
    private static func isAdjective(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[i].text == "claimed", i - 1 >= range.lowerBound, adjectiveOpeners.contains(tokens[i - 1].text) else {
            return false
        }
        // "claimed attacks", "claimed drone attacks", "claimed rocket and drone attacks"
        var j = i + 1
        while j < min(range.upperBound, i + 5) {
            // Plural only: "a claimed IRI drone attack on Harir" in a tracker line still tells a claim.
            if eventNouns.contains(tokens[j].text) { return tokens[j].text.hasSuffix("s") }
            guard tokens[j].isWord, !["responsibility", "credit", "by", "to"].contains(tokens[j].text) else { return false }
            j += 1
        }
        return false
    }
}
