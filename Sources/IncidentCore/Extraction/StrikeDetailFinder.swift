/// What a US strike hit and with what, read from the strike's own clauses: "F-15 jets struck bunkers
/// near Ayyash" (air strike, Ayyash), "responded with artillery shells at the launch area in the Seven
/// Villages area" (artillery, Seven Villages), "hit sites in Deir Ezzor city".
enum StrikeDetailFinder {
    /// Words that make a strike an artillery strike.
    private static let artilleryWords: Set<String> = [
        "artillery", "shells", "shell", "shelled", "shelling", "howitzer", "howitzers", "battery",
    ]
    /// Words that make it an air strike whatever else is named.
    private static let airWords: Set<String> = [
        "airstrike", "airstrikes", "jets", "jet", "warplanes", "warplane", "aircraft", "gunship", "gunships",
        "bombers", "bomber", "bombed", "bombing", "bombs", "helicopter", "helicopters", "air", "ac",
        "reaper", "reapers", "apache", "apaches",
    ]
    /// Words for a strike, which alone name no weapon ("precision strikes": `[]`, as the guide labels them).
    private static let strikeWords: Set<String> = ["strike", "strikes", "struck", "raid", "raids"]
    /// Prepositions that introduce the place a strike hit, most telling first.
    private static let nearWords: Set<String> = ["near", "outside", "nahe", "bei", "pres", "cerca"]
    /// Capitalised words that do not name the place hit.
    private static let notPlaces: Set<String> = [
        "iraq", "syria", "jordan", "iran", "iraqi", "syrian", "us", "u", "american", "washington", "the", "a",
        "islamic", "kataib", "revolutionary", "irgc", "hezbollah", "popular", "mobilization", "pentagon",
        "centcom", "osten", "westen", "norden", "suden", "syriens", "iraks", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // A title-case headline's region ("Strikes in Eastern Syria") and a title before a name ("At President
        // Biden's direction").
        "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "president", "secretary", "minister", "general", "gen", "commander", "spokesman", "defense", "defence",
        // A house of lawmakers, not a place: "The strikes drew criticism from some Democrats in Congress".
        "congress", "senate", "parliament",
    ]

    /// True for a capitalised word that names no place hit: one of `notPlaces`, or a people ("Friday's strikes were not
    /// aimed at Iranian personnel").
    private static func namesNoPlace(_ t: Token) -> Bool {
        notPlaces.contains(t.stem) || Lexicon.otherNationalities.contains(t.stem)
    }
    /// Words that may join the parts of a name ("Deir ez-Zor", "Albu Kamal", "al-Mayadin").
    private static let nameLinks: Set<String> = ["al", "el", "ez", "az", "as", "ash", "ad", "ar", "-", "abu", "bin"]

    /// The weapons of the strike told in these clauses.
    static func weapons(in ranges: [Range<Int>], tokens: [Token]) -> [WeaponMention] {
        var artillery: Token?
        var air: TextSpan?
        for range in ranges {
            for k in range {
                let t = tokens[k]
                guard t.isWord else { continue }
                if artillery == nil, artilleryWords.contains(t.text),
                   t.text != "battery" || (k >= 2 && tokens[k - 2].text == "counter") {
                    artillery = t
                }
                // "air" only in "air strike(s)", "air raid", "air force".
                let isAir = switch t.text {
                case "air": k + 1 < range.upperBound && ["strike", "strikes", "raid", "raids", "force"].contains(tokens[k + 1].text)
                // "F-15E", "F-16s", "B-1", "A-10", "MQ-9", "AH-64": a military aircraft's designation.
                case "f", "b", "a", "ac", "mq", "ah": k + 2 < range.upperBound && tokens[k + 1].text == "-"
                    && tokens[k + 2].text.first?.isNumber == true
                // "a US drone strike": a strike from the air, whatever flew it (the guide).
                // "The strike, carried out by an armed U.S. drone": flown by a drone.
                case "drone", "drones": (k + 1 < range.upperBound && strikeWords.contains(tokens[k + 1].text))
                    || (max(range.lowerBound, k - 4)..<k).contains { tokens[$0].text == "by" }
                default: airWords.contains(t.text)
                }
                // "coalition helicopters flew over the area": aircraft only flying over strike nothing.
                let onlyFlew = (k + 1..<min(range.upperBound, k + 3)).contains {
                    ["flew", "flying", "hovered", "hovering", "circled", "circling", "overflew"].contains(tokens[$0].text)
                }
                // "F-15E": the whole designation is the evidence.
                if air == nil, isAir, !onlyFlew { air = TextSpan(start: t.start, end: t.text.count <= 2 && k + 2 < range.upperBound ? tokens[k + 2].end : t.end) }
            }
        }
        var found: [WeaponMention] = []
        if let artillery { found.append(WeaponMention(weapon: .artillery, span: artillery.span)) }
        if let air {
            found.append(WeaponMention(weapon: .airStrike, span: air))
        }
        return found
    }

    /// The first place the strike's clauses name as written: "near X", "the town of X", "in X" (not a country).
    /// `nounsCapitalised`: German copy ("in dem Bürgerkriegsland"), where only "near"-like words are trusted.
    /// `bases`: tokens of US bases named in the clauses, never the place a US strike hit.
    static func target(in ranges: [Range<Int>], tokens: [Token], nounsCapitalised: Bool, bases: [Range<Int>]) -> Range<Int>? {
        func isBase(_ name: Range<Int>) -> Bool { bases.contains { $0.overlaps(name) } }
        for range in ranges {
            for k in range where tokens[k].isWord {
                let w = tokens[k].text
                var at = k + 1
                if nearWords.contains(w) || (w == "of" && k >= 1 && ["town", "city", "village", "vicinity", "area"].contains(tokens[k - 1].text)) {
                    // "near the town of X", "nahe der Stadt X", "near the village of X"
                    at = skipPlaceNoun(at, range: range, tokens: tokens)
                    if let name = name(at: at, range: range, tokens: tokens), !isBase(name) { return name }
                } else if w == "in" || w == "at", !nounsCapitalised {
                    // "in Deir Ezzor city", "in the Seven Villages area", "in the Deir ez-Zor countryside"
                    if at < range.upperBound, tokens[at].text == "the" { at += 1 }
                    if let name = name(at: at, range: range, tokens: tokens), !isBase(name) { return name }
                }
            }
        }
        return nil
    }

    private static func skipPlaceNoun(_ start: Int, range: Range<Int>, tokens: [Token]) -> Int {
        var at = start
        if at < range.upperBound, ["the", "der", "la", "le", "a"].contains(tokens[at].text) { at += 1 }
        if at + 1 < range.upperBound, ["town", "city", "village", "stadt", "ville"].contains(tokens[at].text) {
            at += tokens[at + 1].text == "of" ? 2 : 1
        }
        return at
    }

    /// Verbs a title-case headline capitalises after a place ("in Baghdad Kills", "Near Mayadin Hits").
    private static let headlineVerbs: Set<String> = [
        "kills", "kill", "killed", "hits", "hit", "strikes", "struck", "targets", "targeted", "wounds", "wounded",
        "injures", "injured", "destroys", "says", "said", "claims", "after", "amid", "as", "leaves", "left",
    ]

    /// A capitalised place name starting at `start` ("Albu Kamal", "al-Mayadin", "Deir ez-Zor").
    private static func name(at start: Int, range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        var k = start
        // "al-Mayadin": a lower-case article joined to a capitalised name.
        if k + 2 < range.upperBound, nameLinks.contains(tokens[k].text), tokens[k + 1].text == "-", tokens[k + 2].isCapitalized {
            k += 2
        }
        // Not a country in any language ("en Irak et en Syrie"): a strike's country is told apart.
        // "in Biden's first military action", "at Kirby's briefing": a possessive names an owner of what follows, not
        // the place hit (round 14, ap04).
        guard k < range.upperBound, tokens[k].isWord, tokens[k].isCapitalized, !namesNoPlace(tokens[k]),
              !tokens[k].text.hasSuffix("'s"), !tokens[k].text.hasSuffix("\u{2019}s"),
              Lexicon.countries[tokens[k].stem] == nil, Lexicon.months[tokens[k].text] == nil else { return nil }
        var end = k + 1
        while end < range.upperBound {
            let t = tokens[end]
            // "U.S. Drone Strike in Baghdad Kills Kataib Hezbollah Commander": a title-case headline's verb ends the name.
            if t.isWord, t.isCapitalized, !namesNoPlace(t), !t.text.hasSuffix("'s"), !headlineVerbs.contains(t.text) {
                end += 1
                continue
            }
            // "Deir ez-Zor", "Abu Kamal": a link followed by more of the name.
            if nameLinks.contains(t.text), !t.spaceBefore || t.text != "-", end + 1 < range.upperBound,
               tokens[end + 1].isCapitalized || (tokens[end + 1].text == "-" && end + 2 < range.upperBound) {
                end += 1
                continue
            }
            break
        }
        // A trailing link ("Deir ez-") is not part of the name.
        while end > k + 1, nameLinks.contains(tokens[end - 1].text) { end -= 1 }
        return start..<end
    }
}
