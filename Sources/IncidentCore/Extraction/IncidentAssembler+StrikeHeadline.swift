/// A headline whose subject is a US strike: "US strikes in Iraq target drone launch site - officials", "US airstrike
/// on PMF site in Babil kills four; Washington says fighters were about to launch drones", "U.S. drone strike in
/// Baghdad kills commander", "Les États-Unis frappent 85 cibles en Irak et en Syrie" (round 17). Wires and regional
/// outlets open a strike story with the striker and the strike; the words after it tell the strike's target and toll,
/// so a "drone" or a "kills" there tells no attack of its own.
extension IncidentAssembler {
    /// Words that name the United States (or the coalition it leads) as the one acting, as a headline opens.
    private static let strikerWords: Set<String> = ["us", "american", "america", "pentagon", "centcom", "washington"]

    /// Words a headline may put between the striker and the strike ("US military strikes", "U.S. drone strike",
    /// "US-led coalition jets strike").
    private static let strikerQualifiers: Set<String> = [
        "s", "military", "forces", "army", "air", "force", "drone", "drones", "jets", "warplanes", "fighter",
        "aircraft", "led", "coalition", "launches", "launch", "conducts", "carries", "out", "precision",
    ]

    /// Strike words that no passive reading turns into an attack on US forces ("US base hit", "US troops targeted"
    /// are left out on purpose).
    private static let strikeHeadWords: Set<String> = [
        "strike", "strikes", "airstrike", "airstrikes", "bomb", "bombs", "bombed", "raid", "raids", "retaliates",
        "retaliate", "pounds",
    ]

    /// True when the headline (lowercased words) opens with the US as striker and then, within a few qualifying
    /// words, a strike: the headline tells that strike, not an attack.
    static func headlineOpensWithUSStrike(_ headline: [String]) -> Bool {
        var headline = headline[...]
        // "Irak : les Etats-Unis frappent ...": a kicker naming the country first.
        if let first = headline.first, kickerCountries.contains(first) { headline = headline.dropFirst() }
        // "Les États-Unis frappent 85 cibles", "Gli Stati Uniti colpiscono", "Los Estados Unidos bombardean".
        if let first = headline.first, foreignArticles.contains(first), headline.count > 2,
           let name = foreignUnitedStates.first(where: { headline.dropFirst().starts(with: $0) }) {
            return opensWithStrike(Array(headline.dropFirst(1 + name.count)), foreign: true)
        }
        if let name = foreignUnitedStates.first(where: { headline.starts(with: $0) }), name.count == 1 {
            return opensWithStrike(Array(headline.dropFirst(name.count)), foreign: true)
        }
        guard let first = headline.first else { return false }
        let rest: [String]
        if first == "u", headline.count > 1, headline.dropFirst().first == "s" {
            rest = Array(headline.dropFirst(2))
        } else if strikerWords.contains(first) {
            rest = Array(headline.dropFirst())
        } else {
            return false
        }
        return opensWithStrike(rest, foreign: false)
    }

    /// Countries a headline's kicker names before the news ("Irak : ...", "Syrie : ...").
    private static let kickerCountries: Set<String> = ["irak", "iraq", "syrie", "siria", "syrien", "jordanie", "giordania"]
    /// Articles before the name of the United States in French, Italian, Spanish, Portuguese and German headlines.
    private static let foreignArticles: Set<String> = ["les", "gli", "los", "os", "die", "the"]
    /// The United States as those headlines write it, in words split at hyphens.
    private static let foreignUnitedStates: [[String]] = [
        ["etats", "unis"], ["stati", "uniti"], ["estados", "unidos"], ["united", "states"], ["usa"], ["eeuu"], ["eua"],
    ]
    /// Strike verbs of those headlines: "frappent", "bombardent", "colpiscono", "bombardean", "atacan", "atacam".
    private static let foreignStrikeWords: Set<String> = [
        "frappent", "frappe", "bombardent", "colpiscono", "bombardano", "attaccano", "bombardean", "bombardea", "atacan",
        "bombardeiam", "atacam", "ripostent", "repliquent", "bombardieren", "greifen", "lancent", "menent",
    ]

    /// True when, within a few qualifying words, a strike word opens `rest` (what follows the striker).
    private static func opensWithStrike(_ rest: [String], foreign: Bool) -> Bool {
        var k = 0
        var qualifiers = 0
        while k < rest.count, qualifiers <= 3 {
            if strikeHeadWords.contains(rest[k]) || (foreign && foreignStrikeWords.contains(rest[k])) { return true }
            guard strikerQualifiers.contains(rest[k]) else { return false }
            qualifiers += 1
            k += 1
        }
        return false
    }
}
