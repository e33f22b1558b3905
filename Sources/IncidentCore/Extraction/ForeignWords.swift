/// Reads untranslated French, German, Italian and Portuguese copy with the English finders: each word
/// of the article's language that the vocabulary knows is replaced by its English equivalent (one or two
/// words, e.g. "Raketenangriff" → "rocket attack"), keeping the original word's position, so every fact
/// still points at the text it was read from. English articles are left as they are.
enum ForeignWords {
    /// Articles elided in front of a word ("l'attaque", "dell'attacco", "d'Aïn").
    private static let elisions = ["dell'", "all'", "nell'", "sull'", "dall'", "l'", "d'", "n'", "qu'", "s'", "c'", "un'"]

    /// Words after which a casualty participle is a count of none ("né morti né feriti", "ni tué ni blessé",
    /// "keine Verletzten"): read as the noun ("no deaths", "no injuries").
    private static let negators: Set<String> = ["ne", "ni", "nem", "kein", "keine", "keinen", "keiner", "nessun", "aucun",
                                                "aucune", "nenhum", "nenhuma", "weder", "noch", "senza", "sans", "sem", "ohne",
                                                "ningun", "ninguna", "ninguno"]
    private static let participleNouns: [String: String] = [
        "injured": "injuries", "wounded": "injuries", "killed": "deaths", "dead": "deaths",
    ]
    private static let englishMonths: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// English verbs (as read from Spanish) after which a Spanish "a" marks the people acted on.
    private static let personalAVerbs: Set<String> = ["killed", "injured", "killing", "injuring", "wounded", "wounding"]

    /// The tokens with the words of the article's language put into English.
    static func inEnglish(_ tokens: [Token], scalars: [Unicode.Scalar], declared: ArticleLanguage? = nil) -> [Token] {
        let language = ArticleLanguage.guess(tokens, declared: declared)
        guard let vocabulary = ForeignVocabulary.words[language] else { return tokens }
        let accented = ForeignVocabulary.accented[language] ?? [:]
        let pairs = ForeignVocabulary.pairs[language] ?? [:]
        var out: [Token] = []
        out.reserveCapacity(tokens.count + tokens.count / 20)
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            guard t.isWord else {
                // "am 3. Januar": the dot of a German ordinal day before a month is left out ("on 3 january").
                if language == .german, t.text == ".", k > 0, tokens[k - 1].kind == .number, !t.spaceBefore,
                   k + 1 < tokens.count, englishMonths.contains(vocabulary[tokens[k + 1].text] ?? tokens[k + 1].text) {
                    k += 1
                    continue
                }
                out.append(t)
                k += 1
                continue
            }
            // "bekannte sich" → "claimed responsibility", "pelo menos" → "at least", "segunda-feira" → "monday".
            let hyphen = k + 2 < tokens.count && tokens[k + 1].text == "-" && !tokens[k + 1].spaceBefore
            let second = hyphen ? k + 2 : k + 1
            if second < tokens.count, tokens[second].isWord, let both = pairs[t.text + " " + tokens[second].text] {
                let words = both.split(separator: " ").map(String.init)
                if words.count == 1 {
                    var whole = t
                    whole.end = tokens[second].end
                    out.append(english(words[0], from: whole, first: true))
                } else {
                    out.append(english(words[0], from: t, first: true))
                    out.append(english(words[1], from: tokens[second], first: true))
                }
                k = second + 1
                continue
            }
            // "hirió a tres militares", "mató a un soldado": Spanish puts "a" before the people a verb acts on;
            // it is no article ("a" = one) and is left out ("injured three soldiers").
            if language == .spanish, t.text == "a", let verb = out.last?.text, personalAVerbs.contains(verb) {
                k += 1
                continue
            }
            // "3 de janeiro", "el 3 de enero": the "de" between a day and its month is left out ("3 january").
            if language == .portuguese || language == .spanish, t.text == "de", k > 0, tokens[k - 1].kind == .number,
               k + 1 < tokens.count, englishMonths.contains(vocabulary[tokens[k + 1].text] ?? "") {
                k += 1
                continue
            }
            // "a Jurf al-Sakhar", "perto de al-Qaim": an Arabic article joined by a hyphen to a capitalised word is part
            // of the name, not the language's own "al" ("at the") or "el" (round 14, ap21).
            if joinedToName(k, tokens: tokens) {
                out.append(t)
                k += 1
                continue
            }
            var source = t
            var word = t.text
            if language == .french || language == .italian,
               let prefix = elisions.first(where: { word.hasPrefix($0) && word.count > $0.count + 1 }) {
                // The elided article carries no meaning here; the word after it is read on its own.
                word = String(word.dropFirst(prefix.count))
                source.start += prefix.count
                source.text = word
                source.isCapitalized = source.start < scalars.count && scalars[source.start].properties.isUppercase
                // "rivendicato dall'Isis": "claimed by ISIS", as "rivendicato dalla" reads "claimed by".
                if prefix == "dall'", out.last?.text == "claimed" {
                    var by = t
                    by.text = "by"
                    by.end = t.start + prefix.count
                    by.isCapitalized = false
                    out.append(by)
                }
                // "nell'area di Kifri": "in area of Kifri", as "nella zona di" reads "in zona of".
                if prefix == "nell'" {
                    var into = t
                    into.text = "in"
                    into.end = t.start + prefix.count
                    into.isCapitalized = false
                    out.append(into)
                }
            }
            let original = String(String.UnicodeScalarView(scalars[t.start..<min(t.end, scalars.count)])).lowercased()
            guard let translation = accented[original] ?? vocabulary[word] else {
                out.append(source)
                k += 1
                continue
            }
            var words = translation.split(separator: " ").map(String.init)
            let previous = k > 0 ? tokens[k - 1].text : ""
            // "trois blessés", "drei Verletzte", "tre feriti": a count of casualties, read as "three injuries".
            let counted = k > 0 && (tokens[k - 1].kind == .number || out.last.map { NumberReader.units[$0.text] != nil
                || NumberReader.tens[$0.text] != nil } ?? false)
            // "sans faire de blessés" ("without causing injured"): the participle is the noun.
            let caused = out.last?.text == "causing"
            if negators.contains(previous) || counted || caused, words.count == 1, let noun = participleNouns[words[0]] { words = [noun] }
            // "Non ci sono stati feriti", "Não houve feridos", "no causó heridos": a negation a few words before,
            // with no count between, is "no injuries".
            else if words.count == 1, let noun = participleNouns[words[0]], negatedAhead(out: out) {
                words = ["no", noun]
            }
            // "Tote habe es keine gegeben", "Verletzte gab es nicht": German puts the casualty noun first and denies it
            // after the verb; read as "no deaths".
            else if language == .german, words.count == 1, let noun = participleNouns[words[0]], deniedAfterVerb(k, tokens: tokens) {
                words = ["no", noun]
                source.end = tokens[k + 3].end
            }
            // "plus d'une quarantaine de blessés", "il n'y a pas eu de blessés": the "de" between a count (or a
            // negation) and the casualty word is left out, so the count (or "no") stands right before the noun.
            if ["de", "d"].contains(previous), words.count == 1,
               let noun = participleNouns[words[0]] ?? (["victims", "injuries", "deaths"].contains(words[0]) ? words[0] : nil), out.count >= 2,
               out.last?.text == "of" {
                let before = out[out.count - 2].text
                if NumberReader.units[before] != nil || NumberReader.tens[before] != nil || ["hundred", "dozen"].contains(before)
                    || out[out.count - 2].kind == .number {
                    out.removeLast()
                    words = [noun]
                } else if ["not", "no"].contains(before) || (out.count >= 3 && out[out.count - 3].text == "not") {
                    // "pas de blessés", "pas eu de blessés": "no injuries"
                    out[out.count - 1].text = "no"
                    words = [noun]
                }
            }
            for (n, w) in words.enumerated() {
                out.append(english(w, from: source, first: n == 0))
            }
            k += 1
        }
        if language != .german { putNationalityFirst(&out) } else { putSubjectBeforeVerb(&out) }
        return out
    }

    /// German verbs of "there was" with "es" after a fronted noun ("Tote gab es keine", "Verletzte habe es nicht gegeben").
    private static let thereWasVerbs: Set<String> = ["gab", "gibt", "habe", "hat", "hatte", "hatten", "gebe", "haben"]

    /// True when the German noun at `k` is followed by "gab es keine" / "habe es nicht": it is denied.
    private static func deniedAfterVerb(_ k: Int, tokens: [Token]) -> Bool {
        guard k + 3 < tokens.count, thereWasVerbs.contains(tokens[k + 1].text), tokens[k + 2].text == "es" else { return false }
        return ["keine", "keinen", "nicht"].contains(tokens[k + 3].text)
    }

    /// True when a negation ("non", "pas", "não", "nicht", Spanish "no", read as "not" or "no") stands within
    /// the four words before, in the same clause, with no count between (`out` holds the words read so far).
    private static func negatedAhead(out: [Token]) -> Bool {
        let last = Array(out.suffix(4))
        for (n, t) in last.enumerated().reversed() {
            // "Non si registrano feriti", "sin que se registraran heridos": the reflexive before a verb of
            // reporting is no "if"; the negation before it still holds.
            if ["si", "se"].contains(t.text), n + 1 < last.count, last[n + 1].text == "reported" { continue }
            // "não informaram se houve feridos": whether there were any is left open.
            if t.isPunct || t.kind == .number || NumberReader.units[t.text] != nil || NumberReader.tens[t.text] != nil
                || ["if", "whether", "se", "si", "ob", "sil", "s'il"].contains(t.text) {
                return false
            }
            if ["not", "no", "without"].contains(t.text) { return true }
        }
        return false
    }

    /// Nouns of a strike that a nationality written after them ("frappes américaines") makes a US strike.
    private static let strikeNouns: Set<String> = ["strike", "strikes", "airstrike", "airstrikes", "bombing", "raid", "raids"]

    /// "soldats américains", "militares estadounidenses", "soldado iraquí": in Romance languages the
    /// nationality follows the noun; read as "american soldiers", "iraqi soldier" (each word keeps its place).
    private static func putNationalityFirst(_ tokens: inout [Token]) {
        let nationalities = Lexicon.otherNationalities.union(["american"])
        var k = 0
        while k + 1 < tokens.count {
            // "frappes américaines", "bombardeos estadounidenses": US strikes, read "american strikes" too.
            let usStrike = strikeNouns.contains(tokens[k].text) && tokens[k + 1].text == "american"
            if usStrike || (Lexicon.personNouns.contains(tokens[k].text) && tokens[k].text != "american"
               && nationalities.contains(tokens[k + 1].text)) {
                let noun = tokens[k].text
                tokens[k].text = tokens[k + 1].text
                tokens[k + 1].text = noun
                k += 2
            } else {
                k += 1
            }
        }
    }

    /// Verbs of an attack or a claim that German puts second in its clause, before the subject.
    private static let invertedVerbs: Set<String> = ["attacked", "targeted", "struck", "shelled", "bombed", "fired", "claimed"]
    /// Words that open a subject after such a verb.
    private static let subjectOpeners: Set<String> = ["the", "its", "their"]
    /// Nouns that end such a subject: who fights or speaks.
    private static let actorNouns: Set<String> = [
        "fighters", "group", "militia", "militias", "military", "forces", "army", "resistance", "jets", "aircraft", "drones",
    ]

    /// "Wie die Gruppe mitteilte, griffen ihre Kämpfer den Stützpunkt ... an", "In einer zweiten Erklärung reklamierte die
    /// Gruppe einen Raketenangriff", "griff das US-Militär ... an": German puts the verb before its subject after
    /// anything that opens the clause; read as "its fighters attacked", "the group claimed", "the us military attacked"
    /// (each word keeps its place in the text).
    private static func putSubjectBeforeVerb(_ tokens: inout [Token]) {
        var k = 0
        while k + 2 < tokens.count {
            guard invertedVerbs.contains(tokens[k].text), subjectOpeners.contains(tokens[k + 1].text),
                  let end = (k + 2..<min(tokens.count, k + 5)).first(where: { actorNouns.contains(tokens[$0].text) }),
                  (k + 2..<end).allSatisfy({ tokens[$0].isWord || tokens[$0].text == "-" }) else {
                k += 1
                continue
            }
            let verb = tokens[k].text
            for n in k..<end { tokens[n].text = tokens[n + 1].text }
            tokens[end].text = verb
            k = end + 1
        }
    }

    /// One English word standing for (part of) a foreign word: same position, its capitalisation
    /// (months always capitalised, "us" in capitals as the abbreviation).
    private static func english(_ word: String, from t: Token, first: Bool) -> Token {
        Token(kind: .word, start: t.start, end: t.end, text: word,
              isCapitalized: englishMonths.contains(word) || (first && t.isCapitalized), isAllCaps: word == "us",
              spaceBefore: first ? t.spaceBefore : true, newlineBefore: first && t.newlineBefore, value: nil)
    }
}
