/// A gazetteer base named in the text.
struct PlaceMatch: Sendable {
    var base: Base
    var tokens: Range<Int>
    var span: TextSpan
    /// Explicit when the base's own name (in any spelling) is written; inferred when it was matched by a
    /// looser spelling or by the town next to it.
    var confidence: FieldConfidence = .explicit
}

/// A town, district or province named in the text (see `PlaceArea`).
struct AreaMatch: Sendable {
    var area: PlaceArea
    var tokens: Range<Int>
    var span: TextSpan
}

/// Matches site names tolerantly against the gazetteer: case and diacritics folded, brackets, hyphens
/// and spaces dropped, the prefixes al-/el-/ain/ayn stripped, doubled letters collapsed and generic
/// words (air base, airbase, garrison, airport, field) ignored. Keys come from names and official names.
struct PlaceMatcher: Sendable {
    private let bases: [Base]
    private let keys: [String: Int]
    private let maxKeyLength: Int
    /// Consonant skeletons of the keys ("rmln") → the bases that have them.
    private let skeletons: [String: [Int]]
    /// Keys with their Arabic ending folded (see `foldEnding`) → the one base that has it.
    private let foldedKeys: [String: Int]
    private let areas: [PlaceArea]
    private let areaKeys: [String: Int]
    /// Areas whose airport is a base (the gazetteer kind "base (Baghdad airport)") → that base.
    private let airportBases: [Int: Int]
    /// Keys of a base that are also the name of a town with no base of its own in `PlaceArea` ("Balad",
    /// "Taji", "Qayyarah") → that town: the base only next to a site word ("Balad air base", "the base at
    /// Taji"), the town otherwise ("rockets near Balad").
    private let townKeys: [String: Int]

    /// What a key names.
    private enum Target {
        case base(Int, FieldConfidence)
        /// A short consonant skeleton ("Tanaf" → "tnf"): accepted only with an article or a site word.
        case weakBase(Int)
        case area(Int)
    }

    /// Words that only describe a site.
    static let genericWords: Set<String> = [
        "air", "base", "airbase", "bases", "garrison", "airport", "airfield", "field", "gas", "oil",
        "international", "landing", "zone", "airstrip", "military", "facility",
        // "Mission Support Site Euphrates", "the Euphrates mission support site", "MSS Conoco".
        "mission", "support", "site", "mss",
        // French, Italian, Portuguese and German site words ("base aérienne", "Luftwaffenstützpunkt").
        "aerienne", "aerea", "aereo", "aeroport", "aeroporto", "aeropuerto", "militaire", "militare", "stutzpunkt",
        "luftwaffenstutzpunkt", "militarstutzpunkt", "militarbasis", "luftwaffenbasis", "flughafen", "flugplatz",
    ]
    /// Arabic article and "spring" prefixes written as separate words.
    static let prefixWords: Set<String> = ["al", "el", "ain", "ayn", "ein", "aïn"]
    /// Sun-letter forms of the article, only dropped when building keys from the gazetteer.
    static let gazetteerOnlyPrefixes: Set<String> = ["at", "as", "ad", "an", "ar", "ash", "az"]
    /// Small words allowed inside a name ("US Embassy in Baghdad").
    static let linkWords: Set<String> = ["in", "of", "the"]
    /// Keys that are also a river or a region: a base only with a site word next to them ("the Euphrates
    /// mission support site", "MSS Euphrates"), never in "east of the Euphrates".
    static let keysNeedingSiteWord: Set<String> = ["euphrates", "victory", "victoria"]
    /// Site words that also name other things ("a field near Balad", "the launch site", "the mission"): too loose to
    /// make a town or a country's adjective name a base.
    static let looseSiteWords: Set<String> = ["field", "site", "mission"]
    /// Site words that make a key a base name: "the Euphrates mission support site", "the green village base".
    static let siteWords: Set<String> = [
        "base", "airbase", "garrison", "airport", "airfield", "field", "mission", "site", "mss", "outpost", "camp",
        // German copy: "der Militärstützpunkt Tadschi".
        "stutzpunkt", "militarstutzpunkt", "luftwaffenstutzpunkt", "militarbasis", "luftwaffenbasis", "basis",
    ]
    /// Site words that name a site by themselves ("the base", "the airfield"), not the loose ones.
    static let firmSiteWords = siteWords.subtracting(looseSiteWords)
    /// Quotation marks around a site's name ('the "Euphrates" base', «Euphrates»).
    static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»", "'", "‘", "’", "„"]
    /// Words of the kind of base that stand between its name and the site word ("the Euphrates support base").
    static let baseKindWords: Set<String> = ["support", "logistics", "supply"]
    /// Compass directions and distances that make the next place a locator: "north of Erbil", "70 km west of Baghdad".
    static let locatorWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
        "km", "kms", "kilometres", "kilometers", "miles", "mi",
    ]

    init(gazetteer: Gazetteer) {
        bases = gazetteer.bases
        var keys: [String: Int] = [:]
        for (index, base) in gazetteer.bases.enumerated() {
            for name in [base.name] + base.officialNames {
                for variant in PlaceMatcher.variants(of: name) {
                    let key = PlaceMatcher.key(of: variant)
                    // "K-1", "K1": a letter code with a number is a name however short.
                    let isCode = key.count >= 2 && key.contains(where: \.isNumber)
                    if key.count >= 3 || isCode, keys[key] == nil { keys[key] = index }
                }
            }
        }
        self.keys = keys
        var skeletons: [String: [Int]] = [:]
        for (key, index) in keys {
            let skeleton = PlaceMatcher.skeleton(of: key)
            if skeleton.count >= 3, !(skeletons[skeleton]?.contains(index) ?? false) { skeletons[skeleton, default: []].append(index) }
        }
        self.skeletons = skeletons
        var folded: [String: Int] = [:]
        var clashing: Set<String> = []
        for (key, index) in keys {
            let f = PlaceMatcher.foldEnding(key)
            if let other = folded[f], other != index { clashing.insert(f) }
            folded[f] = index
        }
        for f in clashing { folded[f] = nil }
        foldedKeys = folded
        areas = PlaceArea.known
        var areaKeys: [String: Int] = [:]
        for (index, area) in areas.enumerated() {
            for name in area.names {
                let key = PlaceMatcher.key(of: name)
                if key.count >= 4, areaKeys[key] == nil { areaKeys[key] = index }
            }
        }
        self.areaKeys = areaKeys
        let knownAreas = areas
        townKeys = areaKeys.filter { key, index in knownAreas[index].bases.isEmpty && keys[key] != nil }
        airportBases = PlaceMatcher.airportBases(bases: bases, areaKeys: areaKeys)
        maxKeyLength = max(keys.keys.map(\.count).max() ?? 0, areaKeys.keys.map(\.count).max() ?? 0)
    }

    /// A key without its vowels after the first letter, an opening vowel read as "a", repeated consonants
    /// collapsed, "q" read as "k": spellings that differ only in vowels ("Rumalyn", "Rmeilan"; "Erbil",
    /// "Irbil", "Arbil") or in how the Arabic qaf is written ("Qasrak", "Qasraq") share it.
    static func skeleton(of key: String) -> String {
        // Keys are almost always ASCII: then bytes give the same result without Character work
        // (this runs for every candidate key of every word of every article).
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(key.utf8.count)
            var last = -1
            var first = true
            for raw in key.utf8 {
                let byte = raw == UInt8(ascii: "q") ? UInt8(ascii: "k") : raw
                let vowel = byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
                    || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "y")
                if vowel, !first { continue }
                let kept = vowel ? UInt8(ascii: "a") : byte
                first = false
                if Int(kept) != last { bytes.append(kept) }
                last = Int(kept)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var last: Character?
        var first = true
        for raw in key {
            let c: Character = raw == "q" ? "k" : raw
            let vowel = c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y"
            if vowel, !first { continue }
            let kept: Character = vowel ? "a" : c
            first = false
            if kept != last { out.append(kept) }
            last = kept
        }
        return out
    }

    private func target(_ key: String) -> Target? {
        if let index = keys[key] { return .base(index, .explicit) }
        if let index = areaKeys[key] {
            let area = areas[index]
            if area.bases.count == 1, let b = bases.firstIndex(where: { $0.name == area.bases[0] }) {
                return .base(b, .inferred)
            }
            return .area(index)
        }
        // Shorter keys are only ever taken as written.
        guard key.count >= 5 else { return nil }
        // "Shaddadeh", "Shaddadah", "Shaddada" for al-Shaddadi: the same name with another ending.
        if let index = foldedKeys[PlaceMatcher.foldEnding(key)] { return .base(index, .inferred) }
        let skeleton = PlaceMatcher.skeleton(of: key)
        if let found = skeletons[skeleton], found.count == 1 {
            return skeleton.count >= 4 ? .base(found[0], .inferred) : .weakBase(found[0])
        }
        return nil
    }

    /// A key without its Arabic ending: the feminine -ah/-eh/-a/-e and the adjective -i/-iyah/-iya are
    /// written every way in translation ("Shaddadeh", "al-Shaddadi", "Shaddadah"). Kept at four letters or more.
    static func foldEnding(_ key: String) -> String {
        var out = key
        if out.hasSuffix("h"), out.count >= 5, "aeiy".contains(out[out.index(before: out.index(before: out.endIndex))]) {
            out.removeLast()
        }
        while out.count > 4, let last = out.last, "aeiy".contains(last) { out.removeLast() }
        return out
    }

    /// A name and, when it holds a bracketed alias that is not a description, the alias
    /// ("Al-Omar oil field (Green Village)" → both; "(coalition base)" → dropped).
    static func variants(of name: String) -> [String] {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return [name] }
        let main = String(name[..<open]) + String(name[name.index(after: close)...])
        let inner = String(name[name.index(after: open)..<close])
        let innerWords = TextScanner.tokens(of: inner).filter(\.isWord).map(\.text)
        let descriptive = innerWords.contains { genericWords.contains($0) || $0 == "coalition" || $0 == "near" }
        return descriptive ? [main] : [main, inner]
    }

    /// The match key of a name.
    static func key(of name: String) -> String {
        var key = ""
        for t in TextScanner.tokens(of: name) where t.kind != .punct {
            let w = t.stem
            if genericWords.contains(w) || prefixWords.contains(w) || gazetteerOnlyPrefixes.contains(w)
                || linkWords.contains(w) { continue }
            key += normalize(w)
        }
        return key
    }

    /// One word folded for matching: apostrophes dropped, a glued "al"/"el" stripped, doubled letters collapsed.
    static func normalize(_ word: String) -> String {
        // French transliteration: "Chaddadi" (sh), "Djir" (j), "Roukban" (u). One pass over the
        // scalars (this runs for every word of every article; Foundation's replacing was most of
        // an ingest): the three pairs share no letter and no replacement forms another pair.
        let input = Array(word.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let s = input[i]
            let next: Unicode.Scalar? = i + 1 < input.count ? input[i + 1] : nil
            if s == "c", next == "h" {
                scalars.append("s"); scalars.append("h"); i += 2
            } else if s == "d", next == "j" {
                scalars.append("j"); i += 2
            } else if s == "o", next == "u" {
                scalars.append("u"); i += 2
            } else {
                if s != "'" { scalars.append(s) }
                i += 1
            }
        }
        if scalars.count >= 5, scalars[0] == "a" || scalars[0] == "e", scalars[1] == "l" {
            scalars.removeFirst(2)
        }
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for s in scalars where s != last {
            out.append(s)
            last = s
        }
        return String(out)
    }

    /// Every gazetteer site named in tokens `range`.
    func matches(in range: Range<Int>, tokens: [Token]) -> [PlaceMatch] {
        scan(range, tokens: tokens).compactMap { if case .base(let m) = $0 { m } else { nil } }
    }

    /// Every area (town, district, province) named in tokens `range` that is not itself a base.
    func areaMatches(in range: Range<Int>, tokens: [Token]) -> [AreaMatch] {
        scan(range, tokens: tokens).compactMap { if case .area(let m) = $0 { m } else { nil } }
    }

    private enum Found {
        case base(PlaceMatch)
        case area(AreaMatch)
        var end: Int {
            switch self {
            case .base(let m): m.tokens.upperBound
            case .area(let m): m.tokens.upperBound
            }
        }
    }

    private func scan(_ range: Range<Int>, tokens: [Token]) -> [Found] {
        var found: [Found] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = match(at: i, range: range, tokens: tokens) {
                // "the Harir base in Erbil": a place right after another one only locates it.
                // "the Kharab al Jeer airfield in the countryside of Rmelan" too.
                let locator = ((max(range.lowerBound, i - 4)..<i).contains { ["in", "near", "outside"].contains(tokens[$0].text) }
                    && (found.last.map { $0.end >= i - 4 } ?? false))
                    // "the Harir air base, about 70 kilometres northeast of Erbil": a direction locates it.
                    || (isAfterDirection(i, range: range, tokens: tokens) && (found.last.map { $0.end >= i - 9 } ?? false))
                    // "before they reached the base, about 40 miles northeast of Irbil": a direction after the site told
                    // again by its noun locates that site, named in an earlier sentence.
                    || (isAfterDirection(i, range: range, tokens: tokens) && followsTheSiteNoun(i, range: range, tokens: tokens))
                    // "the Euphrates mission support site, near the Al-Omar oil field": a neighbouring site locates it.
                    || (isAfterNear(i, range: range, tokens: tokens) && found.last.map { last in
                        // "... hit Ain al-Asad Air Base, while a drone was shot down near Erbil Air Base": another
                        // clause with its own event names a site of its own.
                        let ownEvent = (last.end..<i).contains {
                            ["while", "whereas", "separately"].contains(tokens[$0].text) || Lexicon.attackWords.contains(tokens[$0].text)
                                // "struck the base in the al-Omar field and the forces near al-Rukban camp": a second
                                // object of the verb, with its own site.
                                || (tokens[$0].text == "and" && $0 + 1 < i && ["the", "\""].contains(tokens[$0 + 1].text))
                        }
                        if case .base = last { return last.end >= i - 12 && !ownEvent } else { return false }
                    } ?? false)
                // "Baghdad's Green Zone": the place after a possessive one is the narrower, not located by it.
                if let last = found.last, last.end == i, i > range.lowerBound, PlaceMatcher.isPossessive(tokens[i - 1]),
                   case .area = last {
                    found[found.count - 1] = m
                } else if !locator {
                    found.append(m)
                }
                i = m.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The match key of tokens `start..<end`.
    private func keyOfTokens(_ range: Range<Int>, tokens: [Token]) -> String {
        PlaceMatcher.key(of: tokens[range].map(\.text).joined(separator: " "))
    }

    /// True when "north of", "70 km west of" (or "north-east of") comes right before token `i`.
    private func isAfterDirection(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var p = i - 1
        while p >= range.lowerBound, ["the", "al", "el"].contains(tokens[p].text) { p -= 1 }
        guard p - 1 >= range.lowerBound, tokens[p].text == "of" else { return false }
        return PlaceMatcher.locatorWords.contains(tokens[p - 1].text)
    }

    /// True when "the base" (or another site word but the loose ones: "the airfield", "the camp") ends within the few
    /// words before the direction that comes before token `i`: "the base, about 40 miles northeast of Irbil", "the
    /// airfield 70 km west of Baghdad".
    private func followsTheSiteNoun(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        let start = max(range.lowerBound, i - 9)
        guard let noun = (start..<i).last(where: { PlaceMatcher.firmSiteWords.contains(tokens[$0].text) }),
              noun > range.lowerBound, tokens[noun - 1].text == "the" else { return false }
        // Only the distance and direction between them: "the base, about 40 miles northeast of".
        return (noun + 1..<i).allSatisfy { k in
            let w = tokens[k].text
            return tokens[k].kind == .number || [",", "about", "some", "around", "roughly", "nearly", "almost", "of", "the", "-"].contains(w)
                || PlaceMatcher.locatorWords.contains(w)
        }
    }

    /// True when "near" comes before token `i` over only site words and small words ("near the gas field of").
    private func isAfterNear(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var p = i - 1
        while p >= max(range.lowerBound, i - 8) {
            let w = tokens[p].text
            if ["near", "outside"].contains(w) { return true }
            // "Al-Harir, a base ... near the Kurdish capital of Irbil": the kind of town, and the words before it,
            // only say what the landmark is.
            // "near the Kurdish regional capital of Irbil": any word before the kind of town describes it.
            let townKind = PlaceMatcher.townKindWords.contains(w)
                || ((tokens[p].isCapitalized || PlaceMatcher.townAdjectives.contains(w))
                    && (p + 1..<i).contains { PlaceMatcher.townKindWords.contains(tokens[$0].text) })
            guard PlaceMatcher.genericWords.contains(w) || PlaceMatcher.linkWords.contains(w)
                || ["at", "to", "a", "an", "-"].contains(w) || townKind else { return false }
            p -= 1
        }
        return false
    }

    /// Words for the kind of town a landmark is ("near the Kurdish capital of Irbil", "near the city of Hasaka").
    static let townKindWords: Set<String> = ["capital", "city", "town", "village", "metropolis"]
    /// Lowercase words that describe the kind of town ("the Kurdish regional capital", "the northern city").
    static let townAdjectives: Set<String> = ["regional", "provincial", "northern", "southern", "eastern", "western", "border", "oil"]

    /// A word without a French or Italian elided article ("d'Aïn" → "ain", "l'aeroporto" → "aeroporto").
    static func elided(_ word: String) -> String {
        for prefix in ["d'", "l'", "dell'", "all'", "nell'", "sull'", "dall'"] where word.hasPrefix(prefix) && word.count > prefix.count + 2 {
            return String(word.dropFirst(prefix.count))
        }
        return word
    }

    private func match(at i: Int, range: Range<Int>, tokens: [Token]) -> Found? {
        var first = tokens[i]
        guard first.kind != .punct else { return nil }
        let firstElided = PlaceMatcher.elided(first.text)
        if firstElided != first.text {
            first.text = firstElided
            first.isCapitalized = true
        }
        // "At-Tanf", "Ash-Shaddadi": a sun-letter article glued by a hyphen.
        let sunLetter = PlaceMatcher.gazetteerOnlyPrefixes.contains(first.text) && i + 1 < range.upperBound
            && tokens[i + 1].text == "-" && !tokens[i + 1].spaceBefore
        let firstIsPrefix = PlaceMatcher.prefixWords.contains(first.text) || sunLetter
        // "the green village base", "al-tanf": written in lower case, accepted only for an exact name
        // followed by a site word, or after an Arabic article.
        var lowercase = false
        if !firstIsPrefix {
            guard first.isWord, !PlaceMatcher.genericWords.contains(first.stem),
                  !PlaceMatcher.linkWords.contains(first.text) else { return nil }
            lowercase = !first.isCapitalized
        }
        var key = ""
        var j = i
        var contentCount = 0
        var best: (target: Target, end: Int, contents: Int)?
        var steps = 0
        while j < range.upperBound, steps < 9 {
            let t = tokens[j]
            if t.isPunct {
                if (t.text == "-" && !t.spaceBefore) || t.text == "[" || t.text == "]" {
                    j += 1
                    continue
                }
                break
            }
            let w = j == i ? PlaceMatcher.elided(t.stem) : t.stem
            steps += 1
            if PlaceMatcher.prefixWords.contains(w) || (j == i && sunLetter) || (j > i && (PlaceMatcher.genericWords.contains(w)
                || PlaceMatcher.linkWords.contains(w))) {
                j += 1
                continue
            }
            if contentCount == 0, !t.isCapitalized, t.kind != .number, !(j == i && first.isCapitalized) { lowercase = true }
            key += PlaceMatcher.normalize(w)
            contentCount += 1
            if let found = target(key) { best = (found, j + 1, contentCount) }
            if key.count >= maxKeyLength { break }
            j += 1
            if t.text != w { break } // a possessive ends the name
        }
        guard let best else { return nil }
        if lowercase {
            guard case .base(_, .explicit) = best.target else { return nil }
        }
        var end = best.end
        // Extend over trailing generic words: "Ain al-Asad air base".
        while end < range.upperBound {
            let t = tokens[end]
            if t.isPunct, t.text == "-", !t.spaceBefore, end + 1 < range.upperBound,
               PlaceMatcher.genericWords.contains(tokens[end + 1].stem) {
                end += 1
                continue
            }
            // "the Victory military base": "military" only before a site word.
            let militaryBeforeSite = t.stem == "military" && end + 1 < range.upperBound
                && ["base", "airbase", "garrison", "airport", "airfield"].contains(tokens[end + 1].stem)
            guard t.isWord, militaryBeforeSite || ["air", "base", "airbase", "garrison", "airport", "airfield", "field"].contains(t.stem) else { break }
            end += 1
        }
        // "Bashar al-Assad", "the Assad regime": a surname, not the base.
        if best.contents == 1, end == best.end {
            var p = i - 1
            while p >= range.lowerBound, tokens[p].text == "-" || PlaceMatcher.prefixWords.contains(tokens[p].text) { p -= 1 }
            let prev = p >= range.lowerBound ? tokens[p].text : ""
            let next = end < range.upperBound ? tokens[end].text : ""
            let prevToken = p >= range.lowerBound ? tokens[p] : nil
            let prevIsName = prevToken.map {
                $0.isWord && $0.isCapitalized && $0.text == $0.stem && Lexicon.countries[$0.stem] == nil
                    && !PlaceMatcher.genericWords.contains($0.stem)
                    // "der Basis Ain al-Assad": German writes its site nouns capitalised; a site word is no first name.
                    && !PlaceMatcher.siteWords.contains($0.stem)
                    // "der Stadt Erbil" ("the City Erbil"): the kind of town, capitalised as German nouns are, is no name.
                    && !PlaceMatcher.townKindWords.contains($0.text)
                    && !["at", "in", "on", "the", "near", "from", "to", "of", "and", "a", "with"].contains($0.text)
            } ?? false
            // "Bashar Assad regime forces": a first name before a surname before what the person leads.
            let afterNext = end + 1 < range.upperBound ? tokens[end + 1].text : ""
            let nextIsSurname = end < range.upperBound && tokens[end].isWord && tokens[end].isCapitalized
                && ["regime", "government", "family", "loyalists"].contains(afterNext)
            if prevIsName || ["president", "mr"].contains(prev) || nextIsSurname
                || ["regime", "government", "family", "loyalists"].contains(next) {
                return nil
            }
        }
        // A lower-case name, one that is also a river, or a town's: only with a site word around it.
        let writtenKey = keyOfTokens(i..<best.end, tokens: tokens)
        let town = townKeys[writtenKey]
        if lowercase || PlaceMatcher.keysNeedingSiteWord.contains(writtenKey) || town != nil {
            // 'the "Euphrates" support base', 'la base di supporto "Euphrates"': quotation marks and the kind of base
            // ("support", "logistics") stand between a name and its site word without making it another thing.
            let betweenNameAndSite = { (t: Token) in
                (t.isPunct && PlaceMatcher.quoteMarks.contains(t.text)) || PlaceMatcher.baseKindWords.contains(t.text)
            }
            var siteAt = end
            while siteAt < range.upperBound, siteAt - end < 3, betweenNameAndSite(tokens[siteAt]) { siteAt += 1 }
            let siteAfter = end > best.end || (siteAt < range.upperBound && PlaceMatcher.siteWords.contains(tokens[siteAt].stem))
            var before = i
            while before > range.lowerBound, i - before < 4, betweenNameAndSite(tokens[before - 1])
                || (before - 1 > range.lowerBound && ["of", "di", "de"].contains(tokens[before - 1].text) && i - before > 0) {
                before -= 1
            }
            // "the Balad air base", "the base at Taji"; not "a field near Balad" or "the launch site near Taji".
            let siteBefore = (max(range.lowerBound, before - 3)..<i).contains { k in
                PlaceMatcher.siteWords.contains(tokens[k].stem) && !(town != nil && PlaceMatcher.looseSiteWords.contains(tokens[k].stem))
                    && !(k + 1..<i).contains { ["near", "outside", "north", "south", "east", "west"].contains(tokens[$0].text) }
            }
            if !(siteAfter || siteBefore || (lowercase && firstIsPrefix)) {
                // "rockets landed near Balad": the town, not the air base named after it.
                guard let town, !lowercase else { return nil }
                let townSpan = TextSpan(start: tokens[i].start, end: tokens[best.end - 1].end)
                return .area(AreaMatch(area: areas[town], tokens: i..<best.end, span: townSpan))
            }
        }
        if case .weakBase = best.target {
            let siteWordAfter = end < range.upperBound && Lexicon.baseWords.contains(tokens[end].stem)
            guard firstIsPrefix || end > best.end || siteWordAfter else { return nil }
        }
        // "Erbil province", "the Hasakah countryside": the province, which may hold several bases.
        let provinceWords: Set<String> = ["province", "governorate", "countryside", "region", "district"]
        if end < range.upperBound, provinceWords.contains(tokens[end].stem) {
            switch best.target {
            case .base(let index, _), .weakBase(let index):
                let base = bases[index]
                let inProvince = bases.filter { $0.admin1 == base.admin1 && $0.country == base.country }.map(\.name)
                let area = PlaceArea(names: [base.admin1], country: base.country, bases: inProvince)
                let span = TextSpan(start: tokens[i].start, end: tokens[end - 1].end)
                return inProvince.count == 1
                    ? .base(PlaceMatch(base: base, tokens: i..<end, span: span, confidence: .inferred))
                    : .area(AreaMatch(area: area, tokens: i..<end, span: span))
            case .area:
                break
            }
        }
        var spanStart = i
        while spanStart < end, tokens[spanStart].isPunct { spanStart += 1 }
        // "[Aïn] Al-Assad": keep the opening bracket when the closing one is inside the name.
        if spanStart > range.lowerBound, tokens[spanStart - 1].text == "[",
           (spanStart..<end).contains(where: { tokens[$0].text == "]" }) {
            spanStart -= 1
        }
        let span = TextSpan(start: tokens[spanStart].start, end: tokens[end - 1].end)
        switch best.target {
        case .base(let index, let confidence):
            return .base(PlaceMatch(base: bases[index], tokens: i..<end, span: span, confidence: confidence))
        case .weakBase(let index):
            return .base(PlaceMatch(base: bases[index], tokens: i..<end, span: span, confidence: .inferred))
        case .area(let index):
            // "Baghdad International Airport", "the Baghdad airport": the base the gazetteer puts there.
            if let b = airportBases[index], let airportEnd = airportWordEnd(after: best.end, range: range, tokens: tokens) {
                let airportSpan = TextSpan(start: tokens[spanStart].start, end: tokens[airportEnd - 1].end)
                return .base(PlaceMatch(base: bases[b], tokens: i..<airportEnd, span: airportSpan, confidence: .inferred))
            }
            // "the airport in Baghdad", "l'aéroport de Bagdad" (read "airport of")
            if let b = airportBases[index], i - 2 >= range.lowerBound, ["in", "of", "at"].contains(tokens[i - 1].text),
               PlaceMatcher.airportWords.contains(tokens[i - 2].stem) {
                let airportSpan = TextSpan(start: tokens[i - 2].start, end: tokens[best.end - 1].end)
                return .base(PlaceMatch(base: bases[b], tokens: i..<best.end, span: airportSpan, confidence: .inferred))
            }
            // "Green Zone": a capitalised generic word is still part of the name.
            var areaEnd = best.end
            while areaEnd < range.upperBound, tokens[areaEnd].isCapitalized,
                  PlaceMatcher.genericWords.contains(tokens[areaEnd].stem) { areaEnd += 1 }
            let areaSpan = TextSpan(start: tokens[spanStart].start, end: tokens[max(spanStart, areaEnd - 1)].end)
            return .area(AreaMatch(area: areas[index], tokens: i..<areaEnd, span: areaSpan))
        }
    }
    /// Among an area's candidate bases, the one the text names by the kind of site it is, when that kind is
    /// not just another base: "rockets fell inside the Green Zone ... aimed at the American embassy" is the
    /// US Embassy, one of the Green Zone's two sites. The kind word must go with a US word ("the US embassy",
    /// "l'ambassade américaine").
    func candidate(namedByKindAmong candidates: [String], in ranges: [Range<Int>], tokens: [Token]) -> (Base, TextSpan)? {
        for name in candidates {
            guard let base = bases.first(where: { $0.name == name }) else { continue }
            let kind = base.kind.split(separator: "(")[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard !kind.isEmpty, !kind.contains(" "), !kind.contains("base"), !PlaceMatcher.siteWords.contains(kind),
                  !candidates.contains(where: { other in other != name && bases.first { $0.name == other }?.kind.lowercased().hasPrefix(kind) == true })
            else { continue }
            for range in ranges {
                for k in range where tokens[k].stem == kind && !isLandmark(k, in: range, tokens: tokens) {
                    let isUS = { (n: Int) in Lexicon.isUS(tokens[n]) || tokens[n].text == "american" }
                    let before = max(range.lowerBound, k - 3)..<k
                    if let us = before.first(where: isUS) {
                        return (base, TextSpan(start: tokens[us].start, end: tokens[k].end))
                    }
                    // "l'ambassade américaine": the nationality after the noun.
                    if k + 1 < range.upperBound, isUS(k + 1) {
                        return (base, TextSpan(start: tokens[k].start, end: tokens[k + 1].end))
                    }
                    // "l'ambassade des États-Unis", "the embassy of the United States", "la embajada de EEUU".
                    var n = k + 1
                    while n < min(range.upperBound, k + 4), PlaceMatcher.ofWords.contains(tokens[n].text) { n += 1 }
                    if n < range.upperBound, n > k + 1, PlaceMatcher.unitedStatesWords.contains(tokens[n].text) {
                        return (base, TextSpan(start: tokens[k].start, end: tokens[n].end))
                    }
                }
            }
        }
        return nil
    }

    /// For each town of several sites among `areas`, the one of its sites that `range` names by its kind ("the US
    /// embassy in Bagdá", "l'ambassade des États-Unis à Bagdad"), with the words that name it.
    func sitesNamedByKind(among areas: [AreaMatch], in range: Range<Int>, tokens: [Token]) -> [(area: PlaceArea, base: Base, span: TextSpan)] {
        areas.compactMap { area in
            guard area.area.bases.count > 1,
                  let (base, span) = candidate(namedByKindAmong: area.area.bases, in: [range], tokens: tokens) else { return nil }
            return (area.area, base, span)
        }
    }

    /// "the area that houses the U.S. Embassy", "less than a mile from the US embassy", "où se trouve l'ambassade",
    /// "que alberga la embajada": a site told as what an area holds or where it stands, or as a landmark to measure
    /// from, not as what was hit. ("in the Green Zone near the U.S. Embassy" is labelled the embassy: g14.)
    private func isLandmark(_ k: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        (max(range.lowerBound, k - 4)..<k).contains { Self.landmarkWords.contains(tokens[$0].text) }
    }

    /// Words that tell a site as what an area holds or as a landmark, in the languages the vocabulary reads.
    private static let landmarkWords: Set<String> = [
        "houses", "housing", "home", "hosts", "hosting", "from", "trouve", "abrite", "alberga", "ospita", "beherbergt",
    ]

    /// The small words between a noun and the country it belongs to ("of the", "des", "dos", "de", "der").
    static let ofWords: Set<String> = ["of", "the", "des", "dos", "de", "der", "la", "los", "das", "del", "degli"]
    /// The first word of the United States as translated copy writes it ("États-Unis", "EEUU", "EUA", "USA").
    static let unitedStatesWords: Set<String> = ["united", "etats", "eeuu", "eua", "usa", "estados", "stati", "vereinigten", "us"]

    /// "Baghdad's" (the scanner folds typographic apostrophes).
    static func isPossessive(_ t: Token) -> Bool {
        t.isWord && t.text != t.stem
    }

    /// Words for an airport, in the languages the vocabulary reads.
    static let airportWords: Set<String> = ["airport", "aeroport", "aeroporto", "aeropuerto", "flughafen", "flughafens"]

    /// The end of "International Airport" or "airport" right after token `start`, or nil.
    private func airportWordEnd(after start: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var k = start
        while k < range.upperBound, k < start + 3 {
            if PlaceMatcher.airportWords.contains(tokens[k].stem) { return k + 1 }
            guard ["international", "intl", "civil", "-"].contains(tokens[k].text) else { return nil }
            k += 1
        }
        return nil
    }

    /// Bases whose gazetteer kind places them at a town's airport ("base (Baghdad airport)"), by the
    /// index of the area that town is.
    private static func airportBases(bases: [Base], areaKeys: [String: Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (index, base) in bases.enumerated() {
            guard let open = base.kind.firstIndex(of: "("), let close = base.kind.lastIndex(of: ")"), open < close else { continue }
            let words = base.kind[base.kind.index(after: open)..<close].split(separator: " ").map(String.init)
            guard let last = words.last, airportWords.contains(last.lowercased()), words.count > 1 else { continue }
            if let area = areaKeys[key(of: words.dropLast().joined(separator: " "))] { result[area] = index }
        }
        return result
    }
}
