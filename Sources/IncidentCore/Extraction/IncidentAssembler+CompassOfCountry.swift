/// "A drone was shot down near the Al-Tanf garrison in Syria ... Rockets were also fired at a US base in northeastern
/// Syria": a part of the country named by the compass that the site told before is not in tells another base.
extension IncidentAssembler {
    /// Rough centres of the three countries (latitude, longitude), for telling which part of a country a base is in.
    private static let centres: [String: (Double, Double)] = [
        "Iraq": (33.2, 43.7), "Syria": (35.0, 38.5), "Jordan": (31.2, 36.5),
    ]
    /// Compass words and the direction they point (north +1 / south -1, east +1 / west -1; 0 when not said).
    private static let compass: [String: (Int, Int)] = [
        "northeastern": (1, 1), "northeast": (1, 1), "north-east": (1, 1), "north-eastern": (1, 1),
        "northwestern": (1, -1), "northwest": (1, -1), "north-west": (1, -1), "north-western": (1, -1),
        "southeastern": (-1, 1), "southeast": (-1, 1), "south-east": (-1, 1), "south-eastern": (-1, 1),
        "southwestern": (-1, -1), "southwest": (-1, -1), "south-west": (-1, -1), "south-western": (-1, -1),
        "northern": (1, 0), "north": (1, 0), "southern": (-1, 0), "south": (-1, 0),
        "eastern": (0, 1), "east": (0, 1), "western": (0, -1), "west": (0, -1),
    ]

    /// True when the frame puts its attack in a part of `base`'s country ("northeastern Syria") that the base lies
    /// clearly outside of (al-Tanf, in the south).
    func compassExcludes(_ base: Base, in frame: ArticleFrame) -> Bool {
        guard let (lat, lon) = base.latitude.flatMap({ la in base.longitude.map { (la, $0) } }),
              let centre = Self.centres[base.country] else { return false }
        let tokens = text.tokens
        for country in frame.countries where country.name == base.country && !country.isOrigin {
            guard let k = tokens.firstIndex(where: { $0.start >= country.span.start }), k >= 1 else { continue }
            // "northeastern Syria", "north-east Syria", "the northeast of Syria"
            let word: String
            if k >= 3, tokens[k - 2].text == "-", Self.compass["\(tokens[k - 3].text)-\(tokens[k - 1].text)"] != nil {
                // "north-eastern Syria", read as three tokens
                word = "\(tokens[k - 3].text)-\(tokens[k - 1].text)"
            } else if Self.compass[tokens[k - 1].text] != nil {
                word = tokens[k - 1].text
            } else if k >= 2, tokens[k - 1].text == "of", Self.compass[tokens[k - 2].text] != nil {
                word = tokens[k - 2].text
            } else {
                continue
            }
            guard let (ns, ew) = Self.compass[word] else { continue }
            // A margin of a degree: only a base plainly in the other part of the country is excluded.
            if ns != 0, Double(ns) * (lat - centre.0) < -1.0 { return true }
            if ew != 0, Double(ew) * (lon - centre.1) < -1.0 { return true }
        }
        return false
    }
}
