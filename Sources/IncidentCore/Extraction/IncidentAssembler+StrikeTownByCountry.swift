/// "The U.S. military carried out the strikes Sunday against three locations in Iraq and two in Syria ... In Iraq, the
/// strikes hit the militia's headquarters near al-Qaim ... In Syria, the two targets were near the border town of
/// Boukamal": a strike told in two countries is placed, in each country, at the town a later sentence about the
/// strikes names there, by the country it opens with or the country the gazetteer gives the town.
extension IncidentAssembler {
    /// Nouns that point back at the strikes or what they hit ("the strikes", "the two targets", "the jets").
    private static let strikeNouns: Set<String> = [
        "strikes", "strike", "airstrikes", "targets", "jets", "warplanes", "raids", "bombers", "sites", "facilities", "locations",
    ]
    /// Words before such a noun that make it the strikes already told.
    private static let pointingWords: Set<String> = ["the", "two", "three", "four", "five", "other", "these", "those"]

    /// Gives each unplaced US strike of a day that also has a strike in another country the town a sentence about the
    /// strikes names in its country.
    func placingStrikesByCountrySentences(_ incidents: [ExtractedIncident]) -> [ExtractedIncident] {
        guard let places else { return incidents }
        let tokens = text.tokens
        var out = incidents
        for i in out.indices where out[i].kind == .usStrike && out[i].location == nil {
            guard let country = out[i].country, let day = out[i].date.day,
                  out.contains(where: { $0.kind == .usStrike && $0.date.day == day && $0.country != nil && $0.country != country })
            else { continue }
            for s in sentences {
                let aboutStrikes = s.contains { k in
                    k > s.lowerBound && Self.strikeNouns.contains(tokens[k].text) && Self.pointingWords.contains(tokens[k - 1].text)
                }
                // Not a sentence of the attack the strikes answered ("the rocket attack on K-1, near Kirkuk").
                guard aboutStrikes, !s.contains(where: { Lexicon.attackWords.contains(tokens[$0].text) && tokens[$0].text.hasPrefix("attack") })
                else { continue }
                // "In Syria, ...": the country the sentence opens with.
                let opening = s.lowerBound + 2 < s.upperBound && tokens[s.lowerBound].text == "in" && tokens[s.lowerBound + 2].text == ","
                    ? Lexicon.countries[tokens[s.lowerBound + 1].stem] : nil
                if let opening, opening != country { continue }
                let towns = places.areaMatches(in: s, tokens: tokens).filter { a in
                    !a.area.isRegion && !isProvince(a.tokens) && (a.area.country == country || (opening == country && a.area.country.isEmpty))
                        && !(max(s.lowerBound, a.tokens.lowerBound - 3)..<a.tokens.lowerBound).contains { tokens[$0].text == "from" }
                }
                var facts = out[i].facts
                if let town = towns.first {
                    recordAsWritten(town.span, to: &out[i], facts: &facts)
                } else if opening == country, let town = WrittenTownFinder.find(in: s, tokens: tokens)?.span ?? Self.townOf(in: s, tokens: tokens) {
                    recordAsWritten(town, to: &out[i], facts: &facts)
                } else {
                    continue
                }
                out[i].facts = facts
                break
            }
        }
        return out
    }

    /// "near the border town of Boukamal": the capitalised name after "town of" or "city of".
    private static func townOf(in s: Range<Int>, tokens: [Token]) -> TextSpan? {
        for k in s where k + 2 < s.upperBound && ["town", "city"].contains(tokens[k].text) && tokens[k + 1].text == "of" {
            var end = k + 2
            while end < s.upperBound, tokens[end].isWord, tokens[end].isCapitalized || tokens[end].text == "-" { end += 1 }
            if end > k + 2 { return TextSpan(start: tokens[k + 2].start, end: tokens[end - 1].end) }
        }
        return nil
    }
}
