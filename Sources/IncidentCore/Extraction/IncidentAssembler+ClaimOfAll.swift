extension IncidentAssembler {
    /// Whether a claim of several attacks ("claimed responsibility for both attacks in Iraq", "said it was
    /// behind all three attacks") covers a site: only attacks told before it, and only in the country it names.
    func claimOfAllCovers(_ claim: ArticleFrame, _ frames: [ArticleFrame], site: Base?) -> Bool {
        let placed = frames.filter { !$0.places.isEmpty }
        // "both attacks", "all three attacks" point back at attacks already told; "claimed four attacks on
        // November 18 and 19" announces the ones a tracker lists after it.
        let pointsBack = claim.tokens.contains { k in
            text.tokens[k].text == "both" || (text.tokens[k].text == "all" && isCountedAll(k))
        }
        if let first = (placed.isEmpty ? frames : placed).map(\.sentence).min(), first > claim.sentence, pointsBack {
            return false
        }
        // "the Islamic Resistance in Iraq": a country inside the group's name names no attack.
        let named = claim.countries.filter { c in
            !c.isOrigin && !claim.groups.contains { $0.span.start <= c.span.start && c.span.end <= $0.span.end }
                && !endsResistanceName(c)
        }.map(\.name)
        if let country = site?.country, !named.isEmpty, !named.contains(country) { return false }
        return true
    }

    /// "la Résistance islamique en Irak" read as "islamic resistance in irak": the country ends the group's name even
    /// where the catalog matched the name without it.
    private func endsResistanceName(_ country: CountryMention) -> Bool {
        let tokens = text.tokens
        guard let k = text.tokenIndex(startingAt: country.span), k >= 2 else { return false }
        return tokens[k - 1].text == "in" && tokens[k - 2].text == "resistance"
    }

    /// "all three attacks": a count, told about attacks already named.
    private func isCountedAll(_ k: Int) -> Bool {
        NumberReader.number(at: k + 1, in: text.tokens, limit: text.tokens.count) != nil
    }
}

extension IncidentAssembler {
    /// The day each tracker entry opens with, by the sentence that opens it.
    func trackerEntryDays(_ frames: [ArticleFrame]) -> [Int: DateMention] {
        var days: [Int: DateMention] = [:]
        for f in frames {
            guard let entry = f.entryStart, days[entry] == nil, f.sentence == entry, let date = f.dates.first, date.day != nil else { continue }
            days[entry] = date
        }
        return days
    }
}
