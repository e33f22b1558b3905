/// The word lists the finders share: attack vocabulary, references to US forces, casualty words.
enum Lexicon {
    /// Words that make a clause talk about an attack.
    static let attackWords: Set<String> = [
        "attack", "attacks", "attacked", "attacking", "hit", "hits", "struck", "strike", "strikes",
        "targeted", "targeting", "targets", "fired", "firing", "launched", "shelled", "shelling", "barrage",
        "injured", "wounded", "killed", "injuries", "casualties", "hurt", "assault", "bombed", "bombing",
        "dead", "fatalities", "injuring", "wounding", "killing", "injury", "victims",
        // What rockets and drones do on arrival: "A rocket landed near the base".
        "landed", "fell", "exploded", "impacted", "intercepted", "downed",
    ]

    /// Words that make a clause talk about a base.
    static let baseWords: Set<String> = [
        "base", "bases", "airbase", "airbases", "garrison", "outpost", "embassy", "airfield", "airport",
    ]

    /// Words naming the US side (besides "US"/"U.S." in capitals).
    static let usWords: Set<String> = ["usa", "american", "americans", "america", "coalition", "pentagon", "centcom"]

    /// True when the token names the US side.
    static func isUS(_ t: Token) -> Bool {
        t.isUSAbbreviation || usWords.contains(t.stem) || (t.text == "united" && t.isCapitalized)
    }

    /// Nationalities and sides other than the US, as adjectives.
    static let otherNationalities: Set<String> = [
        "iraqi", "syrian", "kurdish", "iranian", "jordanian", "israeli", "french", "british", "italian",
        "german", "spanish", "turkish", "lebanese", "palestinian", "australian", "canadian", "danish", "dutch",
        "norwegian", "polish", "peshmerga", "sdf",
    ]

    /// Words that mark militia members (casualties of a US strike, or attackers).
    static let militiaCues: Set<String> = [
        "militia", "militias", "militiaman", "militiamen", "militant", "militants", "fighter", "fighters",
        "gunman", "gunmen", "hostile", "insurgent", "insurgents", "backed", "linked", "aligned", "paramilitary",
        "iranbacked", "iranianbacked", "iranlinked", "proiranian",
    ]

    /// Head nouns of a group of people that can be casualties.
    static let personNouns: Set<String> = [
        "soldier", "soldiers", "troop", "troops", "servicemember", "servicemembers", "serviceman", "servicemen",
        "member", "members", "personnel", "marine", "marines", "sailor", "sailors", "airman", "airmen",
        "american", "americans", "contractor", "contractors", "civilian", "civilians", "fighter", "fighters",
        "militant", "militants", "militiaman", "militiamen", "gunman", "gunmen", "officer", "officers",
        "guard", "guards", "policeman", "policemen", "people", "person", "persons", "staff", "employee",
        "employees", "worker", "workers", "citizen", "citizens", "interpreter", "interpreters", "agent", "agents",
    ]

    /// Singular display form of a person noun ("soldiers" → "soldier").
    static func singular(_ noun: String) -> String {
        switch noun {
        case "troop", "troops": return "soldier"
        case "people", "persons": return "person"
        case "servicemen": return "serviceman"
        case "militiamen": return "militiaman"
        case "gunmen": return "gunman"
        case "policemen": return "policeman"
        case "airmen": return "airman"
        case "personnel", "staff": return noun
        default: return noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        }
    }

    /// Auxiliaries and adverbs between a subject and its participle ("were also seriously injured").
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "been", "be", "being", "have", "has", "had", "reportedly", "also", "slightly",
        "lightly", "seriously", "critically", "badly", "severely", "all", "both", "later", "allegedly", "reported",
        "had", "got", "left", "mildly", "moderately",
    ]

    /// Display names of partner forces in casualty records ("SDF fighter", "Iraqi soldier").
    static let partnerNames = ["SDF", "Kurdish", "Iraqi", "Peshmerga"]

    /// Countries whose names can place an attack.
    static let countries: [String: String] = [
        "iraq": "Iraq", "syria": "Syria", "jordan": "Jordan",
        // French, Italian, German, Portuguese and Spanish renderings.
        "irak": "Iraq", "iraque": "Iraq", "syrie": "Syria", "siria": "Syria", "syrien": "Syria", "siria's": "Syria",
        "jordanie": "Jordan", "giordania": "Jordan", "jordanien": "Jordan", "jordania": "Jordan", "jordania's": "Jordan",
    ]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
}
