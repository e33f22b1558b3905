/// Whose casualties a figure counts.
enum CasualtyParty: Hashable, Sendable {
    case us
    case militia
    /// Another party, named for display ("Iraqi soldier").
    case other(String)
}

/// A casualty figure read from the text ("three US soldiers were injured", "eight injuries").
struct CasualtyMention: Sendable {
    /// Nil when the figure continues the previous one's party ("Another 24 were injured").
    var party: CasualtyParty?
    var killed: Bool
    /// "no casualties": both nobody killed and nobody injured.
    var both: Bool = false
    var figure: Figure
    var span: TextSpan
    /// One read from an indefinite article ("an Iraqi soldier"): weaker than a written number.
    var isArticle: Bool = false
    /// Token where the figure starts (to tell figures apart).
    var anchor: Int
    /// Token after the phrase.
    var endToken: Int = 0
    /// The party was not written: it is the clause's default.
    var usesDefaultParty = false
    /// The figure counts people named by a noun ("two soldiers"), not injuries ("eight injuries").
    var hasPersonNoun = false
    /// The person noun counted ("soldiers"), empty when none.
    var head = ""
    /// "two others were wounded": counted besides the figure before it in the same clause.
    var isOthers = false
    /// Read from the headline, which drops the hedges of the story ("5 injured" for "at least five").
    var inHeadline = false
    /// A count of people evaluated for injuries ("two service members are being evaluated for minor injuries").
    var isEvaluation = false
    /// The Americans among a count told for all ("two of the four were Americans"): the US figure of that count.
    var isShareOfUS = false
    /// A toll said to have risen to this figure ("the number ... has risen to 64"): a revision of an earlier count.
    var isRisenTo = false

    /// US dead, one or more: "killed three U.S. soldiers".
    var countsUSDead: Bool { party == .us && killed && (figure.count ?? 0) > 0 }
}

/// Reads casualty figures in digits or words, with qualifiers, and decides whose they are.
enum CasualtyFinder {
    private static let injuredParticiples: Set<String> = ["injured", "wounded", "hurt", "harmed"]
    private static let killedParticiples: Set<String> = ["killed", "died", "dead"]
    private static let activeForms: [String: Bool] = ["injuring": false, "wounding": false, "killing": true]
    private static let nouns: [String: Bool] = [
        "injuries": false, "injury": false, "casualties": false, "casualty": false, "fatalities": true,
        "tbi": false, "concussions": false, "concussion": false, "victims": false,
        "deaths": true, "losses": false,
    ]
    private static let nounAdjectives: Set<String> = [
        "non", "-", "serious", "minor", "minimal", "light", "hostile", "\"", "'", "traumatic", "brain", "other",
        "reported", "confirmed", "us", "american", "coalition", "military", "further", "additional", "more", "new",
        "severe", "critical", "life", "threatening", "mild", "moderate", "major", "significant", "physical",
        "damage", "or", "human",
    ]
    private static let stopWords: Set<String> = [
        "the", "and", "or", "were", "was", "is", "are", "been", "have", "has", "had", "said", "that", "who", "which",
        "in", "on", "at", "to", "for", "with", "by", "when", "after", "as", "while", "but", "their", "his", "her",
        "its", "they", "it", "this", "these", "those", "he", "she", "we", "there",
    ]
    /// People a news story names as civilians by who they are, never service members.
    static let civilianHeads: Set<String> = [
        "woman", "women", "child", "children", "resident", "residents", "villager", "villagers", "passerby",
        "passersby", "farmer", "farmers", "shepherd", "shepherds", "student", "students", "policeman", "policemen",
        "worker", "workers", "driver", "drivers",
    ]
    /// Words of the names of the armed groups a story counts people of: Kataib Hezbollah, the Hashd (Popular
    /// Mobilization Forces), al-Nujaba, Asaib Ahl al-Haq, the Islamic State.
    private static let armedGroupWords: Set<String> = [
        "kataib", "hezbollah", "hizballah", "hashd", "pmf", "mobilization", "mobilisation", "nujaba", "asaib", "isis",
        "daesh", "irgc",
    ]
    private static let militiaHeads: Set<String> = [
        "fighter", "fighters", "militant", "militants", "militiaman", "militiamen", "gunman", "gunmen",
    ]

    static func find(in range: Range<Int>, tokens: [Token], defaultParty: CasualtyParty?) -> [CasualtyMention] {
        var found: [CasualtyMention] = []
        var usedAnchors = Set<Int>()
        var previousKeyword = range.lowerBound - 1
        func add(_ m: CasualtyMention?) {
            guard let m, !usedAnchors.contains(m.anchor) else { return }
            usedAnchors.insert(m.anchor)
            found.append(m)
        }
        var k = range.lowerBound
        while k < range.upperBound {
            let w = tokens[k].stem
            let floor = max(range.lowerBound, previousKeyword + 1)
            // "the killing of three U.S. soldiers", "the deaths of two service members": as "killing three".
            let ofFollows = k + 1 < range.upperBound && tokens[k + 1].text == "of"
            if ["suffered", "sustained"].contains(w), startsCount(at: k + 1, range: range, tokens: tokens) {
                // German word order, "erlitten fünf Soldaten ... Verletzungen": "suffered five soldiers ... injuries".
                forwardChain(from: k, killed: false, range: range, tokens: tokens, defaultParty: defaultParty)
                    .filter(\.hasPersonNoun).forEach(add)
                previousKeyword = k
            } else if activeForms[w] != nil, k - 1 >= floor, tokens[k - 1].text == "without", let party = defaultParty,
                      k + 1 < range.upperBound, ["anyone", "anybody"].contains(tokens[k + 1].text) {
                // "The rockets landed without injuring anyone": nobody of the clause's party.
                add(CasualtyMention(party: party, killed: activeForms[w]!, figure: Figure(count: 0),
                                    span: TextSpan(start: tokens[k - 1].start, end: tokens[k + 1].end), anchor: k,
                                    endToken: k + 2, usesDefaultParty: true))
                previousKeyword = k
            } else if let killed = activeForms[w] ?? (ofFollows && ["deaths", "death"].contains(w) ? true : nil) {
                let from = ofFollows ? k + 1 : k
                forwardChain(from: from, killed: killed, range: range, tokens: tokens, defaultParty: defaultParty).forEach(add)
                previousKeyword = k
            } else if injuredParticiples.contains(w) || killedParticiples.contains(w) {
                let killed = killedParticiples.contains(w)
                // "injured at least five", but not "hurt at al-Tanf" (a place, not "at least").
                let ahead = w != "dead" && w != "died" && startsCount(at: k + 1, range: range, tokens: tokens)
                    ? forwardChain(from: k, killed: killed, range: range, tokens: tokens, defaultParty: defaultParty)
                    : invertedDeadSubject(at: k, range: range, tokens: tokens, defaultParty: defaultParty)
                if !ahead.isEmpty {
                    ahead.forEach(add)
                } else if let last = found.last, let zero = zeroSharedByParticiples(last, at: k, killed: killed, tokens: tokens) {
                    // "No U.S. troops were killed or hurt": the zero subject of both participles.
                    found.append(zero)
                } else if let m = invertedNobody(at: k, killed: killed, range: range, tokens: tokens,
                                                 defaultParty: defaultParty) {
                    add(m)
                } else if w == "dead", let m = nounFigure(at: k, killed: true, floor: floor, range: range,
                                                          tokens: tokens, defaultParty: defaultParty) {
                    add(m)
                } else {
                    let m = backward(from: k, killed: killed, floor: floor, range: range, tokens: tokens,
                                     defaultParty: defaultParty)
                    add(m)
                    // "Twenty were hurt at al-Tanf and one at Ain al-Asad": the participle left out.
                    if let m, let e = elliptical(after: k, like: m, range: range, tokens: tokens) { add(e) }
                    // "Five U.S. service members and two contractors were injured": the subject before "and".
                    if let m, m.hasPersonNoun, m.anchor - 1 > floor, ["and", ","].contains(tokens[m.anchor - 1].text) {
                        add(backward(from: k, killed: killed, floor: floor, range: range, tokens: tokens,
                                     defaultParty: defaultParty, searchFrom: m.anchor - 2))
                    }
                }
                previousKeyword = k
            } else if w == "including" || (w == "among" && k + 1 < range.upperBound && ["them", "whom"].contains(tokens[k + 1].text)),
                      // "nine others were wounded, including eight contractors and one U.S. service member": a total
                      // of others, of no party yet (round 16, ar08).
                      let n = found.lastIndex(where: { ($0.usesDefaultParty || $0.party == nil) && $0.anchor < k }),
                      n == found.count - 1 || found[(n + 1)...].allSatisfy({ $0.anchor < found[n].anchor }) {
                // "Eight people were injured, including three U.S. soldiers", "wounding nine others, among them a US
                // service member": the named party's figure; the total of people is nobody's we can tell. A subject
                // read before it ("a contractor was killed, several people were wounded, among them a US soldier")
                // does not hide the total the list names people of.
                let last = found[n]
                let from = w == "among" ? k + 1 : k
                let named = forwardChain(from: from, killed: last.killed, range: range, tokens: tokens, defaultParty: nil)
                if !named.isEmpty, ["people", "persons", "person"].contains(last.head) || last.party == nil {
                    found.remove(at: n)
                }
                named.forEach(add)
                previousKeyword = k
            } else if unhurtWords.contains(w), let m = unhurt(at: k, floor: floor, range: range, tokens: tokens,
                                                              defaultParty: defaultParty) {
                add(m)
                previousKeyword = k
            } else if let killed = nouns[w] {
                let evaluation = isEvaluation(before: k, floor: floor, tokens: tokens)
                if let m = labelledNone(at: k, killed: killed, range: range, tokens: tokens, defaultParty: defaultParty) {
                    add(m)
                } else if let m = noneCaused(at: k, floor: floor, tokens: tokens, defaultParty: defaultParty) {
                    add(m)
                } else if w == "losses" {
                    // "There were no human losses": people; a bare "no losses" may be material.
                    if let m = noLosses(at: k, floor: floor, tokens: tokens, defaultParty: defaultParty) { add(m) }
                } else if evaluation, var m = backward(from: k, killed: killed, floor: floor, range: range, tokens: tokens,
                                                       defaultParty: defaultParty), m.figure.count != nil {
                    // "at least 34 service members were evaluated for possible TBI": the counted subject.
                    m.isEvaluation = true
                    add(m)
                } else if var m = nounFigure(at: k, killed: killed, floor: floor, range: range, tokens: tokens,
                                             defaultParty: defaultParty) {
                    if isEvaluation(before: k, floor: floor, tokens: tokens), m.figure.count == nil { m.figure.qualifier = .possible }
                    add(m)
                } else if ["injuries", "casualties", "tbi", "injury", "concussions", "concussion"].contains(w) {
                    if let m = countedAgain(at: k, floor: floor, range: range, tokens: tokens) {
                        add(m)
                    } else if let verb = treatedFor(k, floor: floor, tokens: tokens),
                              let m = backward(from: verb, killed: false, floor: floor, range: range, tokens: tokens,
                                               defaultParty: defaultParty), m.figure.count != nil {
                        // "more than 100 were later treated for brain injuries": the bare count before the verb.
                        add(m)
                    } else if var m = backward(from: k, killed: killed, floor: floor, range: range, tokens: tokens,
                                        defaultParty: defaultParty) {
                        if isEvaluation(before: k, floor: floor, tokens: tokens), m.figure.count == nil {
                            // "A number of personnel are being evaluated for TBI": possibly injured.
                            m.figure.qualifier = .possible
                        }
                        add(m)
                    }
                }
                previousKeyword = k
            }
            k += 1
        }
        // "Two other troops suffered less serious injuries": counted besides a figure told before.
        for n in found.indices where !found[n].isOthers && found[n].hasPersonNoun {
            let a = found[n].anchor
            // "more than a dozen other people" (German "mehr als ein Dutzend weitere Menschen"): "other" anywhere
            // between the count and its noun (round 16, ar06).
            let headAt = (a + 1..<min(range.upperBound, a + 7)).first { tokens[$0].stem == found[n].head }
            if (a + 1..<max(a + 3, headAt ?? 0)).contains(where: { range.contains($0) && tokens[$0].text == "other" }) {
                found[n].isOthers = true
            }
        }
        otherPeopleApart(&found, range: range, tokens: tokens)
        // "killing five women and children and wounding two others": "others" are of the party counted before them.
        for n in found.indices.dropFirst() where found[n].usesDefaultParty && !found[n].hasPersonNoun {
            let e = found[n].endToken
            guard e > 0, e <= range.upperBound, tokens[e - 1].text == "others" || (e < range.upperBound && tokens[e].text == "others"),
                  let before = found[..<n].last(where: { !$0.usesDefaultParty && $0.party != nil }) else { continue }
            found[n].party = before.party
            found[n].usesDefaultParty = false
            // "critically wounding one American soldier and injuring two others": people besides those counted,
            // added to them when both counts are of the injured (or both of the dead).
            found[n].isOthers = true
        }
        // "Two of the coalition troops wounded in the attack are Americans": the share of US, not a count of the troops.
        for share in sharesOfUS(in: range, tokens: tokens) {
            if let n = found.firstIndex(where: { $0.anchor == share.anchor }) { found[n] = share } else { add(share) }
        }
        if found.isEmpty { absentTroops(in: range, tokens: tokens).forEach(add) }
        risenTo(in: range, tokens: tokens).forEach(add)
        casualtiesAre(in: range, tokens: tokens).forEach(add)
        rankedNames(in: range, tokens: tokens, defaultParty: defaultParty).forEach(add)
        return coalitionCountsApart(brokenDown(found, range: range, tokens: tokens), range: range, tokens: tokens)
            .filter { !isBeyondAnAttack($0) && !isPartOfCountBefore($0, in: found, tokens: tokens) }
    }

    /// "wounding two soldiers, one of them seriously": a count followed by "of them" (or "of whom") right after a count
    /// of the same people hurt the same way tells how badly some of them were hurt, not more people. Its party is not
    /// its own, so it must not stand for the count it is part of. A share named by who its people are ("two of them
    /// Americans", "two of whom were contractors") is another reading's.
    static func isPartOfCountBefore(_ m: CasualtyMention, in found: [CasualtyMention], tokens: [Token]) -> Bool {
        guard !m.isShareOfUS, let count = m.figure.count, count > 0, m.anchor + 2 < tokens.count,
              tokens[m.anchor + 1].text == "of", ["them", "whom"].contains(tokens[m.anchor + 2].text) else { return false }
        // "three coalition service members, two of them Americans": a share named by who they are counts them apart.
        if m.anchor + 3 < tokens.count {
            let next = tokens[m.anchor + 3]
            if next.isCapitalized || Lexicon.isUS(next) || Lexicon.personNouns.contains(next.stem) || ["were", "was", "are", "is"].contains(next.text) {
                return false
            }
        }
        return found.contains { b in
            b.anchor < m.anchor && m.anchor - b.anchor <= 8 && b.killed == m.killed && (b.figure.count ?? 0) >= count
        }
    }

    /// More US dead or hurt than any one attack of this theatre has caused (the largest, Ain al-Asad in January
    /// 2020, left some 110 hurt): "responsible for the deaths of more than 40,000 people" is a war's or a group's
    /// toll, told in passing, not the attack's. Dropped rather than given to the story's attack.
    static let mostUSCasualtiesOfAnAttack = 1000

    private static func isBeyondAnAttack(_ m: CasualtyMention) -> Bool {
        m.party == .us && (m.figure.count ?? 0) > mostUSCasualtiesOfAnAttack
    }

    /// "... and one at Ain al-Asad" after "Twenty were hurt at al-Tanf" (also past its place and day: "hurt at al-Tanf
    /// garrison in southern Syria on Oct. 18, and two at Al-Asad"): a count followed by a place
    /// preposition, with no verb of its own, repeats the participle before it.
    private static func elliptical(after k: Int, like m: CasualtyMention, range: Range<Int>,
                                   tokens: [Token]) -> CasualtyMention? {
        var j = k + 1
        while j < range.upperBound, j < k + 16 {
            if tokens[j].text == "and" || tokens[j].text == "while",
               let p = NumberReader.phrase(numberAt: j + 1, in: tokens, lowerBound: j + 1, limit: range.upperBound),
               p.start == j + 1, p.end < range.upperBound, ["at", "in", "on"].contains(tokens[p.end].text),
               p.figure.count != nil {
                var e = m
                e.figure = p.figure
                e.span = TextSpan(start: tokens[p.start].start, end: tokens[p.end].end)
                e.anchor = p.start
                e.endToken = p.end
                e.isOthers = false
                e.hasPersonNoun = false
                e.head = ""
                return e
            }
            if injuredParticiples.contains(tokens[j].text) || killedParticiples.contains(tokens[j].text) { return nil }
            j += 1
        }
        return nil
    }

    /// The verb of "were treated for (brain) injuries", "was diagnosed with a concussion" before the noun at `k`, or nil.
    private static func treatedFor(_ k: Int, floor: Int, tokens: [Token]) -> Int? {
        var j = k - 1
        while j >= floor, ["brain", "traumatic", "head", "minor", "possible", "mild"].contains(tokens[j].text) { j -= 1 }
        guard j - 2 >= floor, ["for", "with"].contains(tokens[j].text),
              ["treated", "diagnosed"].contains(tokens[j - 1].text) else { return nil }
        // "were (later) treated": people counted as hurt; "two others are being treated" tells how those counted fare.
        var a = j - 2
        if tokens[a].text == "later", a - 1 >= floor { a -= 1 }
        return ["were", "was"].contains(tokens[a].text) ? j - 1 : nil
    }

    private static let unhurtWords: Set<String> = ["unhurt", "unharmed", "uninjured", "unscathed"]

    /// "US troops were unhurt", "the soldiers escaped unharmed": nobody of that party injured.
    private static func unhurt(at k: Int, floor: Int, range: Range<Int>, tokens: [Token],
                               defaultParty: CasualtyParty?) -> CasualtyMention? {
        var j = k - 1
        while j >= floor, Lexicon.auxiliaries.contains(tokens[j].text) || ["remained", "escaped", "were", "was"].contains(tokens[j].text) {
            j -= 1
        }
        // The subject may carry a place: "Troops at the nearby Harir base were unhurt".
        let isSubject = { (t: Token) in Lexicon.personNouns.contains(t.stem) || t.stem == "forces" }
        while j >= max(floor, k - 9), !isSubject(tokens[j]), !(tokens[j].isPunct && tokens[j].text != "-") { j -= 1 }
        guard j >= floor, isSubject(tokens[j]) else { return nil }
        var start = max(floor, j - 3)
        // "... Air Base; U.S. troops at the base were unharmed": the subject starts after the clause mark.
        if let mark = (start..<j).last(where: { [";", ","].contains(tokens[$0].text) }) { start = mark + 1 }
        guard let party = party(of: start..<(j + 1), head: j, tokens: tokens, defaultParty: defaultParty) else { return nil }
        return CasualtyMention(party: party, killed: false, figure: Figure(count: 0),
                               span: TextSpan(start: tokens[start].start, end: tokens[k].end), anchor: j,
                               endToken: k + 1, usesDefaultParty: false, hasPersonNoun: true, head: tokens[j].stem)
    }

    /// "None of the attacks caused casualties", "without casualties": nobody killed or injured.
    private static func noneCaused(at k: Int, floor: Int, tokens: [Token], defaultParty: CasualtyParty?) -> CasualtyMention? {
        guard ["casualties", "injuries", "victims", "losses"].contains(tokens[k].stem), k - 1 >= floor,
              let party = defaultParty else { return nil }
        // "without causing any victims", "without causing human or material losses"
        var b = k - 1
        // "without causing damage or casualties"
        // "caused any U.S. casualties", "caused no coalition casualties"
        while b > floor, ["any", "human", "or", "and", "material", "physical", "damage", "coalition"].contains(tokens[b].text)
            || Lexicon.isUS(tokens[b]) || tokens[b].isUSAbbreviation || (tokens[b].text == "." && tokens[b - 1].isUSAbbreviation) {
            b -= 1
        }
        // "did not result in any injuries"
        if b > floor, tokens[b].text == "in", ["result", "resulted"].contains(tokens[b - 1].text) { b -= 1 }
        let before = tokens[b].text
        // "caused no", "non si registrano vittime" ("not reported victims")
        let negatedCause = ["caused", "cause", "causing", "result", "resulted", "reported", "recorded"].contains(before)
            && stride(from: b - 1, through: max(floor, b - 7), by: -1).contains { ["none", "neither", "not", "no", "without"].contains(tokens[$0].text) }
        guard before == "without" || negatedCause else { return nil }
        if tokens[k].stem == "losses", !(b..<k).contains(where: { tokens[$0].text == "human" }) { return nil }
        let civilians = civiliansNamedAfter(noun: k, tokens: tokens)
        return CasualtyMention(party: civilians ?? party, killed: false, both: tokens[k].stem != "injuries", figure: Figure(count: 0),
                               span: TextSpan(start: tokens[b].start, end: tokens[k].end), anchor: k - 1,
                               endToken: k + 1, usesDefaultParty: civilians == nil)
    }

    /// "no human losses": nobody killed or injured. A bare "no losses" may be material, and labellers read it both ways.
    private static func noLosses(at k: Int, floor: Int, tokens: [Token], defaultParty: CasualtyParty?) -> CasualtyMention? {
        guard let party = defaultParty, k - 2 >= floor, tokens[k - 1].text == "human", tokens[k - 2].text == "no" else { return nil }
        let j = k - 2
        return CasualtyMention(party: party, killed: false, both: true, figure: Figure(count: 0),
                               span: TextSpan(start: tokens[j].start, end: tokens[k].end), anchor: j,
                               endToken: k + 1, usesDefaultParty: true)
    }

    /// "CENTCOM later said all three had minor injuries", "los tres sufrieron heridas leves" (the three suffered minor
    /// injuries): people already counted, counted again as injured, the latest figure for them. Their party is the one
    /// of the count before (nil here, resolved as "Another 24 were injured" is).
    private static func countedAgain(at k: Int, floor: Int, range: Range<Int>, tokens: [Token]) -> CasualtyMention? {
        var j = k - 1
        while j >= floor, nounAdjectives.contains(tokens[j].text) { j -= 1 }
        guard j - 1 >= floor, ["had", "suffered", "sustained", "received"].contains(tokens[j].text),
              let (value, end) = NumberReader.number(at: j - 1, in: tokens, limit: range.upperBound), end == j,
              value > 1, j - 2 >= floor, ["all", "the", "those", "these"].contains(tokens[j - 2].text) else { return nil }
        return CasualtyMention(party: nil, killed: false, figure: Figure(count: value),
                               span: TextSpan(start: tokens[j - 2].start, end: tokens[k].end), anchor: j - 1,
                               endToken: k + 1)
    }

    /// "no U.S. troops were killed or hurt", "none were killed or seriously injured": the participle joined by "or",
    /// "nor" or "and" to the one a zero was just read for shares its subject, so nobody was hurt either.
    private static func zeroSharedByParticiples(_ last: CasualtyMention, at k: Int, killed: Bool,
                                                tokens: [Token]) -> CasualtyMention? {
        guard last.figure.count == 0, last.figure.qualifier == nil, !last.both, last.killed != killed else { return nil }
        var j = k - 1
        if j > 0, tokens[j].text.hasSuffix("ly") { j -= 1 }
        guard j > 0, ["or", "nor", "and"].contains(tokens[j].text), last.endToken == j else { return nil }
        var zero = last
        zero.killed = killed
        zero.span = TextSpan(start: last.span.start, end: tokens[k].end)
        zero.endToken = k + 1
        return zero
    }

    /// "Casualties: none reported", "Injuries: none": a tracker's labelled field, whose value is the toll. "Casualties:
    /// unknown", "Casualties: not reported" tell nothing.
    private static func labelledNone(at k: Int, killed: Bool, range: Range<Int>, tokens: [Token],
                                     defaultParty: CasualtyParty?) -> CasualtyMention? {
        guard let party = defaultParty, k + 2 < range.upperBound, tokens[k + 1].text == ":",
              ["none", "nil", "zero", "0"].contains(tokens[k + 2].text) else { return nil }
        return CasualtyMention(party: party, killed: killed, both: ["casualties", "casualty", "victims"].contains(tokens[k].stem),
                               figure: Figure(count: 0), span: TextSpan(start: tokens[k].start, end: tokens[k + 2].end),
                               anchor: k, endToken: k + 3, usesDefaultParty: true)
    }

    /// The words that tell people are being looked at for injuries, not that they were hurt.
    static let evaluationWords: Set<String> = ["evaluated", "assessed", "screened", "examined", "evaluation", "assessment",
                                               "checked"]

    /// "evaluated for traumatic brain injury", "assessed for possible TBI", "checked for possible concussions".
    private static func isEvaluation(before k: Int, floor: Int, tokens: [Token]) -> Bool {
        stride(from: k - 1, through: max(floor, k - 5), by: -1).contains { evaluationWords.contains(tokens[$0].text) }
    }

    /// True when a count starts at `i` ("8", "three", "at least two", "an", "several").
    static func startsCount(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard i < range.upperBound else { return false }
        if NumberReader.number(at: i, in: tokens, limit: range.upperBound) != nil { return true }
        if NumberReader.vague(at: i, in: tokens, limit: range.upperBound) != nil { return true }
        let w = tokens[i].text
        // "several", "dozens" and the other vague counts were read just above.
        if ["at", "more", "about", "approximately", "around", "nearly", "over", "up", "a", "an", "no"].contains(w) {
            return i + 1 < range.upperBound && (w != "a" && w != "an" || Lexicon.personNouns.contains(tokens[i + 1].stem)
                || Lexicon.usWords.contains(tokens[i + 1].stem) || tokens[i + 1].isUSAbbreviation
                || Lexicon.otherNationalities.contains(tokens[i + 1].stem))
        }
        return false
    }

    /// "wounding two Kurdish fighters and one US soldier": one figure per counted phrase.
    static func forwardChain(from k: Int, killed: Bool, range: Range<Int>, tokens: [Token],
                                     defaultParty: CasualtyParty?) -> [CasualtyMention] {
        var result: [CasualtyMention] = []
        var position = k
        while var m = forward(from: position, killed: killed, range: range, tokens: tokens, defaultParty: defaultParty) {
            // "killed three Iraqi soldiers, two policemen and a civilian": the list goes on with the first count's
            // people unless it names others.
            if let first = result.first, !first.usesDefaultParty, first.party != .us, m.usesDefaultParty {
                m.party = first.party
                m.usesDefaultParty = false
            }
            result.append(m)
            let e = m.endToken
            guard e < range.upperBound, tokens[e].text == "and" || tokens[e].text == ",",
                  startsCount(at: e + 1, range: range, tokens: tokens), result.count < 4 else { break }
            position = e
        }
        return result
    }

    /// "injuring 8", "killed three American soldiers", "wounding at least two".
    private static func forward(from k: Int, killed: Bool, range: Range<Int>, tokens: [Token],
                                defaultParty: CasualtyParty?) -> CasualtyMention? {
        let limit = range.upperBound
        var i = k + 1
        var figure: Figure?
        var isArticle = false
        var fromOrdinal = false
        var afterCount = i
        var anchor = i
        for s in stride(from: k + 1, to: min(k + 4, limit), by: 1) {
            if let p = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: k + 1, limit: limit), p.start == k + 1 {
                figure = p.figure
                afterCount = p.end
                anchor = s
                i = p.start
                break
            }
        }
        if figure == nil, i < limit {
            if let (q, end) = NumberReader.vague(at: i, in: tokens, limit: limit) {
                figure = Figure(count: nil, qualifier: q)
                afterCount = end
                anchor = i
            } else if let n = ordinalCount(afterArticle: i, before: limit, tokens: tokens) {
                // "injuring a second soldier" (a person noun must follow, below)
                figure = Figure(count: n)
                fromOrdinal = true
                afterCount = i + 2
                anchor = i
            } else if ["a", "an"].contains(tokens[i].text) {
                figure = Figure(count: 1)
                isArticle = true
                afterCount = i + 1
                anchor = i
            } else if tokens[i].text == "no" {
                // "harmed no American personnel"
                figure = Figure(count: 0)
                afterCount = i + 1
                anchor = i
            }
        }
        guard let figure else { return nil }
        var end = afterCount
        var explicit: CasualtyParty?
        var hasHead = false
        var headWord = ""
        if figure.count == 0, afterCount < limit, tokens[afterCount].text == "one" {
            // "killing no one"
            end = afterCount + 1
        } else if let (head, lookEnd) = head(after: afterCount, range: range, tokens: tokens) {
            explicit = self.party(of: afterCount..<lookEnd, head: head, tokens: tokens, defaultParty: nil)
            end = head + 1
            hasHead = true
            headWord = tokens[head].stem
        } else if isArticle || fromOrdinal || figure.count == 0 {
            return nil
        }
        guard let party = explicit ?? defaultParty else { return nil }
        return CasualtyMention(party: party, killed: killed, figure: figure,
                               span: TextSpan(start: tokens[k].start, end: tokens[end - 1].end),
                               isArticle: isArticle, anchor: anchor, endToken: end,
                               usesDefaultParty: explicit == nil, hasPersonNoun: hasHead, head: headWord)
    }

    /// A person noun shortly after a count ("three American soldiers"), and the end of the phrase that
    /// tells whose they are ("member of a pro-Iranian group").
    private static func head(after i: Int, range: Range<Int>, tokens: [Token]) -> (Int, Int)? {
        var j = i
        // "killing two or three suspected militants", "five to seven soldiers": one count, told as a range.
        if j + 1 < range.upperBound, ["or", "to"].contains(tokens[j].text),
           let (_, end) = NumberReader.number(at: j + 1, in: tokens, limit: range.upperBound) {
            j = end
        }
        // "killed four of their fighters", "three of its members": the people of the group named before.
        if j + 1 < range.upperBound, tokens[j].text == "of", ["their", "its"].contains(tokens[j + 1].text) { j += 2 }
        while j < range.upperBound, j < i + 5 {
            let t = tokens[j]
            // "killed nearly 25,000 Palestinians", "wounding four Iraqis": people named by their nationality alone.
            if t.isWord, t.isCapitalized, t.stem.hasSuffix("s"), Lexicon.otherNationalities.contains(String(t.stem.dropLast())) {
                return (j, j + 1)
            }
            if t.isWord, Lexicon.personNouns.contains(t.stem) {
                // "service members", "American soldiers", "civilian contractors": the last noun is the head.
                if ["members", "member", "american", "civilian", "civilians"].contains(t.stem), j + 1 < range.upperBound,
                   Lexicon.personNouns.contains(tokens[j + 1].stem) {
                    j += 1
                    continue
                }
                return (j, lookahead(after: j, range: range, tokens: tokens))
            }
            if t.isPunct, t.text != "-" { return nil }
            if t.isWord, stopWords.contains(t.text) || Lexicon.attackWords.contains(t.text) { return nil }
            if t.kind == .number { return nil }
            j += 1
        }
        return nil
    }

    private static func lookahead(after head: Int, range: Range<Int>, tokens: [Token]) -> Int {
        // "deux soldats français", "cinque militari italiani": French, Italian, Portuguese and Spanish write the
        // nationality after the noun, in lower case (English capitalises it and puts it first).
        if head + 1 < range.upperBound, tokens[head + 1].isWord, !tokens[head + 1].isCapitalized,
           Lexicon.otherNationalities.contains(tokens[head + 1].stem) || Lexicon.isUS(tokens[head + 1]) {
            return head + 2
        }
        guard head + 1 < range.upperBound, ["of", "from", "out", "among"].contains(tokens[head + 1].text) else {
            return head + 1
        }
        // "fighters of the U.S.-backed Syrian Democratic Forces"
        return min(range.upperBound, head + 9)
    }

    /// "no material damage or casualties", "no damage nor injuries": when the casualty noun `noun` is
    /// coordinated by "or" or "nor" with the words before it, the "no" that opens the coordination (from `j`, up to
    /// four words back, with no punctuation or number between) negates it too. Returns the index of that "no".
    private static func negationBeforeCoordination(from j: Int, noun: Int, floor: Int, tokens: [Token]) -> Int? {
        guard (j..<noun).contains(where: { ["or", "nor"].contains(tokens[$0].text) }) else { return nil }
        var i = j
        while i >= floor, i >= j - 4, tokens[i].isWord {
            if tokens[i].text == "no" { return i }
            // "no details of damage or casualties", "no reports on ...": a question left open, not a zero.
            if stopWords.contains(tokens[i].text) || Lexicon.attackWords.contains(tokens[i].text)
                || ["of", "about", "regarding", "from", "over"].contains(tokens[i].text) { return nil }
            i -= 1
        }
        return nil
    }

    /// "eight injuries", "several non-serious injuries", "no US casualties", "left four dead".
    private static func nounFigure(at k: Int, killed: Bool, floor: Int, range: Range<Int>, tokens: [Token],
                                   defaultParty: CasualtyParty?) -> CasualtyMention? {
        var j = k - 1
        var skipped = 0
        var militia = false
        var us = false
        var joinsOtherParty = false
        while j >= floor, skipped < 4, nounAdjectives.contains(tokens[j].text) || tokens[j].isUSAbbreviation
                || joinsPartyAfterUS(at: j - 1, floor: floor, head: k, tokens: tokens) {
            if tokens[j].text == "hostile" { militia = true }
            if !nounAdjectives.contains(tokens[j].text), !tokens[j].isUSAbbreviation { joinsOtherParty = true }
            if Lexicon.isUS(tokens[j]) { us = true }
            j -= 1
            skipped += 1
        }
        guard j >= floor else { return nil }
        var figure: Figure?
        var start = j
        let w = tokens[j].text
        if w == "no" {
            figure = Figure(count: 0)
        } else if let no = negationBeforeCoordination(from: j, noun: k, floor: floor, tokens: tokens) {
            // "No material damage or casualties were recorded": the "no" reaches every noun it coordinates.
            figure = Figure(count: 0)
            start = no
        } else if w == "of", j - 1 >= floor, let q = NumberReader.vagueWords[tokens[j - 1].text] {
            figure = Figure(count: nil, qualifier: q)
            start = j - 1
            if j - 2 >= floor, tokens[j - 2].text == "a", tokens[j - 1].text == "number" { start = j - 2 }
        } else if let q = NumberReader.vagueWords[w] {
            figure = Figure(count: nil, qualifier: q)
        } else {
            for s in stride(from: max(floor, j - 2), through: j, by: 1) {
                if let p = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: floor, limit: range.upperBound),
                   p.end == j + 1 {
                    figure = p.figure
                    start = p.start
                    break
                }
            }
        }
        // "caused minor injuries to four more troops": the count of the people after "to".
        if figure == nil, k + 2 < range.upperBound, ["to", "among"].contains(tokens[k + 1].text),
           let p = (k + 2..<min(range.upperBound, k + 5)).lazy.compactMap({
               NumberReader.phrase(numberAt: $0, in: tokens, lowerBound: k + 2, limit: range.upperBound)
           }).first,
           p.start == k + 2, p.figure.count != nil,
           // "to four more troops", "to more than 100 U.S. troops"
           (p.end..<min(range.upperBound, p.end + 6)).contains(where: { Lexicon.personNouns.contains(tokens[$0].stem) }) {
            figure = p.figure
            start = j + 1
        }
        if figure == nil, skipped > 0, k + 1 < range.upperBound, ["to", "among"].contains(tokens[k + 1].text) {
            // "minor injuries to coalition forces": some, uncounted.
            figure = Figure(count: nil, qualifier: .several)
            start = j + 1
        }
        guard let figure else { return nil }
        // "two U.S. and Iraqi casualties": a count of two parties together is no one party's (only a zero is each's).
        if joinsOtherParty, figure.count != 0 { return nil }
        // "No details were available about possible casualties": a question left open, not a possible injury.
        if figure.qualifier == .possible, stride(from: start - 1, through: max(floor, start - 7), by: -1).contains(where: {
            ["details", "information", "word", "unclear", "unknown", "known"].contains(tokens[$0].text)
        }) {
            return nil
        }
        var party: CasualtyParty? = militia ? .militia : (us ? .us : nil)
        var spanEnd = k
        if party == nil, k + 1 < range.upperBound, ["to", "among", "of"].contains(tokens[k + 1].text) {
            let end = min(range.upperBound, k + 6)
            if let h = stride(from: k + 2, to: end, by: 1).first(where: { Lexicon.personNouns.contains(tokens[$0].stem) }) {
                party = self.party(of: (k + 2)..<(h + 1), head: h, tokens: tokens, defaultParty: nil)
                // "minor injuries to coalition forces": the people hurt are part of the evidence, so that a
                // coalition with no American named is told apart (CasualtyFinder+CoalitionOnly).
                if party != nil { spanEnd = h }
            } else {
                party = self.party(of: (k + 2)..<end, head: nil, tokens: tokens, defaultParty: nil)
                if party != nil, let f = stride(from: k + 2, to: end, by: 1).first(where: { ["forces", "force"].contains(tokens[$0].text) }) {
                    spanEnd = f
                }
            }
        }
        if party == nil, let civilians = civiliansNamedAfter(noun: k, tokens: tokens) { party = civilians }
        let explicit = party
        guard let party = party ?? defaultParty else { return nil }
        let both = (tokens[k].stem == "casualties" || tokens[k].stem == "victims") && figure.count == 0
        return CasualtyMention(party: party, killed: killed, both: both, figure: figure,
                               span: TextSpan(start: tokens[start].start, end: tokens[spanEnd].end), anchor: start,
                               endToken: k + 1, usesDefaultParty: explicit == nil)
    }

    /// "three US soldiers were injured", "an Iraqi soldier was also injured", "Another 24 were injured".
    private static func backward(from k: Int, killed: Bool, floor: Int, range: Range<Int>, tokens: [Token],
                                 defaultParty: CasualtyParty?, searchFrom: Int? = nil) -> CasualtyMention? {
        if let searchFrom {
            // "Fünf US-Soldaten und zwei zivile Auftragnehmer seien bei dem Angriff ... verletzt worden": the subject
            // before "and" is counted from the one after it, however far the verb-final participle stands.
            return subject(from: searchFrom, k: k, killed: killed, floor: floor, range: range, tokens: tokens,
                           defaultParty: defaultParty, lowest: max(floor, min(k - 16, searchFrom - 6)))
        }
        var j = k - 1
        while j >= floor, Lexicon.auxiliaries.contains(tokens[j].text) { j -= 1 }
        // 'Singh said "more than 40" had been hurt': a count quoted as said (round 16, ar15).
        let quotes: Set<String> = ["\"", "”", "“"]
        let quoted = j > floor && quotes.contains(tokens[j].text)
        if quoted { j -= 1 }
        guard j >= floor else { return nil }
        // "No one was hurt", "nobody was injured"
        if ["nobody", "none", "noone"].contains(tokens[j].text)
            || (tokens[j].text == "one" && j - 1 >= floor && tokens[j - 1].text == "no") {
            let start = tokens[j].text == "one" ? j - 1 : j
            guard let party = defaultParty else { return nil }
            return CasualtyMention(party: party, killed: killed, figure: Figure(count: 0),
                                   span: TextSpan(start: tokens[start].start, end: tokens[k].end), anchor: start,
                                   endToken: k + 1, usesDefaultParty: true)
        }
        // "One soldier was killed and two others were wounded"
        if tokens[j].text == "others", j - 1 >= floor,
           let (value, end) = NumberReader.number(at: j - 1, in: tokens, limit: range.upperBound), end == j {
            return CasualtyMention(party: nil, killed: killed, figure: Figure(count: value),
                                   span: TextSpan(start: tokens[j - 1].start, end: tokens[k].end), anchor: j - 1,
                                   endToken: k + 1, isOthers: true)
        }
        // "Three soldiers were killed and dozens were injured": a hedge alone continues the party before it.
        if let q = NumberReader.vagueWords[tokens[j].text], ["dozens", "scores", "several", "many"].contains(tokens[j].text),
           j == floor || tokens[j - 1].text == "and" || tokens[j - 1].text == "," {
            return CasualtyMention(party: nil, killed: killed, figure: Figure(count: nil, qualifier: q),
                                   span: TextSpan(start: tokens[j].start, end: tokens[k].end), anchor: j, endToken: k + 1)
        }
        // "Three service members were killed and many more wounded": the hedge with "more" continues the party too.
        if tokens[j].text == "more", j - 1 >= floor, let q = NumberReader.vagueWords[tokens[j - 1].text],
           ["dozens", "scores", "several", "many"].contains(tokens[j - 1].text),
           j - 1 == floor || tokens[j - 2].text == "and" || tokens[j - 2].text == "," {
            return CasualtyMention(party: nil, killed: killed, figure: Figure(count: nil, qualifier: q),
                                   span: TextSpan(start: tokens[j - 1].start, end: tokens[k].end), anchor: j - 1, endToken: k + 1)
        }
        // "Another 24 were injured"
        if let (value, end) = NumberReader.number(at: j, in: tokens, limit: range.upperBound), end == j + 1,
           j - 1 >= floor, ["another", "other", "additional"].contains(tokens[j - 1].text) {
            return CasualtyMention(party: nil, killed: killed, figure: Figure(count: value),
                                   span: TextSpan(start: tokens[j - 1].start, end: tokens[k].end), anchor: j,
                                   endToken: k + 1)
        }
        // "Twenty were hurt at al-Tanf", "... were killed and at least 34 injured", "no one was killed, though more than
        // 100 were ...": a bare count opening its clause.
        if let party = defaultParty,
           let s = stride(from: j, through: max(floor, j - 2), by: -1).first(where: { s in
               NumberReader.number(at: s, in: tokens, limit: range.upperBound).map { $0.1 == j + 1 } ?? false
           }),
           let p = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: floor, limit: range.upperBound),
           p.start == range.lowerBound || [",", ";", "and", ":", "but", "though", "although"].contains(tokens[p.start - 1].text)
               || (quoted && quotes.contains(tokens[p.start - 1].text)),
           let value = p.figure.count, value > 0 {
            return CasualtyMention(party: party, killed: killed, figure: p.figure,
                                   span: TextSpan(start: tokens[p.start].start, end: tokens[k].end), anchor: p.start,
                                   endToken: k + 1, usesDefaultParty: true)
        }
        return subject(from: j, k: k, killed: killed, floor: floor, range: range, tokens: tokens, defaultParty: defaultParty)
    }

    /// The counted subject ending at or before `j` of the participle at `k`.
    private static func subject(from j: Int, k: Int, killed: Bool, floor: Int, range: Range<Int>, tokens: [Token],
                                defaultParty: CasualtyParty?, lowest: Int? = nil) -> CasualtyMention? {
        var h = j
        let lowest = lowest ?? max(floor, k - 16)
        while h >= lowest {
            let t = tokens[h]
            if t.isPunct, t.text == ";" || t.text == "." { return nil }
            // "No U.S. forces were injured": forces count as people only to say none of them was hurt ("U.S. forces
            // killed five militants" names who acted).
            let isForces = t.stem == "forces"
            if t.isWord, Lexicon.personNouns.contains(t.stem) || isForces, !(t.stem == "american" && h + 1 < range.upperBound
                && Lexicon.personNouns.contains(tokens[h + 1].stem)) {
                if let (figure, start, isArticle) = count(before: h, floor: floor, range: range, tokens: tokens),
                   !isForces || figure.count == 0,
                   // "One civilian contractor, who was not an American, was killed": the contractor was killed.
                   !isDenied(countAt: start, floor: floor, tokens: tokens) {
                    let lookEnd = lookahead(after: h, range: range, tokens: tokens)
                    // "No U.S. or partner forces were injured": a zero of each party named is the US's zero too.
                    // "Two U.S. and Iraqi soldiers were wounded": a count of both together is neither's alone.
                    let joined = joinsUSWithAnotherParty(start..<h, tokens: tokens)
                    var explicit: CasualtyParty? = joined ? (figure.count == 0 ? .us : .other("several parties"))
                        : party(of: start..<lookEnd, head: h, tokens: tokens, defaultParty: nil)
                    // "Five other contractors, four of them Americans": US contractors, not service members.
                    if explicit == .us, ["american", "americans", "citizen", "citizens", "national", "nationals"].contains(t.stem),
                       isShareOfContractors(countAt: start, shareWords: shareWords(from: start, to: h, tokens: tokens),
                                            floor: floor, tokens: tokens) {
                        explicit = .other("US contractor")
                    }
                    guard let party = explicit ?? defaultParty else { return nil }
                    return CasualtyMention(party: party, killed: killed, figure: figure,
                                           span: TextSpan(start: tokens[start].start, end: tokens[k].end),
                                           isArticle: isArticle, anchor: start, endToken: k + 1,
                                           usesDefaultParty: explicit == nil, hasPersonNoun: true, head: t.stem)
                }
            }
            h -= 1
        }
        return nil
    }

    /// The count in front of a person noun, over at most four modifiers ("two US service members").
    private static func count(before head: Int, floor: Int, range: Range<Int>,
                              tokens: [Token]) -> (Figure, Int, Bool)? {
        var m = head - 1
        var steps = 0
        while m >= floor, steps < 5 {
            let t = tokens[m]
            // "No U.S. or coalition personnel": "or"/"and" between two parties.
            let joinsParties = ["or", "and"].contains(t.text) && m + 1 < head
                && (Lexicon.isUS(tokens[m + 1]) || tokens[m + 1].text == "coalition"
                    || joinsPartyAfterUS(at: m, floor: floor, head: head, tokens: tokens))
            let isModifier = (t.isWord && !stopWords.contains(t.text) && NumberReader.number(at: m, in: tokens, limit: range.upperBound) == nil
                && !["a", "an", "no", "another"].contains(t.text) && NumberReader.vagueWords[t.text] == nil
                && !Lexicon.attackWords.contains(t.text))
                || (t.isPunct && t.text == "-") || joinsParties
                // "'a number of' US personnel": a quoted count still counts the noun after the quote.
                || (t.isPunct && (t.text == "\"" || t.text == "'"))
            if !isModifier { break }
            m -= 1
            steps += 1
        }
        guard m >= floor else { return nil }
        let t = tokens[m]
        if t.text == "no" { return (Figure(count: 0), m, false) }
        // "none of its staff", "none of the U.S. personnel at the site"
        if ["the", "its", "their", "our"].contains(t.text), m - 2 >= floor, tokens[m - 1].text == "of",
           ["none", "neither"].contains(tokens[m - 2].text) {
            return (Figure(count: 0), m - 2, false)
        }
        // "Twenty of the troops were hurt at al-Tanf": a count of the people the story already counted.
        if ["the", "those", "these"].contains(t.text), m - 2 >= floor, tokens[m - 1].text == "of",
           let found = partitiveCount(endingAt: m - 1, floor: floor, range: range, tokens: tokens) {
            return found
        }
        // "the number of soldiers" after "raised to 21"; "an unspecified number of personnel".
        if ["the", "a", "an"].contains(t.text), m + 2 < head, tokens[m + 1].text == "number" || tokens[m + 2].text == "number" {
            let numberAt = tokens[m + 1].text == "number" ? m + 1 : m + 2
            if tokens[numberAt + 1].text == "of", let found = numberOf(before: numberAt, floor: floor, range: range, tokens: tokens) {
                return found
            }
        }
        // "the American soldier who was killed": one, told by a singular noun.
        if t.text == "the", isSingularPerson(tokens[head].stem),
           head + 1 < range.upperBound, ["who", "was"].contains(tokens[head + 1].text) {
            return (Figure(count: 1), m, true)
        }
        // "A number of U.S. personnel", "a few soldiers": some, not one.
        if t.text == "a", let (q, _) = NumberReader.vague(at: m, in: tokens, limit: head) { return (Figure(count: nil, qualifier: q), m, false) }
        if let n = ordinalCount(afterArticle: m, before: head, tokens: tokens) { return (Figure(count: n), m, false) }
        if t.text == "a" || t.text == "an" { return (Figure(count: 1), m, true) }
        if t.text == "of", m - 1 >= floor, let q = NumberReader.vagueWords[tokens[m - 1].text] {
            return (Figure(count: nil, qualifier: q), m - 1, false)
        }
        if let q = NumberReader.vagueWords[t.text] { return (Figure(count: nil, qualifier: q), m, false) }
        for s in stride(from: max(floor, m - 2), through: m, by: 1) {
            if let p = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: floor, limit: range.upperBound),
               p.end == m + 1 {
                return (p.figure, p.start, false)
            }
        }
        return nil
    }

    /// The count ending just before the "of" at `of` in "Twenty of the troops", "At least four of those soldiers", when
    /// it opens its clause.
    private static func partitiveCount(endingAt of: Int, floor: Int, range: Range<Int>, tokens: [Token]) -> (Figure, Int, Bool)? {
        for s in stride(from: max(floor, of - 3), to: of, by: 1) {
            // Only a count opening its clause: "but more than a hundred of the soldiers" is read as told elsewhere.
            if let p = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: floor, limit: range.upperBound),
               p.end == of, p.figure.count.map({ $0 > 0 }) ?? false,
               p.start == range.lowerBound || [",", ";", ":"].contains(tokens[p.start - 1].text) || tokens[p.start].newlineBefore {
                return (p.figure, p.start, false)
            }
        }
        return nil
    }

    /// "raised to 21 the number of soldiers", "an unspecified number of personnel": the count told
    /// around "number of" (`numberAt` is the token "number").
    private static func numberOf(before numberAt: Int, floor: Int, range: Range<Int>,
                                 tokens: [Token]) -> (Figure, Int, Bool)? {
        var p = numberAt - 1
        if p >= floor, unsaidAdjectives.contains(tokens[p].text) { p -= 1 }
        guard p >= floor else { return nil }
        if ["a", "an"].contains(tokens[p].text) { return (Figure(count: nil, qualifier: .several), p, false) }
        // "raised to (more than) 40 the number of", "brought to eight the number of"
        guard tokens[p].text == "the" else { return nil }
        // "The number of troops hurt ... has grown to 11"
        var g = numberAt + 1
        while g + 2 < range.upperBound, tokens[g].text != "." {
            // "has grown and now stands at more than 40"
            let standsAt = ["stands", "stood"].contains(tokens[g].text) && tokens[g + 1].text == "at"
            if standsAt || ["grown", "risen", "rose", "climbed", "increased", "jumped", "reached"].contains(tokens[g].text) {
                let n = tokens[g + 1].text == "to" || standsAt ? g + 2 : g + 1
                for s in n..<min(range.upperBound, n + 3) {
                    if let phrase = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: n, limit: range.upperBound),
                       phrase.start == n {
                        return (phrase.figure, p, false)
                    }
                }
            }
            g += 1
        }
        for s in stride(from: max(floor, p - 2), to: p, by: 1) {
            if let phrase = NumberReader.phrase(numberAt: s, in: tokens, lowerBound: floor, limit: range.upperBound),
               phrase.end == p, phrase.start - 1 >= floor, tokens[phrase.start - 1].text == "to" {
                return (phrase.figure, phrase.start, false)
            }
        }
        return nil
    }

    /// Words between "a" and "number of" that leave the count unsaid.
    static let unsaidAdjectives: Set<String> = [
        "unspecified", "undisclosed", "unknown", "undetermined", "unconfirmed", "small", "limited", "large",
    ]

    private static func isSingularPerson(_ noun: String) -> Bool {
        ["soldier", "servicemember", "serviceman", "marine", "sailor", "airman", "contractor", "member", "american",
         "officer", "guard", "civilian"].contains(noun)
    }

    /// Whose casualties the phrase names: US, militia, another nationality, or the clause's default.
    static func party(of phrase: Range<Int>, head: Int?, tokens: [Token],
                              defaultParty: CasualtyParty?) -> CasualtyParty? {
        var us = false
        var militia = false
        var nationality: String?
        var k = phrase.lowerBound
        while k < phrase.upperBound {
            let t = tokens[k]
            // "the U.S.-backed Syrian Democratic Forces": a description of a partner, not US troops.
            if Lexicon.isUS(t) || t.text == "coalition", k + 2 < tokens.count, tokens[k + 1].text == "-",
               ["backed", "led", "allied", "trained", "supported"].contains(tokens[k + 2].text) {
                k += 3
                continue
            }
            if Lexicon.isUS(t), t.text != "coalition" || nationality == nil { us = true }
            if Lexicon.militiaCues.contains(t.stem) { militia = true }
            if t.text == "pro", k + 2 < phrase.upperBound, tokens[k + 1].text == "-",
               ["iranian", "iran"].contains(tokens[k + 2].text) {
                militia = true
            }
            if nationality == nil, Lexicon.otherNationalities.contains(t.stem) {
                nationality = t.stem == "sdf" ? "SDF" : t.stem.prefix(1).uppercased() + t.stem.dropFirst()
            }
            // "six members of Iraq's elite Counter-Terrorism Service": people of the country named as owner.
            if nationality == nil, t.text.hasSuffix("'s"), let people = Lexicon.peopleOfCountry[t.stem] {
                nationality = people
            }
            // "wounding four Iraqis": the people named by their nationality alone.
            if nationality == nil, t.isCapitalized, t.stem.hasSuffix("s"), Lexicon.otherNationalities.contains(String(t.stem.dropLast())) {
                nationality = t.stem.prefix(1).uppercased() + t.stem.dropFirst().dropLast()
            }
            k += 1
        }
        let headWord = head.map { tokens[$0].stem } ?? ""
        let words = phrase.map { tokens[$0].stem }
        // "two members of the coalition's partner forces": partners, even when the coalition is named.
        if words.contains("partner") || words.contains("partners") { return .other("partner forces") }
        // Contractors are counted apart from service members.
        if words.contains("contractor") || words.contains("contractors") {
            return .other(us || defaultParty == .us ? "US contractor" : "contractor")
        }
        // "a member of the security forces guarding the checkpoint": local forces, not US troops.
        if !us, let s = words.firstIndex(of: "security"), s + 1 < words.count, ["forces", "force"].contains(words[s + 1]) {
            return .other("security forces")
        }
        // Partner forces: the SDF, Kurdish forces, the Peshmerga (their "fighters" are not militia).
        var partner: String?
        for (n, w) in words.enumerated() {
            if w == "sdf" || (w == "syrian" && n + 1 < words.count && words[n + 1] == "democratic") { partner = "SDF" }
            // "two members of Syrian Free Army forces": the coalition's partner at al-Tanf (once Maghawir al-Thawra).
            else if (w == "syrian" && n + 2 < words.count && words[n + 1] == "free" && words[n + 2] == "army")
                || w == "maghawir" || w == "mughawir" { partner = "Syrian Free Army" }
            else if w == "peshmerga" { partner = partner ?? "Peshmerga" }
            else if w == "kurdish", partner == nil { partner = "Kurdish" }
        }
        if let partner, !us {
            let noun = headWord.isEmpty || headWord == "forces" ? "fighter" : Lexicon.singular(headWord)
            return .other("\(partner) \(noun)")
        }
        // "four members of Kataib Hezbollah", "fighters of the Hashd": people of an armed group are militia.
        if !us, words.contains(where: { armedGroupWords.contains($0) }) { return .militia }
        if militia { return .militia }
        if let nationality, !us {
            let byNationality = headWord.isEmpty || Lexicon.otherNationalities.contains(String(headWord.dropLast()))
            return .other("\(nationality) \(byNationality ? "people" : Lexicon.singular(headWord))")
        }
        if militiaHeads.contains(headWord) { return .militia }
        // "service members" is the US military's own word for its troops.
        // Not "six members of the service" (of a service the clause named: "the Counter-Terrorism Service").
        let ofTheService = words.indices.contains { i in i > 0 && words[i] == "service" && words[i - 1] == "the" }
        if nationality == nil, ["servicemember", "servicemembers"].contains(headWord)
            || (["members", "member"].contains(headWord) && words.contains("service") && !ofTheService) {
            return .us
        }
        // "killing five women and children", "wounding two residents": people named as civilians are no troops.
        if civilianHeads.contains(headWord) { return .other("civilian") }
        // "injuring three members of one family", "a woman and her two children": a family is no troops.
        if !us, words.contains(where: { ["family", "families", "household"].contains($0) }) { return .other("civilian") }
        // "killed an American citizen", "two U.S. civilians": Americans who are not service members (round 16, ar02).
        if us, ["civilian", "civilians", "citizen", "citizens", "national", "nationals"].contains(headWord) {
            return .other("US civilian")
        }
        if us || headWord == "americans" || headWord == "american" { return .us }
        if headWord == "civilian" || headWord == "civilians" { return .other("civilian") }
        return defaultParty
    }
}
