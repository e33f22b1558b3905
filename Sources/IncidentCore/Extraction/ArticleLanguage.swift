/// The language an article body is written in, guessed from its commonest small words. English unless
/// French, German, Italian, Portuguese or Spanish function words clearly outnumber English ones, or the
/// front matter declares one of those languages and the text is too short to say otherwise.
enum ArticleLanguage: Sendable, Equatable {
    case english, french, german, italian, portuguese, spanish

    /// Small words frequent in one language and rare in the others (folded: lowercase, no diacritics).
    private static let markers: [(ArticleLanguage, Set<String>)] = [
        (.english, ["the", "and", "of", "was", "were", "with", "that", "said", "from", "which", "have", "has", "by"]),
        (.french, ["le", "les", "des", "du", "une", "dans", "avec", "selon", "aux", "ont", "sont", "qui", "sur", "pour", "ete",
                   // A one-sentence brief too ("Dimanche, deux roquettes ont visé la base ... et ...").
                   "et", "est", "ces", "cette", "leur"]),
        (.german, ["der", "die", "das", "und", "ist", "sind", "wurde", "wurden", "nach", "mit", "auf", "bei", "einem",
                   "einer", "dem", "den", "sich", "nicht", "zu",
                   // A one-sentence brief too ("Am Sonntag haben Drohnen den Stützpunkt ... angegriffen").
                   "im", "haben", "hat", "eine", "ein", "worden", "wird", "werden"]),
        (.italian, ["il", "della", "delle", "degli", "dei", "che", "sono", "stata", "stato", "nel", "nella", "con",
                    "gli", "per", "ha", "hanno", "dalle",
                    "nei", "alla", "anche", "sul", "dal", "ieri", "di"]),
        (.portuguese, ["os", "dos", "das", "em", "foram", "foi", "uma", "com", "para", "pelo", "pela", "na", "no",
                       "ao", "nao", "segundo",
                       "pelos", "pelas", "nas", "tambem", "ontem", "ficaram", "ficou", "num", "numa", "um", "o"]),
        (.spanish, ["el", "los", "las", "fue", "fueron", "segun", "tras", "y", "hubo", "han", "sido", "ningun",
                    "ayer", "sus", "hay", "donde", "anoche"]),
    ]

    /// The language a front matter's `language:` names ("pt", "pt-BR", "German", "español"), or nil when it
    /// names none of these (Arabic, "ar-translated" ...).
    init?(declared: String?) {
        guard let declared else { return nil }
        let code = declared.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .prefix { $0.isLetter }
        switch code {
        case "en", "eng", "english": self = .english
        case "fr", "fra", "fre", "french", "francais": self = .french
        case "de", "deu", "ger", "german", "deutsch": self = .german
        case "it", "ita", "italian", "italiano": self = .italian
        case "pt", "por", "portuguese", "portugues": self = .portuguese
        case "es", "spa", "spanish", "espanol", "castellano": self = .spanish
        default: return nil
        }
    }

    /// The language with the most marker words, if it has at least four and more than twice as many as English.
    /// A brief too short for that ("Foguetes atingiram hoje a base aérea de Ain al-Assad") is read in the
    /// `declared` language, unless it has at least four English marker words and no fewer of the declared
    /// language's (translated copy that kept its original's `language:`).
    static func guess(_ tokens: [Token], declared: ArticleLanguage? = nil) -> ArticleLanguage {
        var counts: [ArticleLanguage: Int] = [:]
        for t in tokens.prefix(2000) where t.isWord {
            for (language, words) in markers where words.contains(t.text) {
                counts[language, default: 0] += 1
            }
        }
        let english = counts[.english] ?? 0
        let best = counts.filter { $0.key != .english }.max { $0.value < $1.value }
        if let best, best.value >= 4, best.value > 2 * english { return best.key }
        if let declared, declared != .english, english < 4 || english < counts[declared] ?? 0 { return declared }
        return .english
    }
}
