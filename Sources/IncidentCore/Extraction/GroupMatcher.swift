/// An armed group of the catalog named in the text.
struct GroupMatch: Sendable {
    var group: ArmedGroup
    var tokens: Range<Int>
    var span: TextSpan
}

/// Matches armed-group names tolerantly against the catalog. Each word is reduced to a consonant
/// skeleton (first letter kept, later vowels and apostrophes dropped, doubled letters collapsed), so
/// Kataib / Kata'ib / Kataeb and Hezbollah / Hizballah / Hizbullah meet; "al-" is ignored; all-caps
/// abbreviations (KH, IRI) match only all-caps tokens; a name of three or more words also matches its
/// first two or more words ("Islamic Resistance").
struct GroupMatcher: Sendable {
    private let groups: [ArmedGroup]
    private let keys: [String: Int]
    private let abbreviations: [String: Int]

    init(catalog: GroupCatalog) {
        groups = catalog.groups
        var keys: [String: Int] = [:]
        var prefixes: [String: Int] = [:]
        var ambiguous: Set<String> = []
        var abbreviations: [String: Int] = [:]
        for (index, group) in catalog.groups.enumerated() {
            for name in [group.name] + group.alsoKnownAs {
                let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
                if letters.count <= 5, !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }),
                   !name.contains(" ") {
                    abbreviations[name.lowercased()] = index
                    continue
                }
                let words = GroupMatcher.words(of: name)
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                if keys[key] == nil { keys[key] = index }
                if words.count >= 3 {
                    let written = GroupMatcher.writtenWords(of: name)
                    // "Guardians of the Blood" is not named by "Guardians of": a prefix never ends on a small word.
                    for n in 2..<words.count where !GroupMatcher.linkWords.contains(written[n - 1]) {
                        let prefix = words[0..<n].joined(separator: " ")
                        if let other = prefixes[prefix], other != index { ambiguous.insert(prefix) }
                        prefixes[prefix] = index
                    }
                }
            }
        }
        for (prefix, index) in prefixes where !ambiguous.contains(prefix) && keys[prefix] == nil {
            keys[prefix] = index
        }
        self.keys = keys
        self.abbreviations = abbreviations
    }

    /// Skeletons of the significant words of a name.
    static func words(of name: String) -> [String] {
        writtenWords(of: name).map(skeleton)
    }

    /// The significant words of a name, folded but not reduced to skeletons.
    static func writtenWords(of name: String) -> [String] {
        TextScanner.tokens(of: name).filter { $0.kind != .punct && !["al", "el", "the"].contains($0.text) }.map(\.text)
    }

    /// Small words inside a group's name, in the languages its names are written in ("Guardians of the Blood",
    /// "Corps des gardiens de la révolution").
    static let linkWords: Set<String> = ["of", "de", "des", "du", "la", "di", "della", "der", "da", "do"]

    /// "kataib" → "ktb", "hizballah" → "hzblh".
    static func skeleton(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for (n, s) in word.unicodeScalars.enumerated() where s != "'" {
            if n > 0, "aeiouy".unicodeScalars.contains(s) { continue }
            if s == last { continue }
            out.append(s)
            last = s
        }
        return String(out)
    }

    /// "the coalition against the Islamic State", "the anti-ISIS coalition", "la coalición internacional contra el
    /// Estado Islámico", "the Daesh/ISIS terror group" after "against the": the enemy a force is named for fighting is
    /// not a group speaking or claiming in the sentence.
    static func isFoughtAgainst(at k: Int, in range: Range<Int>, tokens: [Token]) -> Bool {
        (max(range.lowerBound, k - 4)..<k).contains { j in
            ["against", "anti", "contra", "contre", "gegen", "contro", "fighting", "defeat"].contains(tokens[j].text)
        }
    }

    /// The Arabic article as written before a sun letter ("at-Tanf", "ash-Sham"), inside a name.
    static let assimilatedArticles: Set<String> = ["at", "ad", "ar", "as", "ash", "az", "an", "adh", "ath"]

    /// Every catalog group named in tokens `range`, longest names first at each position.
    func matches(in range: Range<Int>, tokens: [Token]) -> [GroupMatch] {
        var found: [GroupMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            if t.isWord, t.isAllCaps, t.text.count >= 2, let index = abbreviations[t.text] {
                found.append(GroupMatch(group: groups[index], tokens: i..<(i + 1), span: t.span))
                i += 1
                continue
            }
            // "dall'Isis", "l'Isis": the Italian or French article elided onto the name.
            let elidedName = PlaceMatcher.elided(t.text) != t.text
            guard t.isWord, t.isCapitalized || elidedName, !["al", "el", "the"].contains(t.text) else {
                i += 1
                continue
            }
            var words: [String] = []
            var best: (index: Int, end: Int)?
            var j = i
            while j < range.upperBound, words.count < 6 {
                let w = tokens[j]
                if w.isPunct {
                    if w.text == "-", !w.spaceBefore { j += 1; continue }
                    break
                }
                if ["al", "el", "the"].contains(w.text) { j += 1; continue }
                if j == i, elidedName {
                    words.append(GroupMatcher.skeleton(PlaceMatcher.elided(w.stem)))
                    if let index = keys[words.joined(separator: " ")] { best = (index, j + 1) }
                    j += 1
                    continue
                }
                // "Thaar at-Muhandis": the article assimilated, or the Italian "al" read as "at" ("Liwa Thaar al-Muhandis").
                if j > i, GroupMatcher.assimilatedArticles.contains(w.text), j + 1 < range.upperBound,
                   tokens[j + 1].text == "-", !tokens[j + 1].spaceBefore {
                    j += 1
                    continue
                }
                words.append(GroupMatcher.skeleton(w.stem))
                if let index = keys[words.joined(separator: " ")] { best = (index, j + 1) }
                j += 1
                if w.text != w.stem { break }
            }
            if let best {
                found.append(GroupMatch(group: groups[best.index], tokens: i..<best.end,
                                        span: TextSpan(start: t.start, end: tokens[best.end - 1].end)))
                i = best.end
            } else {
                i += 1
            }
        }
        return found.filter { !GroupMatcher.isFoughtAgainst(at: $0.tokens.lowerBound, in: range, tokens: tokens) }
    }

    /// Groups that are descriptions or umbrellas, not actors ("Axis of Resistance", the PMF).
    static func isActor(_ group: ArmedGroup) -> Bool {
        let kind = group.kind.lowercased()
        return !kind.contains("political") && !kind.contains("state-sanctioned")
    }
}
