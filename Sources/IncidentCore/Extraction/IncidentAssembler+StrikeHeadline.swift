/// A headline whose subject is a US strike: "US strikes in Iraq target drone launch site - officials", "US airstrike
/// on PMF site in Babil kills four; Washington says fighters were about to launch drones", "U.S. drone strike in
/// Baghdad kills commander". Wires and regional outlets open a strike story with the striker and the strike; the
/// words after it tell the strike's target and toll, so a "drone" or a "kills" there tells no attack of its own.
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
        guard let first = headline.first else { return false }
        var k: Int
        if first == "u", headline.count > 1, headline[1] == "s" {
            k = 2
        } else if strikerWords.contains(first) {
            k = 1
        } else {
            return false
        }
        var qualifiers = 0
        while k < headline.count, qualifiers <= 3 {
            if strikeHeadWords.contains(headline[k]) { return true }
            guard strikerQualifiers.contains(headline[k]) else { return false }
            qualifiers += 1
            k += 1
        }
        return false
    }
}
