/// Finds a partner force's own post told as what an attack hit: "attacked SDF posts near Conoco field", "shelled
/// SDF military points in the village of Khasham", "positions of the Syrian Democratic Forces", "a Peshmerga post
/// near Harir", "a military base ... belonging to the Counter-Terrorism Service". The target names whose forces
/// were hit, so such an attack is a partner incident even when a US site is named nearby. A base that hosts
/// partner and US troops alike ("an Iraqi military base", "Ain al-Asad, an Iraqi Security Forces base") is no post.
enum PartnerPostFinder {
    /// A partner force's small sites. Never "base": bases host US troops too.
    static let postWords: Set<String> = [
        "post", "posts", "position", "positions", "point", "points", "checkpoint", "checkpoints",
        "outpost", "outposts", "headquarters",
        // "a compound of the Counter-Terrorism Service at Baghdad International Airport".
        "compound", "compounds",
        // "the Iraqi army's section of Ain al-Assad air base": the partner's part of a shared base.
        "section", "sections", "sector", "sectors",
    ]

    /// Partner forces by the words that name them (lower case, one entry per word). Not the Popular Mobilization
    /// Forces, whose sites are what US strikes hit.
    static let partnerForces: [[String]] = [
        ["sdf"], ["peshmerga"], ["ypg"], ["asayish"], ["syrian", "democratic", "forces"],
        ["iraqi", "army"], ["iraqi", "police"], ["iraqi", "security", "forces"], ["iraqi", "forces"],
        ["kurdish", "forces"], ["partner", "forces"], ["counter", "-", "terrorism", "service"],
        ["counter", "terrorism", "service"], ["cts"],
    ]

    /// Words telling whose a site is: "a base belonging to the CTS", "checkpoints held by the SDF".
    private static let ownershipVerbs: Set<String> = ["belonging", "held", "manned", "controlled", "run"]

    /// Words that may stand between the force and its post ("SDF military points", "Iraqi army's checkpoint").
    private static let between: Set<String> = ["military", "security", "forward", "border", "forces", "fighters"]

    /// A partner force's post named in a clause, and the place it is said to be in ("in the village of Khasham").
    struct Found: Sendable {
        var span: TextSpan
        /// The tokens of the place as written, when "in" names one right after the post.
        var place: Range<Int>?
    }

    /// The partner force's post named in `range`, or nil.
    static func find(in range: Range<Int>, tokens: [Token]) -> Found? {
        guard let (span, postEnd) = post(in: range, tokens: tokens) else { return nil }
        return Found(span: span, place: place(after: postEnd, in: range, tokens: tokens))
    }

    /// Words that may name the kind of place between "in" and its name ("in the village of Khasham").
    private static let placeKinds: Set<String> = ["village", "town", "city", "area", "district", "countryside", "outskirts"]

    /// "in Khasham", "in the village of Khasham": the capitalised name right after "in" that follows the post.
    private static func place(after k: Int, in range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        var p = k
        // "a Peshmerga post on the outskirts of Harir": where the post is, as "in" tells it.
        if p + 3 < range.upperBound, tokens[p].text == "on", tokens[p + 1].text == "the", tokens[p + 2].text == "outskirts",
           tokens[p + 3].text == "of" {
            p += 3
        }
        guard p < range.upperBound, tokens[p].text == (p == k ? "in" : "of") else { return nil }
        p += 1
        if p < range.upperBound, tokens[p].text == "the" { p += 1 }
        if p + 1 < range.upperBound, placeKinds.contains(tokens[p].text), tokens[p + 1].text == "of" { p += 2 }
        let start = p
        // "Khasham", "Jadid Ekaidat", "al-Tayyana": capitalised words, and words a hyphen joins to the name.
        func joined(_ k: Int) -> Bool {
            k > start && tokens[k - 1].text == "-" && !tokens[k - 1].spaceBefore && !tokens[k].spaceBefore
        }
        func opensName(_ k: Int) -> Bool {
            k + 1 < range.upperBound && tokens[k + 1].text == "-" && !tokens[k + 1].spaceBefore
        }
        var end = start
        while p < range.upperBound {
            // "Um al-Kheir": an Arabic article hyphened to the next word goes on the name.
            let article = p > start && opensName(p) && ["al", "el", "ad", "as", "ash", "at", "ar", "az", "an"].contains(tokens[p].text)
            if tokens[p].isWord, tokens[p].isCapitalized || joined(p) || (p == start && opensName(p)) || article {
                end = p + 1
            } else if !(tokens[p].text == "-" && opensName(p - 1)) {
                break
            }
            p += 1
        }
        // "SDF positions in Syria": a country is no place of its own.
        guard end > start, !(end - start == 1 && Lexicon.countries[tokens[start].stem] != nil) else { return nil }
        return start..<end
    }

    /// Nouns that point back at a force already named ("a checkpoint held by the group").
    private static let forceNouns: Set<String> = ["group", "force", "forces", "militia", "organisation", "organization", "faction"]

    /// The phrase naming a partner force's post, and the token after it.
    private static func post(in range: Range<Int>, tokens: [Token]) -> (TextSpan, Int)? {
        // "Two members of ... the YPG, were killed ... when a drone struck a checkpoint held by the terrorist group":
        // a post held by "the group" is the post of the partner force the clause named before it.
        for k in range where postWords.contains(tokens[k].stem) && k + 2 < range.upperBound
            && ownershipVerbs.contains(tokens[k + 1].text) && tokens[k + 2].text == "by" {
            var n = k + 3
            while n < range.upperBound, n - k < 7, !forceNouns.contains(tokens[n].text), !tokens[n].isPunct { n += 1 }
            guard n < range.upperBound, forceNouns.contains(tokens[n].text), tokens[k + 3].text == "the",
                  (range.lowerBound..<k).contains(where: { forceEnd(at: $0, in: range.lowerBound..<k, tokens: tokens) != nil }),
                  !range.contains(where: { Lexicon.isUS(tokens[$0]) })
            else { continue }
            return (TextSpan(start: tokens[k].start, end: tokens[n].end), n + 1)
        }
        // "Two members of the Internal Security Forces (Asayish) were wounded ... when a drone struck their checkpoint":
        // a post told as "their" or "its" is the post of the partner force the clause named before it, with no US
        // word between them.
        for k in range where postWords.contains(tokens[k].stem) && k > range.lowerBound {
            var p = k - 1
            while p > range.lowerBound, between.contains(tokens[p].stem) { p -= 1 }
            guard ["their", "its"].contains(tokens[p].text),
                  let force = (range.lowerBound..<p).first(where: { forceEnd(at: $0, in: range.lowerBound..<p, tokens: tokens) != nil }),
                  !(force..<k).contains(where: { Lexicon.isUS(tokens[$0]) })
            else { continue }
            return (TextSpan(start: tokens[p].start, end: tokens[k].end), k + 1)
        }
        for k in range {
            guard let end = forceEnd(at: k, in: range, tokens: tokens) else { continue }
            // "SDF posts", "SDF military points", "Peshmerga post"
            var p = end
            while p < range.upperBound, p - end < 2, between.contains(tokens[p].stem) { p += 1 }
            if p < range.upperBound, postWords.contains(tokens[p].stem) {
                return (TextSpan(start: tokens[k].start, end: tokens[p].end), p + 1)
            }
            // "positions of the Syrian Democratic Forces", "a base ... belonging to the Counter-Terrorism Service",
            // "checkpoints held by the SDF"
            let before = (max(range.lowerBound, k - 4)..<k).map { tokens[$0].text }
            if let of = before.lastIndex(where: { $0 == "of" || $0 == "to" || $0 == "by" }),
               before[(of + 1)...].allSatisfy({ $0 == "the" }) {
                let opener = max(range.lowerBound, k - 4) + of
                if tokens[opener].text == "of", opener > range.lowerBound, postWords.contains(tokens[opener - 1].stem) {
                    return (TextSpan(start: tokens[opener - 1].start, end: tokens[end - 1].end),
                            afterAcronym(end, in: range, tokens: tokens))
                }
                // "belonging to the CTS", "checkpoints held by the SDF"
                // ... of a site told just before ("a military base adjacent to the airport, belonging to"), not of
                // an area ("territory controlled by the SDF").
                let site = max(range.lowerBound, opener - 9)..<max(range.lowerBound, opener - 1)
                // A base that also hosts US troops ("Ain al-Asad air base, which is run by the Iraqi army and hosts
                // US troops") is no partner's post.
                if tokens[opener].text != "of", opener > range.lowerBound, ownershipVerbs.contains(tokens[opener - 1].text),
                   site.contains(where: { postWords.contains(tokens[$0].stem) || Lexicon.baseWords.contains(tokens[$0].stem) }),
                   !range.contains(where: { Lexicon.isUS(tokens[$0]) }) {
                    return (TextSpan(start: tokens[opener - 1].start, end: tokens[end - 1].end),
                            afterAcronym(end, in: range, tokens: tokens))
                }
            }
        }
        return nil
    }

    /// The token after "(SDF)" when the force's name is followed by its acronym in brackets.
    private static func afterAcronym(_ k: Int, in range: Range<Int>, tokens: [Token]) -> Int {
        guard k + 2 < range.upperBound, tokens[k].text == "(", tokens[k + 2].text == ")" else { return k }
        return k + 3
    }

    /// The token after a partner force's name starting at `k`, or nil when none starts there.
    private static func forceEnd(at k: Int, in range: Range<Int>, tokens: [Token]) -> Int? {
        for words in partnerForces where k + words.count <= range.upperBound {
            let matches = words.indices.allSatisfy { i in
                let t = tokens[k + i]
                return i == words.count - 1 ? t.stem == words[i] : t.text == words[i]
            }
            if matches { return k + words.count }
        }
        return nil
    }
}
