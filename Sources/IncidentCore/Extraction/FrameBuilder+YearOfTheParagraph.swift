/// "On 27 December 2019, rockets hit K-1 ... On 31 December, supporters of the militia stormed the embassy": a
/// paragraph that has written a year tells its later days and months without one in that year's time, not in the
/// publication's. Read against publication, a 2025 anniversary piece put 31 December 2019 five days before it, as news.
extension FrameBuilder {
    /// `dates` of the clause starting at `position` with each day or month written without a year moved to the year
    /// that puts it nearest the last day written with its year before it in its paragraph (the anchor), or in the
    /// paragraph before when its own writes none (then the first on or after the anchor). Relative days, and dates
    /// with no anchor, are left as read.
    func inYearOfParagraph(_ dates: [DateMention], at position: Int) -> [DateMention] {
        let tokens = text.tokens
        guard let published else { return dates }
        func writesYear(_ d: DateMention) -> Bool {
            d.tokens.contains { tokens[$0].kind == .number && (1900...2100).contains(tokens[$0].value ?? 0) }
        }
        // "last August", "August of last year": a year told against publication is written too.
        func countsYearBack(_ d: DateMention) -> Bool { d.tokens.contains { ["last", "year"].contains(tokens[$0].text) } }
        let bare = dates.indices.filter { i in
            let d = dates[i]
            return !d.isRelative && !d.isAnchored && (d.precision == .day || d.precision == .month) && d.day != nil
                && !writesYear(d) && !countsYearBack(d)
        }
        guard !bare.isEmpty else { return dates }
        // "The pattern dates to late 2019. On Dec. 27 that year, ...": the year written last before it.
        if bare.contains(where: { saysThatYear(dates[$0]) }) { return dates.map(inYearSaidBefore) }
        // The last day written with its year in `range`.
        func lastAnchor(in range: Range<Int>) -> DateMention? {
            guard !range.isEmpty else { return nil }
            return DateFinder.find(in: range, tokens: tokens, published: published).map(inYearSaidBefore)
                .last(where: { !$0.isRelative && !$0.isSince && !$0.isPeriodEnd && $0.day != nil && (writesYear($0) || saysThatYear($0)) })
        }
        let start = text.paragraphStart(of: position)
        var anchor = lastAnchor(in: start..<position)
        // "El 27 de diciembre de 2019, más de 30 cohetes cayeron sobre la base K1 ... [¶] Tres días después, Soleimani
        // estaba muerto. La respuesta de Teherán llegó en la madrugada del 8 de enero": a paragraph that writes no
        // date of its own goes on with the story the paragraph before it was telling, for days that read as
        // old news anyway (a month or more before publication); a recent bare day is the story's own news.
        var carried = false
        if anchor == nil, start > 0 {
            anchor = lastAnchor(in: text.paragraphStart(of: start - 1)..<start)
            carried = true
        }
        guard let anchor,
              // A month with its year ("between October 2023 and ...", "since the strike of January 2020") is more often
              // a period's bound or a comparison than the day a paragraph narrates from.
              anchor.precision == .day, let anchorDay = anchor.day else { return dates }
        var out = dates
        for i in bare {
            guard let day = out[i].day else { continue }
            if carried, published.ordinal - day.ordinal < 30 { continue }
            let candidates = [anchorDay.year - 1, anchorDay.year, anchorDay.year + 1].compactMap { year in
                CalendarDay(year: year, month: day.month, day: min(day.day, CalendarDay.daysIn(month: day.month, year: year)))
            }
            // Carried from the paragraph before, the story goes on from its anchor: the first such day on or after it
            // ("... after Oct. 7, 2023 ... on Jan. 28 ... [¶] On Aug. 5, rockets hit Ain al-Asad" is August 2024, though
            // August 2023 lies nearer; round 16, ar21). Within its own paragraph, the nearest.
            let forward = candidates.filter { $0.ordinal >= anchorDay.ordinal }.min { $0.ordinal < $1.ordinal }
            let nearestDay = candidates.min(by: { abs($0.ordinal - anchorDay.ordinal) < abs($1.ordinal - anchorDay.ordinal) })
            guard let nearest = carried ? forward : nearestDay,
                  nearest.ordinal <= published.ordinal + DateResolver.yearSlackDays else { continue }
            out[i].day = nearest
        }
        return out
    }

    /// True when the date is followed by "that year" or "the same year" ("On Dec. 27 that year").
    private func saysThatYear(_ d: DateMention) -> Bool {
        let tokens = text.tokens
        var k = d.tokens.upperBound
        guard k + 1 < tokens.count, ["that", "the"].contains(tokens[k].text) else { return false }
        k += 1
        if tokens[k].text == "same", k + 1 < tokens.count { k += 1 }
        return tokens[k].text == "year" && (tokens[k - 1].text == "same" || tokens[k - 1].text == "that")
    }

    /// A date followed by "that year" moved into the last year written before it ("late 2019"); others as read.
    private func inYearSaidBefore(_ d: DateMention) -> DateMention {
        let tokens = text.tokens
        guard saysThatYear(d), let day = d.day, let published,
              let y = stride(from: d.tokens.lowerBound - 1, through: 0, by: -1).lazy.compactMap({ k -> Int? in
                  let t = tokens[k]
                  guard t.kind == .number, t.text.count == 4, let v = t.value, (1900...2100).contains(v) else { return nil }
                  return v
              }).first,
              let moved = CalendarDay(year: y, month: day.month, day: min(day.day, CalendarDay.daysIn(month: day.month, year: y))),
              moved.ordinal <= published.ordinal + DateResolver.yearSlackDays else { return d }
        var out = d
        out.day = moved
        return out
    }
}
