/// The English equivalents of the words that carry the facts in French, German, Italian and Portuguese
/// reporting: attack verbs, weapons, casualties, people, sites, days and the small words the English
/// finders lean on ("at least", "on Sunday", "the"). Keys are folded (lowercase, no diacritics); a value
/// of two words stands for a compound ("Raketenangriff" → "rocket attack").
enum ForeignVocabulary {
    static let words: [ArticleLanguage: [String: String]] = [
        .french: french, .german: german, .italian: italian, .portuguese: portuguese, .spanish: spanish,
    ]

    /// Words told apart only by their accent ("à" to, "a" has; "è" is, "e" and), keyed by the lowercase original.
    static let accented: [ArticleLanguage: [String: String]] = [
        .french: ["à": "to", "où": "where"],
        .italian: ["è": "is", "né": "no", "più": "more"],
        .portuguese: ["é": "is", "à": "to", "às": "at"],
        .spanish: ["más": "more"],
    ]

    /// Two words read together, keyed "first second" (folded).
    static let pairs: [ArticleLanguage: [String: String]] = [
        // The Islamic Resistance in Iraq by its translated name ("la Résistance islamique en Irak").
        // "sans faire de victimes" ("without causing casualties"), "sin provocar heridos ni muertos".
        .french: ["resistance islamique": "islamic resistance", "faire de": "causing", "sans causer": "without causing", "sans provoquer": "without causing", "au moins": "at least", "plus de": "more than", "plus d'une": "more than", "plus d'un": "more than",
                  "une dizaine": "about ten", "une quinzaine": "about fifteen", "une vingtaine": "about twenty",
                  "une trentaine": "about thirty", "une quarantaine": "about forty", "une cinquantaine": "about fifty",
                  "une centaine": "about hundred", "zone verte": "green zone"],
        .german: ["islamische widerstand": "islamic resistance", "islamischer widerstand": "islamic resistance",
                  "islamischen widerstand": "islamic resistance", "bekannte sich": "claimed responsibility", "bekannten sich": "claimed responsibility",
                  "bekennt sich": "claimed responsibility", "mehr als": "more than", "nach angaben": "according to"],
        .italian: ["resistenza islamica": "islamic resistance", "senza causare": "without causing", "senza provocare": "without causing", "nota come": "known as", "noto come": "known as", "piu di": "more than", "zona verde": "green zone"],
        .spanish: ["resistencia islamica": "islamic resistance", "sin provocar": "without causing", "sin causar": "without causing", "zona verde": "green zone", "conocida como": "known as", "conocido como": "known as", "al menos": "at least", "mas de": "more than",
                   "no hubo": "no", "por lo": "at", "estados unidos": "united states"],
        .portuguese: ["resistencia islamica": "islamic resistance", "sem causar": "without causing", "sem provocar": "without causing", "zona verde": "green zone", "conhecida como": "known as", "conhecido como": "known as", "meados de": "mid", "nao houve": "no", "pelo menos": "at least", "mais de": "more than", "alvo de": "targeted by", "alvos de": "targeted by",
                      "segunda feira": "monday", "terca feira": "tuesday", "quarta feira": "wednesday",
                      "quinta feira": "thursday", "sexta feira": "friday"],
    ]

    private static let french: [String: String] = [
        // Nationalities, which these languages write after the noun ("soldats français", "militari italiani").
        "francais": "french", "francaise": "french", "francaises": "french", "britannique": "british", "britanniques": "british", "italien": "italian", "italiens": "italian", "italienne": "italian", "italiennes": "italian",
        // Attacks and what weapons do.
        "attaque": "attack", "attaques": "attacks", "attentat": "attack", "attaquee": "attacked", "attaquees": "attacked",
        "vise": "targeted", "visee": "targeted", "vises": "targeted", "visees": "targeted",
        "visant": "targeting", "cible": "targeted", "ciblee": "targeted", "ciblees": "targeted", "tire": "fired",
        "tiree": "fired", "tires": "fired", "tirees": "fired", "tirs": "fire", "lance": "launched", "lancee": "launched",
        "lances": "launched", "lancees": "launched", "frappe": "strike", "frappes": "strikes", "frappee": "hit",
        "frappees": "hit", "touche": "hit", "touchee": "hit", "touches": "hit", "touchees": "hit", "bombarde": "shelled",
        "bombardee": "shelled", "bombardement": "bombing", "bombardements": "bombing", "abattu": "downed",
        "abattus": "downed", "abattue": "downed", "abattues": "downed", "intercepte": "intercepted",
        "interceptes": "intercepted", "interceptee": "intercepted", "interceptees": "intercepted", "explose": "exploded",
        "tombe": "fell", "tombee": "fell", "tombes": "fell", "tombees": "fell", "ecrase": "fell",
        "revendique": "claimed", "revendiquee": "claimed", "revendiques": "claimed", "revendication": "claim",
        "operation": "operation", "operations": "operations", "represailles": "retaliation",
        // Weapons.
        "roquette": "rocket", "roquettes": "rockets", "balistique": "ballistic", "balistiques": "ballistic",
        "mortier": "mortar", "mortiers": "mortars", "drone": "drone", "drones": "drones", "missile": "missile",
        "missiles": "missiles", "croisiere": "cruise",
        // Casualties and people.
        "blesse": "injured", "blesses": "injured", "blessee": "injured", "blessees": "injured", "blessure": "injury",
        "blessures": "injuries", "tue": "killed", "tues": "killed", "tuee": "killed", "tuees": "killed", "mort": "dead",
        "morts": "dead", "morte": "dead", "mortes": "dead", "deces": "deaths", "victime": "victims", "victimes": "victims", "sans": "without",
        "soldat": "soldier", "soldats": "soldiers", "militaires": "soldiers", "militaire": "military",
        "americain": "american", "americains": "american", "americaine": "american", "americaines": "american",
        "etats": "united", "unis": "states", "traitant": "contractor", "traitants": "contractors",
        "contractuels": "contractors", "civils": "civilians", "civil": "civilian", "irakiens": "iraqi", "irakien": "iraqi",
        "irakienne": "iraqi", "irakiennes": "iraqi", "iranien": "iranian", "jordanien": "jordanian", "jordaniens": "jordanian", "iraniens": "iranian",
        "iranienne": "iranian", "iraniennes": "iranian", "syriens": "syrian", "kurdes": "kurdish", "personnels": "personnel",
        "pentagone": "pentagon", "coalition": "coalition", "aucun": "no", "aucune": "no", "ni": "no", "pas": "not",
        // Sites.
        "aeroport": "airport", "signale": "reported", "appelee": "called", "baptisee": "called", "signales": "reported", "signalee": "reported", "signalees": "reported", "dizaines": "dozens", "commotions": "concussions", "cerebrales": "brain", "base": "base", "bases": "bases", "camp": "camp", "champ": "field", "gisement": "field",
        "petrolier": "oil", "petrole": "oil", "euphrate": "euphrates",
        // Time.
        "hier": "yesterday", "aujourd'hui": "today", "soir": "evening", "heure": "time", "locale": "local", "matin": "morning", "nuit": "night",
        "semaine": "week", "dernier": "last", "derniere": "last",
        "janvier": "january", "fevrier": "february", "mars": "march", "avril": "april", "mai": "may", "juin": "june",
        "juillet": "july", "aout": "august", "septembre": "september", "octobre": "october", "novembre": "november",
        "decembre": "december",
        // "La veille, un drone ... avait visé l'aéroport d'Erbil": "the previous day".
        "veille": "previous day",
        // Small words.
        "le": "the", "la": "the", "les": "the", "un": "a", "une": "a", "de": "of", "du": "of", "dans": "in", "en": "in",
        "au": "at", "aux": "at", "sur": "on", "contre": "against", "tandis": "while", "pres": "near", "depuis": "since", "fois": "times", "mi": "mid", "et": "and", "avec": "with",
        "par": "by", "pour": "for", "qui": "which", "selon": "according", "a": "has", "ont": "have", "ete": "been",
        "sont": "are", "etait": "was", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six",
        "sept": "seven", "huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve",
        "vingt": "twenty", "trente": "thirty", "plusieurs": "several", "quelques": "some", "douzaine": "dozen",
        // Round counts ("une quarantaine de blessés": about forty) and "la Tour 22".
        "dizaine": "ten", "quinzaine": "fifteen", "vingtaine": "twenty", "trentaine": "thirty", "quarantaine": "forty",
        "cinquantaine": "fifty", "centaine": "hundred", "tour": "tower",
        "premiere": "first", "meurtriere": "deadly", "meurtrier": "deadly", "ambassade": "embassy",
    ]

    /// "Montagabend" → "monday evening", "Sonntagnacht" → "sunday night".
    private static let germanDayParts: [String: String] = {
        let days = ["montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday", "donnerstag": "thursday",
                    "freitag": "friday", "samstag": "saturday", "sonntag": "sunday"]
        let parts = ["abend": "evening", "morgen": "morning", "nachmittag": "afternoon", "nacht": "night", "mittag": "afternoon"]
        var words: [String: String] = [:]
        for (day, english) in days {
            for (part, time) in parts { words[day + part] = english + " " + time }
        }
        return words
    }()

    private static let german: [String: String] = germanDayParts.merging(germanWords) { a, _ in a }

    private static let germanWords: [String: String] = [
        "angriff": "attack", "angriffe": "attacks", "angriffs": "attack", "anschlag": "attack",
        "raketenangriff": "rocket attack", "raketenangriffe": "rocket attacks", "raketenangriffs": "rocket attack",
        "drohnenangriff": "drone attack", "drohnenangriffe": "drone attacks", "drohnenangriffs": "drone attack",
        "luftangriff": "air strike", "luftangriffe": "air strikes", "beschuss": "shelling", "angegriffen": "attacked",
        "beschossen": "shelled", "getroffen": "hit",
        // The simple past of wire copy: "Eine Rakete traf am späten Dienstagabend ein Gebäude".
        "traf": "hit", "trafen": "hit", "schlug": "impacted", "schlugen": "impacted", "explodierte": "exploded",
        "explodierten": "exploded", "griff": "attacked", "griffen": "attacked", "spaten": "late", "fruhen": "early", "eingeschlagen": "impacted", "abgefeuert": "fired",
        "abgeschossen": "downed", "abgefangen": "intercepted", "attackiert": "attacked", "explodiert": "exploded",
        "botschaft": "embassy", "rakete": "rocket", "raketen": "rockets", "katjuscha": "katyusha", "katjuschas": "katyushas", "drohne": "drone",
        "drohnen": "drones", "morser": "mortar", "morsergranaten": "mortars", "ballistische": "ballistic",
        "ballistischen": "ballistic", "ballistischer": "ballistic", "marschflugkorper": "cruise missiles",
        "verletzt": "injured", "verwundet": "wounded", "verletzte": "injured", "verletzten": "injured",
        "verletzungen": "injuries", "verletzung": "injury", "getotet": "killed", "tot": "dead", "tote": "dead",
        "toten": "dead", "todesopfer": "fatalities", "opfer": "victims", "erlitten": "suffered", "erlitt": "suffered",
        "soldat": "soldier", "soldaten": "soldiers", "amerikaner": "americans", "amerikanische": "american",
        "amerikanischen": "american", "amerikanischer": "american", "truppen": "troops", "streitkrafte": "forces",
        "mitarbeiter": "employees", "vertragsfirmen": "contractors", "vertragsfirma": "contractor",
        "vertragsarbeiter": "contractors", "zivile": "civilian", "zivilen": "civilian", "koalition": "coalition",
        "irakische": "iraqi", "irakischen": "iraqi", "niemand": "nobody", "kein": "no", "keine": "no", "keinen": "no",
        "keiner": "no", "weder": "no", "nicht": "not",
        "stutzpunkt": "base", "stutzpunkts": "base", "stutzpunkte": "bases", "luftwaffenstutzpunkt": "airbase",
        "luftwaffenstutzpunkts": "airbase", "militarstutzpunkt": "base", "militarbasis": "base", "flughafen": "airport",
        "denselben": "the same", "demselben": "the same", "derselben": "the same", "dieselbe": "the same", "dasselbe": "the same",
        "gasfeld": "gas field", "olfeld": "oil field", "euphrat": "euphrates",
        "gestern": "yesterday", "heute": "today", "nacht": "night", "abend": "evening", "morgen": "morning",
        "woche": "week", "vergangene": "last", "vergangenen": "last", "letzte": "last", "letzten": "last",
        "januar": "january", "februar": "february", "marz": "march", "mai": "may", "juni": "june", "juli": "july",
        "oktober": "october", "dezember": "december",
        "landeplatz": "landing zone", "landezone": "landing zone", "darunter": "including", "menschen": "people", "weitere": "other", "weiterer": "other", "gruppe": "group", "namens": "named", "auftragnehmer": "contractor", "beide": "both", "beiden": "both", "gehirnerschutterungen": "concussions",
        "der": "the", "die": "the", "das": "the", "den": "the", "dem": "the", "des": "the", "ein": "a", "eine": "a",
        "einem": "a", "einen": "a", "einer": "a", "und": "and", "im": "in", "am": "on", "auf": "on", "bei": "at",
        "nach": "after", "seit": "since", "mal": "times", "von": "of", "vom": "of", "mit": "with", "gegen": "against", "wahrend": "while", "zum": "to", "zur": "to",
        "wurde": "was", "wurden": "were", "worden": "been", "sind": "are", "ist": "is", "war": "was", "waren": "were",
        "hat": "has", "haben": "have", "zwei": "two", "drei": "three", "vier": "four", "funf": "five", "sechs": "six",
        "sieben": "seven", "acht": "eight", "neun": "nine", "zehn": "ten", "elf": "eleven", "zwolf": "twelve",
        "zwanzig": "twenty", "mehrere": "several", "einige": "some", "dutzende": "dozens", "mindestens": "at least",
        "rund": "about", "etwa": "about",
    ]

    private static let italian: [String: String] = [
        // Nationalities, which these languages write after the noun ("soldats français", "militari italiani").
        "italiani": "italian", "italiano": "italian", "italiana": "italian", "italiane": "italian", "francesi": "french", "francese": "french", "britannici": "british", "britannico": "british",
        "attacco": "attack", "attacchi": "attacks", "attentato": "attack", "colpita": "hit", "colpito": "hit",
        "colpite": "hit", "colpiti": "hit", "attaccata": "attacked", "attaccato": "attacked", "attaccate": "attacked",
        "attaccati": "attacked", "mira": "targeted", "lanciati": "launched", "lanciato": "launched",
        "lanciata": "launched", "lanciate": "launched", "sparati": "fired", "sparato": "fired", "sparate": "fired",
        "intercettato": "intercepted", "intercettati": "intercepted", "intercettata": "intercepted",
        "intercettate": "intercepted", "abbattuto": "downed", "abbattuti": "downed", "abbattuta": "downed",
        "caduto": "fell", "caduti": "fell", "caduta": "fell", "cadute": "fell", "esploso": "exploded",
        "esplosi": "exploded", "bombardato": "shelled", "bombardando": "bombing", "bombardamento": "bombing",
        "bombardamenti": "bombing", "rivendicato": "claimed", "rivendicata": "claimed", "rivendicazione": "claim",
        "ambasciata": "embassy", "razzo": "rocket", "razzi": "rockets", "missili": "missiles", "balistico": "ballistic", "balistici": "ballistic",
        "balistica": "ballistic", "balistiche": "ballistic", "droni": "drones", "mortaio": "mortar", "mortai": "mortars",
        "ferito": "injured", "feriti": "injured", "ferita": "injured", "ferite": "injured", "ucciso": "killed",
        "uccisi": "killed", "uccisa": "killed", "morto": "dead", "morti": "dead", "morta": "dead", "vittime": "victims",
        "vittima": "victims", "soldato": "soldier", "soldati": "soldiers", "militari": "soldiers", "militare": "military",
        "americano": "american", "americani": "american", "americana": "american", "americane": "american",
        "statunitense": "american", "statunitensi": "american", "civili": "civilians", "iracheni": "iraqi", "giordano": "jordanian", "giordani": "jordanian", "siriani": "syrian", "siriano": "syrian",
        "iracheno": "iraqi", "nessuno": "nobody", "nessun": "no", "nessuna": "no", "non": "not", "finora": "yet",
        "coalizione": "coalition", "giacimento": "field", "registrano": "reported", "registrati": "reported", "segnalati": "reported", "entrambi": "both", "entrambe": "both", "torre": "tower", "decine": "dozens", "lesioni": "injuries", "cerebrali": "brain", "campo": "field", "petrolio": "oil", "petrolifero": "oil", "truppe": "troops", "missione": "mission",
        "supporto": "support", "eufrate": "euphrates",
        "oggi": "today", "ieri": "yesterday", "sera": "evening", "mattina": "morning", "notte": "night",
        "settimana": "week", "scorsa": "last", "scorso": "last",
        "gennaio": "january", "febbraio": "february", "marzo": "march", "aprile": "april", "maggio": "may",
        "giugno": "june", "luglio": "july", "agosto": "august", "settembre": "september", "ottobre": "october",
        "dicembre": "december",
        "il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the", "le": "the", "un": "a", "uno": "a", "una": "a",
        "di": "of", "del": "of", "della": "of", "dei": "of", "degli": "of", "delle": "of", "dello": "of", "nel": "in",
        "nella": "in", "nei": "in", "negli": "in", "nelle": "in", "a": "at", "al": "at", "alla": "at", "e": "and",
        "con": "with", "da": "by", "dalle": "by", "dal": "by", "tra": "among", "fra": "among", "contro": "against",
        "vicino": "near", "volte": "times", "mentre": "while", "presso": "at", "per": "for", "ha": "has", "hanno": "have", "sono": "are", "stata": "been",
        "stato": "been", "stati": "been", "state": "been", "rimasti": "were", "rimasto": "was",
        "due": "two", "tre": "three", "quattro": "four", "cinque": "five", "sei": "six", "sette": "seven",
        "otto": "eight", "nove": "nine", "dieci": "ten", "undici": "eleven", "dodici": "twelve", "venti": "twenty",
        "diversi": "several", "alcuni": "some", "almeno": "at least", "circa": "about",
    ]

    private static let portuguese: [String: String] = [
        // Nationalities, which these languages write after the noun ("soldats français", "militari italiani").
        "portugueses": "portuguese", "portugues": "portuguese", "franceses": "french", "frances": "french", "britanicos": "british", "britanico": "british", "italianos": "italian",
        "ataque": "attack", "ataques": "attacks", "atentado": "attack", "atacaram": "attacked", "atacou": "attacked",
        "atacada": "attacked", "atacado": "attacked", "atacadas": "attacked", "atacados": "attacked",
        "alvejada": "targeted", "alvejado": "targeted", "disparados": "fired", "disparado": "fired",
        "disparadas": "fired", "disparou": "fired", "dispararam": "fired", "lancado": "launched", "lancados": "launched",
        "lancada": "launched", "lancou": "launched", "lancaram": "launched", "atingido": "hit", "atingida": "hit",
        "atingidos": "hit", "atingiu": "struck", "atingiram": "struck", "bombardeado": "bombed",
        "bombardeados": "bombed", "bombardearam": "bombed", "bombardeio": "bombing", "bombardeios": "bombing",
        "interceptado": "intercepted", "interceptados": "intercepted", "interceptada": "intercepted",
        "abatido": "downed", "abatidos": "downed", "caiu": "fell", "cairam": "fell", "explodiu": "exploded",
        "reivindicou": "claimed", "reivindicado": "claimed", "reivindicaram": "claimed", "reivindicada": "claimed",
        "embaixada": "embassy", "foguete": "rocket", "foguetes": "rockets", "missil": "missile", "misseis": "missiles", "balistico": "ballistic",
        "balisticos": "ballistic", "morteiro": "mortar", "morteiros": "mortars",
        "ferido": "injured", "feridos": "injured", "ferida": "injured", "feridas": "injured", "morto": "killed",
        "mortos": "killed", "morta": "killed", "mortas": "killed", "vitimas": "victims", "vitima": "victims",
        "soldado": "soldier", "soldados": "soldiers", "militar": "soldier", "militares": "soldiers", "tropas": "troops",
        "forcas": "forces", "americano": "american", "americanos": "american", "americana": "american",
        "americanas": "american", "eua": "us", "estados": "united", "unidos": "states", "civis": "civilians",
        "iraquianos": "iraqi", "jordaniano": "jordanian", "jordanianos": "jordanian", "sirios": "syrian", "cacas": "jets", "nenhum": "no", "nenhuma": "no", "ninguem": "nobody", "nem": "no",
        "nao": "not", "coalizao": "coalition", "pentagono": "pentagon",
        "missao": "mission", "torre": "tower", "dezenas": "dozens", "ambos": "both", "lesoes": "injuries", "cerebrais": "brain", "registradas": "reported", "registrados": "reported", "apoio": "support", "campo": "field", "petroleo": "oil", "eufrates": "euphrates",
        "hoje": "today", "ontem": "yesterday", "noite": "night", "semana": "week", "passada": "last",
        "janeiro": "january", "fevereiro": "february", "marco": "march", "abril": "april", "maio": "may",
        "junho": "june", "julho": "july", "agosto": "august", "setembro": "september", "outubro": "october",
        "novembro": "november", "dezembro": "december",
        "o": "the", "a": "the", "os": "the", "as": "the", "um": "a", "uma": "a", "de": "of", "do": "of", "da": "of",
        "dos": "of", "das": "of", "no": "in", "na": "in", "nos": "in", "nas": "in", "em": "in", "e": "and",
        "com": "with", "contra": "against", "perto": "near", "desde": "since", "vezes": "times", "para": "to", "por": "by", "pelo": "by", "pela": "by",
        "entre": "between", "enquanto": "while", "apos": "after", "foi": "was", "foram": "were", "ficou": "was", "ficaram": "were",
        "sao": "are", "dois": "two", "duas": "two", "tres": "three", "quatro": "four", "cinco": "five", "seis": "six",
        "sete": "seven", "oito": "eight", "nove": "nine", "dez": "ten", "vinte": "twenty", "varios": "several",
        "varias": "several", "alguns": "some", "cerca": "about",
    ]

    private static let spanish: [String: String] = [
        // Nationalities, which these languages write after the noun ("soldats français", "militari italiani").
        "espanoles": "spanish", "espanol": "spanish", "franceses": "french", "frances": "french", "britanicos": "british", "britanico": "british", "italianos": "italian",
        "ataque": "attack", "ataques": "attacks", "atentado": "attack", "atacaron": "attacked", "ataco": "attacked",
        "atacada": "attacked", "atacado": "attacked", "lanzaron": "launched", "lanzado": "launched", "lanzados": "launched",
        "lanzada": "launched", "dispararon": "fired", "disparado": "fired", "disparados": "fired", "alcanzaron": "hit",
        "alcanzo": "hit", "impactaron": "impacted", "derribado": "downed", "derribados": "downed", "derribaron": "downed",
        "interceptado": "intercepted", "interceptados": "intercepted", "interceptaron": "intercepted", "cayeron": "fell",
        "cayo": "fell", "bombardearon": "bombed", "bombardeo": "bombing", "bombardeos": "bombing",
        "reivindico": "claimed", "reivindicado": "claimed", "reivindicaron": "claimed", "reivindicada": "claimed",
        "embajada": "embassy", "cohete": "rocket", "cohetes": "rockets", "misil": "missile", "misiles": "missiles", "balistico": "ballistic",
        "balisticos": "ballistic", "dron": "drone", "drones": "drones", "mortero": "mortar", "morteros": "mortars",
        "herido": "injured", "heridos": "injured", "herida": "injured", "heridas": "injured", "muerto": "killed",
        "muertos": "killed", "fallecido": "killed", "fallecidos": "killed", "murio": "killed", "murieron": "killed", "victimas": "victims", "victima": "victims",
        "soldado": "soldier", "soldados": "soldiers", "militar": "soldier", "militares": "soldiers", "tropas": "troops",
        "fuerzas": "forces", "estadounidense": "american", "estadounidenses": "american", "norteamericano": "american",
        "norteamericanos": "american", "contratistas": "contractors", "contratista": "contractor", "civiles": "civilians",
        "iraquies": "iraqi", "ningun": "no", "ninguna": "no", "ninguno": "no", "nadie": "nobody", "ni": "no",
        "coalicion": "coalition", "pentagono": "pentagon", "campo": "field", "petrolero": "oil", "petrolifero": "oil",
        "mision": "mission", "torre": "tower", "decenas": "dozens", "ambos": "both", "iraqui": "iraqi", "jordano": "jordanian", "jordanos": "jordanian", "sirio": "syrian", "sirios": "syrian", "lesiones": "injuries", "lesion": "injury", "cerebrales": "brain", "cerebral": "brain", "traumaticas": "traumatic", "traumatica": "traumatic", "evaluados": "evaluated", "evaluado": "evaluated", "posibles": "possible", "posible": "possible", "estan": "are", "siendo": "being", "registraron": "reported", "apoyo": "support", "eufrates": "euphrates",
        "hoy": "today", "ayer": "yesterday", "noche": "night", "tarde": "evening", "semana": "week",
        "enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
        "julio": "july", "agosto": "august", "septiembre": "september", "octubre": "october", "noviembre": "november",
        "diciembre": "december", "vispera": "previous day",
        "el": "the", "la": "the", "los": "the", "las": "the", "un": "a", "una": "a", "de": "of", "del": "of", "en": "in",
        "y": "and", "con": "with", "contra": "against", "cerca": "near", "por": "by", "para": "for", "desde": "since",
        "tras": "after", "segun": "according", "al": "at", "fue": "was", "fueron": "were", "ha": "has", "han": "have",
        "sido": "been", "resultaron": "were", "resulto": "was", "mientras": "while", "veces": "times",
        "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "siete": "seven", "ocho": "eight",
        "nueve": "nine", "diez": "ten", "veinte": "twenty", "varios": "several", "varias": "several",
        // "Washington respondió el jueves con un bombardeo": a US strike told as the answer.
        "respondio": "responded", "respondieron": "responded", "represalia": "retaliation", "bagdad": "baghdad",
        "sin": "without", "causar": "causing",
    ]
}
