/// The dateline that opens wire copy: "BAGHDAD, Jan 21 (Reuters) -", "Feb 5 (Reuters) -", "Baghdad, 8 Aug -",
/// "WASHINGTON (AP) —", "Bagdad/Washington (dpa) -",
/// "(ANSA) - ROME, 19 OCT -". Its place is where the reporter filed from, not where the attack was, and
/// its date is the day of filing: it stands in for the publication date when the article has none.
struct Dateline: Sendable {
    var tokens: Range<Int>
    var span: TextSpan
    var day: CalendarDay?
}

/// Finds the dateline at the start of the body's first lines.
enum DatelineFinder {
    /// Looks at the start of the first few lines of the body.
    static func find(tokens: [Token], published: CalendarDay?) -> Dateline? {
        var lineStarts: [Int] = []
        for (k, t) in tokens.enumerated() where k == 0 || t.newlineBefore {
            lineStarts.append(k)
            if lineStarts.count == 4 { break }
        }
        for start in lineStarts {
            if let d = dateline(at: start, tokens: tokens, published: published) { return d }
        }
        return nil
    }

    static func dateline(at start: Int, tokens: [Token], published: CalendarDay?) -> Dateline? {
        var k = start
        // "(ANSA) - ROME": the outlet first.
        if tokens[k].text == "(", k + 3 < tokens.count, tokens[k + 2].text == ")", tokens[k + 3].text == "-" {
            k += 4
        }
        // "Feb 5 (Reuters) -": a wire date without a city.
        let opensWithDate = k + 2 < tokens.count && tokens[k].isCapitalized && Lexicon.months[tokens[k].stem] != nil
            && (tokens[k + 1].kind == .number || (tokens[k + 1].text == "." && tokens[k + 2].kind == .number))
        // "Baghdad, 8 Aug -" (Agenzia Nova, dpa): a city in plain case, then the day.
        let isMonth = { (n: Int) in n < tokens.count && Lexicon.months[tokens[n].stem] != nil }
        let isDay = { (n: Int) in n < tokens.count && tokens[n].kind == .number }
        // "Erbil [Iraq], September 12 (ANI/Xinhua):": the country in square brackets after the city.
        var comma = k + 1
        if comma < tokens.count, tokens[comma].text == "[",
           let close = (comma + 1..<min(tokens.count, comma + 5)).first(where: { tokens[$0].text == "]" }) {
            comma = close + 1
        }
        let cityThenDate = comma + 3 < tokens.count && tokens[k].isCapitalized && tokens[comma].text == ","
            && ((isDay(comma + 1) && isMonth(comma + 2)) || (isMonth(comma + 1) && (isDay(comma + 2) || isDay(comma + 3))))
        // "Bagdad/Washington (dpa) -", "Baghdad (AFP) -": a city in plain case, perhaps two, then the outlet in
        // brackets and the dash.
        let cityThenOutlet = k < tokens.count && tokens[k].isCapitalized && (k + 1..<min(tokens.count, k + 5)).contains { o in
            tokens[o].text == "(" && o + 3 < tokens.count && tokens[o + 2].text == ")" && tokens[o + 3].text == "-"
                && (k + 1..<o).allSatisfy { tokens[$0].text == "/" || tokens[$0].isCapitalized }
        }
        guard k < tokens.count, tokens[k].isWord,
              tokens[k].isAllCaps && tokens[k].text.count >= 3 || opensWithDate || cityThenDate || cityThenOutlet else {
            return nil
        }
        let limit = min(tokens.count, k + 16)
        var j = k + 1
        while j < limit {
            let t = tokens[j]
            if t.newlineBefore { return nil }
            // "(ANI/Xinhua):": a colon right after the outlet ends the dateline as a dash does.
            let colonAfterOutlet = t.text == ":" && tokens[j - 1].text == ")"
            if t.isPunct, (t.text == "-" && t.spaceBefore) || colonAfterOutlet {
                // A sentence that starts with a date is not a dateline unless the outlet is named; a weekday in
                // brackets is no outlet ("Dec. 6 (Wed.) — IRAQ — Ain al-Asad AB": a log's entry).
                let namesOutlet = (k..<j).contains { (o: Int) -> Bool in
                    tokens[o].text == "(" && o + 1 < j && !FrameBuilder.isWeekday(tokens[o + 1])
                }
                if opensWithDate, !namesOutlet { return nil }
                let range = start..<(j + 1)
                let dates = DateFinder.find(in: range, tokens: tokens, published: published)
                let day = dates.first { $0.precision == .day }?.day
                return Dateline(tokens: range, span: TextSpan(start: tokens[start].start, end: t.end), day: day)
            }
            if t.isWord, Lexicon.attackWords.contains(t.text) { return nil }
            j += 1
        }
        return nil
    }
}
