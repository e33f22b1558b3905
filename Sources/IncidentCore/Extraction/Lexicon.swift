/// The word lists the finders share: attack vocabulary, references to US forces, casualty words.
enum Lexicon {
    /// Words that make a clause talk about an attack.
    /// Verbs of a count that grew: "rose to 25", "has risen to 50", "climbed to seven".
    static let risingVerbs: Set<String> = [
        "rose", "rises", "risen", "rise", "rising", "climbed", "climbs", "climb", "jumped", "jumps", "increased",
        "reached", "reaches", "mounted", "grew", "grown",
        // "a figure it raised to 34 later Sunday", "revised up to 34" (round 16, ar15).
        "raised", "raises", "revised", "updated",
    ]
    static let attackWords: Set<String> = [
        "attack", "attacks", "attacked", "attacking", "hit", "hits", "struck", "strike", "strikes",
        "targeted", "targeting", "targets", "fired", "firing", "launched", "shelled", "shelling", "barrage",
        "injured", "wounded", "killed", "injuries", "casualties", "hurt", "assault", "bombed", "bombing",
        "dead", "fatalities", "injuring", "wounding", "killing", "injury", "victims", "harmed", "death", "deaths", "died",
        "unhurt", "unharmed", "uninjured", "unscathed",
        // "There were no human losses": a toll told alone.
        "losses",
        // "Several troops are being checked for possible concussions": a toll told with an injury of its own name.
        "concussions", "concussion",
        // What rockets and drones do on arrival: "A rocket landed near the base".
        "landed", "fell", "exploded", "impacted", "intercepted", "downed",
        // What a bomb does: "Explosive charges were detonated at the base".
        "detonated",
    ]

    /// Words that make a clause talk about a base.
    static let baseWords: Set<String> = [
        "base", "bases", "airbase", "airbases", "garrison", "outpost", "embassy", "airfield", "airport", "compound",
    ]

    /// Units of a span of time up to the telling, read after one of `recentPeriodOpeners`: "over the past two
    /// days", "in the previous 24 hours", "nos ultimos dias", "ces derniers jours". Plural, and no months: with the
    /// singular units and "months" of `periodUnits`, more zeros told without a site count as of no attack in
    /// particular, and results change.
    static let spanUnits: Set<String> = [
        "hours", "days", "weeks", "horas", "dias", "heures", "jours", "stunden", "tagen", "ore", "giorni",
    ]

    /// Units of the time between two events, read before "after": "days after a drone targeted US-led forces",
    /// "a day after", "two months after".
    static let periodUnits: Set<String> = spanUnits.union(["months", "day", "week", "month"])

    /// Units of a period recent enough for a roundup to tell each of its attacks as news ("over the past week",
    /// "this weekend"): no "weeks" or "months", and "weekend", "fortnight".
    static let recentPeriodUnits: Set<String> = ["week", "days", "hours", "weekend", "fortnight"]

    /// Words that open a span of time up to the telling: "over the past two days", "in the previous 24 hours",
    /// "this week", "nos ultimos dias", "ces derniers jours".
    static let recentPeriodOpeners: Set<String> = [
        "past", "previous", "last", "recent", "this", "ultimos", "ultimas", "derniers", "dernieres", "letzten",
        "ultimi", "ultime",
    ]

    /// English ordinals from "second" on, with their values: "a sixth US service member", "the third attack in 24 hours".
    static let ordinals: [String: Int] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12,
    ]

    /// Vague counts of many, written in the plural before "of": "dozens of attacks", "scores of times",
    /// "hundreds of strikes".
    static let pluralVagueCounts: Set<String> = ["dozens", "scores", "hundreds"]

    /// Verbs of saying: "a U.S. official said", "the Pentagon confirmed", "told reporters", "the group said in a
    /// statement".
    static let sayingVerbs: Set<String> = ["said", "says", "told", "announced", "reported", "confirmed", "stated"]

    /// Verbs of telling, naming and updating: a date next to one is when something was told ("on Monday
    /// identified", "said Tuesday", "on Friday told reporters that ... on Wednesday"), not when it happened.
    static let reportingVerbs: Set<String> = sayingVerbs.union([
        "named", "identified", "raised", "released", "added", "disclosed", "revealed", "updated", "revised",
        "acknowledged", "published", "issued",
    ])

    /// Nouns by which a clause points to a site as "the ...": one named before it ("the garrison", "at the same
    /// airport") or in the same sentence ("The outpost, known as Tower 22, houses ...", "Officials identified the
    /// base as Ain al-Asad").
    static let siteReferenceNouns: Set<String> = [
        "base", "airbase", "garrison", "outpost", "facility", "site", "camp", "compound", "field", "airport",
    ]

    /// Nouns for what a group posts, counted or described: "in two short posts", "in a Telegram statement",
    /// "in a statement posted on its Telegram channel early on Friday".
    static let postedStatementNouns: Set<String> = [
        "statement", "statements", "post", "posts", "message", "messages", "video", "videos", "communique", "communiques",
    ]

    /// Nouns that make a text a statement of its own: a title or heading ("Statement of the Islamic Resistance in
    /// Iraq", "statements of 14 and 15 December"). Narrower than `postedStatementNouns` by design, not because a
    /// test set tells them apart: a video or post that a news story names next to a quoted "we" must not make the
    /// story a group's statement, whose every operation the group claims.
    static let statementDocumentNouns: Set<String> = ["statement", "statements", "communique", "communiques"]

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
        "norwegian", "polish", "portuguese", "peshmerga", "sdf",
    ]

    /// Nations of the US-led coalition whose troops an attack may hit ("Italian special forces", "British troops"):
    /// an attack on coalition forces, as on US ones (the guide). Partner forces (Iraqi, Kurdish, SDF) are not here.
    static let coalitionNationalities: Set<String> = [
        "french", "british", "italian", "german", "spanish", "australian", "canadian", "danish", "dutch", "norwegian",
        "polish", "portuguese", "hungarian", "czech", "finnish", "swedish", "belgian", "romanian", "slovak", "estonian",
    ]

    /// Nouns for troops after a nationality: "Italian soldiers", "a patrol of French special forces".
    static let troopNouns: Set<String> = [
        "soldier", "soldiers", "troops", "forces", "military", "servicemen", "servicemembers", "personnel", "patrol",
        "special", "paratroopers", "contingent", "instructors", "trainers", "advisers", "advisors",
    ]

    /// True when a clause names coalition troops of a nation other than the US ("five Italian soldiers").
    static func namesCoalitionTroops(in range: Range<Int>, tokens: [Token]) -> Bool {
        range.contains { k in
            coalitionNationalities.contains(tokens[k].stem)
                && (k + 1..<min(range.upperBound, k + 3)).contains { troopNouns.contains(tokens[$0].text) }
        }
    }

    /// Countries whose possessive tells whose people were hit ("members of Iraq's elite Counter-Terrorism
    /// Service"), with the word for their people.
    static let peopleOfCountry: [String: String] = [
        "iraq": "Iraqi", "syria": "Syrian", "jordan": "Jordanian", "iran": "Iranian", "turkey": "Turkish",
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
        "reservist", "reservists", "guardsman", "guardsmen", "paratrooper", "paratroopers", "seaman", "seamen",
        "corpsman", "corpsmen",
        // People named by their nationality alone: "wounding four Iraqis".
        "iraqis", "syrians", "jordanians", "iranians",
        // People named as civilians by who they are: "killing five women and children".
        "woman", "women", "child", "children", "resident", "residents", "villager", "villagers", "passerby",
        "passersby", "farmer", "farmers", "shepherd", "shepherds", "student", "students",
        // Truck drivers of a supply convoy: "wounding two Iraqi drivers".
        "driver", "drivers",
    ]

    /// Person nouns for service members: in an aside about an attack on US forces, theirs unless named otherwise.
    static let militaryNouns: Set<String> = [
        "soldier", "soldiers", "troop", "troops", "servicemember", "servicemembers", "serviceman", "servicemen",
        "personnel", "marine", "marines", "sailor", "sailors", "airman", "airmen",
        "reservist", "reservists", "guardsman", "guardsmen", "paratrooper", "paratroopers", "seaman", "seamen",
        "corpsman", "corpsmen",
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
        case "guardsmen": return "guardsman"
        case "seamen": return "seaman"
        case "corpsmen": return "corpsman"
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
    static let partnerNames = ["SDF", "Kurdish", "Iraqi", "Peshmerga", "partner forces", "Syrian Free Army"]

    /// True when `who` (an other party's display name, "Iraqi soldier") names partner forces: not "two Iraqi drivers" of
    /// a coalition convoy, who are civilians.
    static func isPartnerForce(_ who: String) -> Bool {
        partnerNames.contains { who.hasPrefix($0) } && !who.hasSuffix("driver") && !who.hasSuffix("civilian")
    }

    /// True when `who` (an other party's display name) names coalition troops that are not American: "coalition
    /// personnel", or a coalition nation's ("British soldier").
    static func isCoalitionForce(_ who: String) -> Bool {
        who == "coalition personnel" || coalitionNationalities.contains(who.split(separator: " ").first?.lowercased() ?? "")
    }

    /// True when `token` is a country's name as written ("Jordan", "Syrien"), not a lower-case word that spells one.
    static func isCountryName(_ token: Token) -> Bool {
        countries[token.stem] != nil && token.isCapitalized
    }

    /// Countries whose names can place an attack.
    static let countries: [String: String] = [
        "iraq": "Iraq", "syria": "Syria", "jordan": "Jordan",
        // French, Italian, German, Portuguese and Spanish renderings.
        "irak": "Iraq", "iraque": "Iraq", "syrie": "Syria", "siria": "Syria", "syrien": "Syria", "syriens": "Syria", "iraks": "Iraq", "siria's": "Syria",
        "jordanie": "Jordan", "giordania": "Jordan", "jordanien": "Jordan", "jordania": "Jordan", "jordania's": "Jordan",
    ]

    /// A country's adjective that places a base described by it ("an Iraqi military base" is in Iraq).
    static let countryOfBaseAdjective: [String: String] = ["iraqi": "Iraq", "syrian": "Syria", "jordanian": "Jordan"]

    /// Words between a country's adjective and its base noun that say what kind of base it is ("Iraqi military base").
    static let baseKindWords: Set<String> = ["military", "air", "army", "police", "federal", "security"]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        // Untranslated French, Italian, German and Spanish copy ("a visé dimanche", "am Sonntag").
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "lunedi": 1, "martedi": 2, "mercoledi": 3, "giovedi": 4, "venerdi": 5, "sabato": 6, "domenica": 7,
        "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonntag": 7,
        "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6, "domingo": 7,
    ]
}
