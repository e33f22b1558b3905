/// Attacks outside Iraq, Syria and Jordan are no incidents of this table: Iran's missiles on al-Udeid in Qatar, a base in
/// Kuwait, a destroyer in the Red Sea.
extension IncidentAssembler {
    /// Countries and waters near the theatre where reporting on it often strays ("in Qatar", "in the northern Red Sea").
    static let placesOutsideTheatre: Set<String> = [
        "qatar", "kuwait", "bahrain", "israel", "yemen", "saudi", "lebanon", "iran", "turkey", "gaza", "oman",
        "egypt", "emirates", "uae", "cyprus", "germany", "djibouti", "afghanistan", "pakistan",
        "red", "aden", "mediterranean", "arabian", "gulf",
        // French, Italian, German, Spanish and Portuguese renderings.
        "katar", "koweït", "koweit", "kuwaït", "bahreïn", "bahrein", "israël", "israele", "yémen", "yemen",
        "liban", "libano", "libanon", "líbano", "turquie", "turchia", "türkei", "turquía", "catar", "qatar's",
    ]
    /// Compass words that may stand between the preposition and the country ("in the northern Red Sea").
    private static let compassWords: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "neighbouring",
        "neighboring",
    ]

    /// "Iran fired missiles at al-Udeid air base in Qatar", "a Navy destroyer in the northern Red Sea shot down
    /// missiles": a clause that places its target in a country or sea outside Iraq, Syria and Jordan, and names no
    /// site or country of the theatre, tells no incident of this table, however it is told. A country named as where
    /// someone was taken ("flown to Germany and Kuwait for evaluation") is no target: the clause must name no site of
    /// ours and no country of ours for this to hold.
    func isOutsideTheatre(_ frame: ArticleFrame) -> Bool {
        guard frame.places.isEmpty, frame.countries.isEmpty, frame.role != .strike else { return false }
        let tokens = text.tokens
        // "drones struck radar systems at two Iraqi military bases overnight, hours after Iran fired missiles at a US
        // base in Qatar": a target of the theatre told by its adjective keeps the clause ours, and what came before
        // ("after", "following", "since") is not the clause's own target.
        if frame.tokens.contains(where: { Lexicon.countryOfBaseAdjective[tokens[$0].text] != nil }) { return false }
        let toldBefore = frame.tokens.first { ["after", "following", "since"].contains(tokens[$0].text) } ?? frame.tokens.upperBound
        for k in frame.tokens.lowerBound..<toldBefore where ["in", "off", "over", "toward", "towards", "into"].contains(tokens[k].text) {
            var n = k + 1
            while n < frame.tokens.upperBound, n - k <= 3, tokens[n].text == "the" || Self.compassWords.contains(tokens[n].text) {
                n += 1
            }
            guard n < frame.tokens.upperBound, tokens[n].isCapitalized else { continue }
            let word = tokens[n].text
            guard Self.placesOutsideTheatre.contains(word) else { continue }
            // "the Red Sea", "the Gulf of Aden", "the Arabian Sea": a sea is named with its noun.
            if ["red", "arabian"].contains(word) {
                guard n + 1 < frame.tokens.upperBound, tokens[n + 1].text == "sea" else { continue }
            }
            if word == "gulf" {
                guard n + 2 < frame.tokens.upperBound, tokens[n + 1].text == "of", tokens[n + 2].text == "aden" else { continue }
            }
            return true
        }
        return false
    }
}
