/// Several US strikes told one after another: "An AC-130 struck the launch vehicle ... Then early Wednesday,
/// U.S. F-15E jets struck two facilities", "The attacks come one day after U.S. forces conducted airstrikes on
/// August 23".
extension IncidentAssembler {
    /// Words opening a strike clause that tell another strike, before or after the one told so far.
    static let strikeSequenceWords: Set<String> = [
        "then", "later", "separately", "subsequently", "meanwhile", "after", "following", "afterwards",
    ]

    /// True when a strike clause opens with a word of sequence ("Then late Wednesday", "... after U.S. forces
    /// conducted"): with its own day, it is not the undated strike told before it.
    func opensAnotherStrike(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let opening = frame.tokens.prefix(3).filter { !tokens[$0].isPunct }.prefix(2)
        return opening.contains { IncidentAssembler.strikeSequenceWords.contains(tokens[$0].text) }
    }
}

/// What an article tells only as the background of its own attack.
extension IncidentAssembler {
    /// "The attack came less than a week after U.S. air strikes on militia positions": a strike told only as
    /// what came before the attack, without a day of its own, is no incident (its day is not the attack's).
    func isRecalledUndatedStrike(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        guard frame.role == .strike, frame.dates.isEmpty,
              // Where the strike is told: its actor ("U.S. forces struck"), or the air strikes themselves ("... came
              // under rocket fire a day after airstrikes on militias").
              let actor = ResponseFinder.marker(in: frame.tokens, tokens: tokens, afterStrike: false)?.lowerBound
                ?? frame.tokens.first(where: { Lexicon.isUS(tokens[$0]) || tokens[$0].text == "washington" })
        else { return false }
        let sentenceStart = sentences[frame.sentence].lowerBound
        // "after" before the strike's actor: the strike is what the attack came after, not what answered it.
        guard let after = (sentenceStart..<actor).last(where: { ["after", "following"].contains(tokens[$0].text) })
        else { return false }
        // "Hours after the attack, U.S. forces struck": the attack named after "after" is what the strike answered.
        guard !(after + 1..<actor).contains(where: { Lexicon.attackWords.contains(tokens[$0].text) }) else { return false }
        let told = max(sentenceStart, after - 5)..<after
        return told.contains { ["came", "comes", "come", "hours", "day", "days", "week", "weeks", "months", "since"].contains(tokens[$0].text) }
    }

    /// True for a clause that counts a run of attacks ("have been hit dozens of times since mid-October",
    /// "targeted repeatedly").
    func tellsRunOfAttacks(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        return frame.tokens.contains { k in
            ["times", "repeatedly"].contains(tokens[k].text)
                && (tokens[k].text == "repeatedly" || k == frame.tokens.lowerBound
                    || NumberReader.vagueWords[tokens[k - 1].text] != nil
                    || NumberReader.number(at: k - 1, in: tokens, limit: k) != nil
                    // "dozens of times", "scores of times"
                    || (tokens[k - 1].text == "of" && k - 2 >= frame.tokens.lowerBound
                        && (Lexicon.pluralVagueCounts.contains(tokens[k - 2].text) || tokens[k - 2].text == "tens")))
        }
    }

    /// "Coalition bases, including at al-Omar, Shaddadi and Kharab al-Jir, have been hit dozens of times since
    /// mid-October": a run of attacks on several sites names no attack of its own.
    func isRunOfAttacksOnSeveralSites(_ frame: ArticleFrame) -> Bool {
        Set(frame.places.map(\.base.name)).count > 1 && tellsRunOfAttacks(frame)
    }
}

/// One US strike per country: "The U.S. military struck more than 85 targets in Iraq and Syria on Friday".
extension IncidentAssembler {
    /// The same strike in each further country its clauses name joined by "and" to the strike's own
    /// ("in Iraq and Syria"), when no base places it.
    func strikesInOtherCountries(_ strike: ExtractedIncident, group: [ArticleFrame]) -> [ExtractedIncident] {
        // Not a strike placed at a known site; a place written for one country's targets is not the other's.
        guard let own = strike.country, strike.latitude == nil else { return [] }
        var result: [ExtractedIncident] = []
        for frame in group {
            let named = frame.countries.filter { !$0.isOrigin }
            for (a, b) in zip(named, named.dropFirst()) {
                guard let ka = text.tokenIndex(startingAt: a.span), let kb = text.tokenIndex(startingAt: b.span), ka < kb,
                      joinsTargetCountries(ka, kb), !inGroupsAttacks(ka, frame: frame) else { continue }
                for country in [a, b] where country.name != own && !result.contains(where: { $0.country == country.name }) {
                    var copy = strike
                    copy.country = country.name
                    copy.location = nil
                    copy.facts = strike.facts.filter { $0.field != "country" && $0.field != "location" }
                        + [Fact(field: "country", value: country.name, span: country.span)]
                    result.append(copy)
                }
            }
        }
        return result
    }

    /// "used by ... militia groups who carried out attacks against U.S. and Coalition personnel in Iraq and Syria": the
    /// countries of the groups' attacks, told as the strike's reason, are not places struck.
    private func inGroupsAttacks(_ k: Int, frame: ArticleFrame) -> Bool {
        (frame.tokens.lowerBound..<k).contains { a in
            text.tokens[a].text == "attacks" && describesGroupsAttacks(at: a, in: frame.tokens)
        }
    }

    /// True when the tokens between two country names join them as places struck: "Iraq and Syria", "in Iraq and in
    /// Syria", "two locations in Syria and one location in Iraq", "on both sides of the Iraq-Syria border". Not "a
    /// militia from Iraq that struck in Syria".
    private func joinsTargetCountries(_ a: Int, _ b: Int) -> Bool {
        let tokens = text.tokens
        let between = (a + 1..<b).map { tokens[$0].text }
        if between == ["-"] {
            // "both sides of the Iraq-Syria border"
            return b + 1 < tokens.count && tokens[b + 1].text == "border"
                && (max(0, a - 5)..<a).contains { tokens[$0].text == "both" }
        }
        let joining: Set<String> = ["in", "one", "two", "three", "four", "five", "location", "locations", "site", "sites",
                                    "target", "targets", "facility", "facilities"]
        return between.first == "and" && between.count <= 4 && between.dropFirst().allSatisfy { joining.contains($0) }
    }
}

extension IncidentAssembler {
    /// "It has been targeted several times, including in October last year": the run names one of its attacks.
    func namesOneOfTheRun(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        return frame.dates.contains { d in
            (max(frame.tokens.lowerBound, d.tokens.lowerBound - 3)..<d.tokens.lowerBound).contains { tokens[$0].text == "including" }
                // "has been repeatedly targeted since January 2020, when Iran fired ballistic missiles at the base":
                // the date that opens a "when" clause naming a weapon tells one attack of the run ("since
                // mid-October, when armed groups began attacking US interests" tells none).
                || (FrameBuilder.opensWhenClause(d, tokens: tokens)
                    && !WeaponFinder.find(in: d.tokens.upperBound..<frame.tokens.upperBound, tokens: tokens).weapons.isEmpty)
                // "have been targeted repeatedly over the past weeks, with the base in al-Omar oil field coming under
                // rocket fire last week": a "with ... -ing" clause told with its own date and weapon is one of the run.
                || namesOneInWithClause(d, frame: frame)
                // "Harir was targeted repeatedly, culminating in a drone attack in December 2023": the run's peak, told
                // with its own date, is one attack of it (round 14).
                || (frame.tokens.lowerBound..<d.tokens.lowerBound).contains { ["culminating", "culminated", "peaking", "peaked"].contains(tokens[$0].text) }
        }
    }

    private func namesOneInWithClause(_ d: DateMention, frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        guard let with = (frame.tokens.lowerBound..<d.tokens.lowerBound).last(where: { tokens[$0].text == "with" }),
              with > frame.tokens.lowerBound, tokens[with - 1].text == ",",
              (with + 1..<d.tokens.lowerBound).contains(where: { tokens[$0].text.hasSuffix("ing") && tokens[$0].text.count > 4 })
        else { return false }
        return !WeaponFinder.find(in: with..<d.tokens.lowerBound, tokens: tokens).weapons.isEmpty
    }
}

extension IncidentAssembler {
    /// "waves of US retaliatory strikes in Iraq and Syria in February": a run of strikes dated by its month.
    func isDatedRunOfStrikes(_ frame: ArticleFrame) -> Bool {
        let tokens = text.tokens
        let generic: Set<String> = ["waves", "series", "rounds", "wave", "round"]
        return frame.dates.first?.precision == .month && frame.tokens.contains { generic.contains(tokens[$0].text) }
            && !frame.countries.isEmpty
    }
}

extension IncidentAssembler {
    /// "Since Oct. 17, US forces have suffered more than sixty attacks with rockets and drones": a count of
    /// attacks over a period that names no site is no attack of its own, and its weapons are not the story's.
    /// Only a sentence that tells nothing else: in "had halted attacks since February, after Washington carried
    /// out strikes in response to a drone attack", the count stands with the events it is told with.
    func countsAttacksSince(_ frame: ArticleFrame, in frames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        guard !frames.contains(where: { $0.sentence == frame.sentence && $0.tokens != frame.tokens }) else { return false }
        // "The Islamic Resistance in Iraq, which has launched dozens of attacks since mid-October, claimed
        // responsibility": the clause still holds the claim.
        guard frame.places.isEmpty, frame.dates.isEmpty, frame.claim == nil, frame.casualties.isEmpty,
              frame.tokens.contains(where: { ["attacks", "ataques", "attaques", "attacchi", "angriffe"].contains(tokens[$0].text) })
        else { return false }
        return DateFinder.find(in: frame.tokens, tokens: tokens, published: published).contains(where: \.isSince)
    }
}

extension IncidentAssembler {
    /// "... whether last week's retaliatory strikes did enough ... Officials have said the strikes were meant to
    /// signal ...": an undated clause that points back at "the strikes", when the only strikes told before it were
    /// recalled ones, recalls them too. So does "Austin said the strike was a precision self-defense strike" after
    /// "The attacks came a day after U.S. F-15 jets struck a storage facility": the reaction to a strike the story
    /// dates only from its attack is background as the strike is.
    func pointsBackAtRecalledStrikes(_ frame: ArticleFrame, frames: [ArticleFrame]) -> Bool {
        let tokens = text.tokens
        guard frame.role == .strike, frame.dates.isEmpty, frame.places.isEmpty,
              frame.tokens.contains(where: { k in
                  ["the", "these", "those", "that", "this"].contains(tokens[k].text) && k + 1 < frame.tokens.upperBound
                      && ["strikes", "airstrikes", "raids", "strike", "airstrike", "raid"].contains(tokens[k + 1].text)
              }) else { return false }
        let before = frames.filter { $0.role == .strike && $0.sentence < frame.sentence }
        return !before.isEmpty && before.allSatisfy { $0.isBackground || isRecalledUndatedStrike($0) }
    }
}

/// "two facilities near the Syrian border town of Albukamal and one at al-Qaim on the Iraqi side of the border": a
/// strike whose targets are towns of two countries is a strike in each, at its own town.
extension IncidentAssembler {
    /// The strike once per country of the towns it names as struck, each placed at its first town there; the strike
    /// alone when its towns are of one country.
    func strikesByTownCountry(_ strike: ExtractedIncident, group: [ArticleFrame]) -> [ExtractedIncident] {
        let tokens = text.tokens
        var towns: [AreaMatch] = []
        for f in group {
            for a in f.areas where !a.area.isRegion && !isProvince(a.tokens) && !a.area.country.isEmpty
                && !towns.contains(where: { $0.area.country == a.area.country }) {
                // "in response to attacks on Erbil", "rockets fired from Zummar": a town of the attack, not the strike's.
                let before = max(f.tokens.lowerBound, a.tokens.lowerBound - 4)..<a.tokens.lowerBound
                guard !before.contains(where: { k in
                    Lexicon.attackWords.contains(tokens[k].text) || FrameBuilder.eventNouns.contains(tokens[k].text)
                        || ["from", "aus", "depuis", "desde", "da"].contains(tokens[k].text)
                }) else { continue }
                towns.append(a)
            }
        }
        guard towns.count >= 2 else { return [strike] }
        return towns.map { town in
            var copy = strike
            copy.location = nil
            copy.latitude = nil
            copy.longitude = nil
            copy.facts = strike.facts.filter { $0.field != "country" && $0.field != "location" }
            var facts = copy.facts
            recordAsWritten(town.span, to: &copy, facts: &facts)
            copy.country = town.area.country
            facts.append(Fact(field: "country", value: town.area.country, span: town.span))
            copy.facts = facts
            return copy
        }
    }
}

extension IncidentAssembler {
    /// Adds strikes to `incidents`, one per day, country and town: a strike of a day and country already there only
    /// gives it its town when it has none ("struck targets in Iraq and Syria overnight ... two facilities near
    /// Albukamal and one at al-Qaim": the same two strikes, told twice). Strikes at two towns of one country on one
    /// day ("Minutes later, the jets struck a safe house near Mayadin") stay two.
    static func addingStrikes(_ strikes: [ExtractedIncident], to incidents: inout [ExtractedIncident]) {
        for strike in strikes {
            guard let i = incidents.firstIndex(where: {
                $0.kind == .usStrike && $0.country == strike.country && $0.date.day != nil && $0.date.day == strike.date.day
                    && ($0.location == nil || strike.location == nil || $0.location == strike.location)
            }) else {
                incidents.append(strike)
                continue
            }
            if incidents[i].location == nil, strike.location != nil {
                incidents[i].location = strike.location
                incidents[i].facts += strike.facts.filter { $0.field == "location" }
                incidents[i].confidence["location"] = strike.confidence["location"]
            }
        }
    }
}
