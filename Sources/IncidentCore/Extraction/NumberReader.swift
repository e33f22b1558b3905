/// A count read from text ("at least two", "approximately 66", "several") and where it lies.
struct NumberPhrase: Sendable {
    var value: Int?
    var qualifier: Qualifier?
    /// First token (the qualifier's when there is one).
    var start: Int
    /// Token after the number.
    var end: Int
    /// True for an indefinite article read as one ("an Iraqi soldier").
    var isArticle: Bool = false

    var figure: Figure { Figure(count: value, qualifier: qualifier) }
}

/// Reads numbers written in digits or words, with the hedge in front of them.
enum NumberReader {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let aboutWords: Set<String> = [
        "about", "approximately", "around", "nearly", "almost", "roughly", "some", "approx", "circa", "~",
    ]
    /// Words that hedge a count without giving one.
    static let vagueWords: [String: Qualifier] = [
        "several": .several, "multiple": .several, "some": .several, "numerous": .several, "dozens": .dozens,
        "scores": .several, "many": .several, "few": .several, "possible": .possible, "potential": .possible,
        "unspecified": .several,
    ]

    /// A number starting at token `i` (digits, words, "a dozen"): its value and the token after it.
    static func number(at i: Int, in tokens: [Token], limit: Int) -> (value: Int, end: Int)? {
        guard let found = anyNumber(at: i, in: tokens, limit: limit) else { return nil }
        // "a 26-year-old reservist medic", "its 35-year campaign", "a 10-day lull": a number joined to a unit of time
        // makes an adjective (an age, a length), no count of people (an11, al04).
        if found.end + 1 < limit, tokens[found.end].text == "-", !tokens[found.end].spaceBefore,
           timeUnits.contains(tokens[found.end + 1].text) {
            return nil
        }
        return found
    }

    private static let timeUnits: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    ]

    private static func anyNumber(at i: Int, in tokens: [Token], limit: Int) -> (value: Int, end: Int)? {
        guard i < limit else { return nil }
        let t = tokens[i]
        if t.kind == .number, let v = t.value {
            // "6:30", "1.5": not a count.
            if i + 2 < limit, tokens[i + 1].isPunct, !tokens[i + 1].spaceBefore,
               tokens[i + 1].text == ":" || tokens[i + 1].text == ".", tokens[i + 2].kind == .number,
               !tokens[i + 2].spaceBefore {
                return nil
            }
            return (v, i + 1)
        }
        guard t.isWord else { return nil }
        if t.text == "dozen" { return (12, i + 1) }
        if t.text == "a", i + 1 < limit, tokens[i + 1].text == "dozen" { return (12, i + 2) }
        // "more than a hundred", "une centaine" (read "hundred")
        if t.text == "hundred" { return (100, i + 1) }
        if t.text == "a", i + 1 < limit, tokens[i + 1].text == "hundred" { return (100, i + 2) }
        var value: Int
        var end = i + 1
        if let u = units[t.text] {
            value = u
        } else if let d = tens[t.text] {
            value = d
            var k = end
            if k < limit, tokens[k].text == "-", !tokens[k].spaceBefore { k += 1 }
            if k < limit, let u = units[tokens[k].text], u > 0, u < 10 {
                value += u
                end = k + 1
            }
        } else {
            return nil
        }
        if end < limit, tokens[end].text == "hundred" {
            value *= 100
            end += 1
        } else if end < limit, tokens[end].text == "dozen" {
            value *= 12
            end += 1
        }
        return (value, end)
    }

    /// The hedge ending right before token `i` ("at least", "more than", "approximately").
    static func qualifier(before i: Int, in tokens: [Token], lowerBound: Int) -> (Qualifier, Int)? {
        func word(_ k: Int) -> String? { k >= lowerBound && k < tokens.count ? tokens[k].text : nil }
        if word(i - 2) == "at", word(i - 1) == "least" { return (.atLeast, i - 2) }
        if word(i - 3) == "no", word(i - 2) == "fewer" || word(i - 2) == "less", word(i - 1) == "than" {
            return (.atLeast, i - 3)
        }
        if word(i - 2) == "more" || word(i - 2) == "greater", word(i - 1) == "than" { return (.moreThan, i - 2) }
        if word(i - 2) == "up", word(i - 1) == "to" { return (.about, i - 2) }
        if word(i - 3) == "as", word(i - 2) == "many", word(i - 1) == "as" { return (.about, i - 3) }
        if let w = word(i - 1) {
            if aboutWords.contains(w) { return (.about, i - 1) }
            if w == "over" || w == "above" || w == "exceeding" { return (.moreThan, i - 1) }
        }
        return nil
    }

    /// "[qualifier] number" starting at token `i` (the number itself, the qualifier being looked up before).
    static func phrase(numberAt i: Int, in tokens: [Token], lowerBound: Int, limit: Int) -> NumberPhrase? {
        guard let (value, end) = number(at: i, in: tokens, limit: limit) else { return nil }
        var phrase = NumberPhrase(value: value, qualifier: nil, start: i, end: end)
        if ["a", "dozen", "hundred"].contains(tokens[i].text) { phrase.qualifier = .about }
        if let (q, start) = qualifier(before: i, in: tokens, lowerBound: lowerBound) {
            phrase.qualifier = q
            phrase.start = start
        }
        return phrase
    }

    /// A phrase starting at token `i` that hedges a count without one ("several", "a number of").
    static func vague(at i: Int, in tokens: [Token], limit: Int) -> (Qualifier, Int)? {
        guard i < limit else { return nil }
        let w = tokens[i].text
        // "an unspecified number of", "an undisclosed number of"
        if w == "a" || w == "an", i + 3 < limit, CasualtyFinder.unsaidAdjectives.contains(tokens[i + 1].text),
           tokens[i + 2].text == "number", tokens[i + 3].text == "of" {
            return (.several, i + 4)
        }
        if w == "a", i + 2 < limit, tokens[i + 1].text == "number" || tokens[i + 1].text == "few",
           tokens[i + 1].text == "few" || tokens[i + 2].text == "of" {
            return (.several, tokens[i + 1].text == "few" ? i + 2 : i + 3)
        }
        // "a handful of troops"
        if w == "a", i + 2 < limit, tokens[i + 1].text == "handful", tokens[i + 2].text == "of" { return (.several, i + 3) }
        if let q = vagueWords[w] {
            let end = i + 1 < limit && tokens[i + 1].text == "of" ? i + 2 : i + 1
            return (q, end)
        }
        return nil
    }
}
