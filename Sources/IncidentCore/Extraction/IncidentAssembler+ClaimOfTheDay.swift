/// A claim told in background, dated to the day of an attack the story tells.
extension IncidentAssembler {
    /// "Iran's Islamic Revolutionary Guard Corps claimed the barrage, which came in the early hours of Jan. 8" in a
    /// follow-up story about the Jan. 8 attack: a claim read as background (its day is before the story's) whose
    /// own day is the day of an attack the story tells is that attack's claim.
    /// "The Islamic Resistance in Iraq claimed the Thursday and Saturday attacks" in a roundup: a claim that names
    /// the attacks it claims by their days is the claim of each attack told on those days, and of no other.
    func claimsDatedToAttacks(_ frames: [ArticleFrame]) -> [ArticleFrame] {
        frames.filter { f in
            (f.role == .orphan || (f.role == .attack && f.weapons.isEmpty && !daysNamedByClaim(f).isEmpty)) && f.places.isEmpty
                && f.dates.first?.precision == .day
                && (f.isBackground || !daysNamedByClaim(f).isEmpty)
                && f.claim.map { !$0.isGeneral && !$0.isNegated } == true
                && f.claimGroup.map { GroupMatcher.isActor($0.group) } == true
        }
    }

    /// The days written inside the claimed object ("claimed the Thursday and Saturday attacks", "claimed Sunday's
    /// attack"), not the day the claim was made ("claimed on Friday").
    /// A passive claim's subject names them too: "Gli attacchi di ieri sono stati rivendicati dalla Resistenza".
    func daysNamedByClaim(_ f: ArticleFrame) -> [CalendarDay] {
        guard let claim = f.claim else { return [] }
        let subject = min(f.tokens.lowerBound, claim.tokens.lowerBound)..<claim.tokens.lowerBound
        let tokens = text.tokens
        return f.dates.filter { d in
            let k = d.tokens.lowerBound
            // The day is part of the object when it qualifies the attack noun that follows it, and no "that" opens a
            // statement before it ("said on Thursday that its fighters had attacked").
            // "claimed most of the attacks, including those on Oct. 18": "on" after the attacks named is their day.
            let daysTheAttacks = k >= 2 && tokens[k - 1].text == "on"
                && (FrameBuilder.eventNouns.contains(tokens[k - 2].text) || tokens[k - 2].text == "those")
                && (claim.tokens.upperBound..<k).allSatisfy { [",", "including", "those", "on", "the", "especially"].contains(tokens[$0].text) }
            // "claimed responsibility for the Christmas Day attack", "took responsibility for Sunday's attack": the
            // object after "for" (ag04).
            let daysAfterFor = k > claim.tokens.upperBound && claim.tokens.upperBound < tokens.count
                && tokens[claim.tokens.upperBound].text == "for"
                && (claim.tokens.upperBound + 1..<k).allSatisfy { ["the", "last", "this"].contains(tokens[$0].text) }
                && (d.tokens.upperBound..<min(tokens.count, d.tokens.upperBound + 3)).contains { FrameBuilder.eventNouns.contains(tokens[$0].text) }
            if daysAfterFor { return d.precision == .day }
            let inObject = (claim.tokens.contains(k) || daysTheAttacks) && k > claim.tokens.lowerBound
                && (daysTheAttacks || (!IncidentAssembler.dayOfClaimWords.contains(tokens[k - 1].text)
                    && (k..<claim.tokens.upperBound).contains { FrameBuilder.eventNouns.contains(tokens[$0].text) }))
                && !(claim.tokens.lowerBound..<k).contains { tokens[$0].text == "that" }
            return d.precision == .day && (inObject || (claim.passive && subject.contains(k)))
        }.compactMap(\.day)
    }

    /// Words before a day that make it the day of the claim, not of the attack: "claimed on Friday", "reivindicó este
    /// viernes".
    private static let dayOfClaimWords: Set<String> = ["on", "this", "este", "esta", "ce", "questo", "diesen"]

    /// Whether a claim that names its attacks' days leaves out the incident on `day` ("claimed the Thursday and
    /// Saturday attacks" is not the claim of Sunday's).
    func claimNamesOtherDays(_ f: ArticleFrame, than day: CalendarDay?) -> Bool {
        let named = daysNamedByClaim(f)
        return !named.isEmpty && !(day.map(named.contains) ?? false)
    }

    /// The claimant of a claim that names `day` among the days of the attacks it claims, for a recalled attack.
    func claimNamingDay(_ day: CalendarDay?) -> (name: String, span: TextSpan)? {
        guard let day else { return nil }
        return claimant(of: datedClaims.first { daysNamedByClaim($0).contains(day) })
    }

    /// The claimant of the dated claim made on `day`, with the claim's span.
    func claimOfTheDay(_ day: CalendarDay?) -> (name: String, span: TextSpan)? {
        guard let day else { return nil }
        return claimant(of: datedClaims.first { f in
            let named = daysNamedByClaim(f)
            return named.isEmpty ? f.dates.first?.day == day : named.contains(day)
        })
    }

    /// The group a dated claim names, with the claim's span.
    private func claimant(of frame: ArticleFrame?) -> (name: String, span: TextSpan)? {
        guard let claim = frame?.claim, let group = frame?.claimGroup else { return nil }
        return (group.group.name, claim.span)
    }

    /// A clause read as an attack only because it names the attack it claims ("claimed responsibility for that
    /// attack"): no site, no day, no toll of its own, and no weapon unless the claimed attack is one already told
    /// ("claimed the attack ..., saying it had struck the base with a drone").
    func isClaimOfToldAttack(_ f: ArticleFrame) -> Bool {
        guard f.role == .attack, let claim = f.claim, !claim.isGeneral, !claim.isNegated,
              f.places.isEmpty || namesSitesOnlyInClaim(f),
              f.writtenPlace == nil, f.dates.isEmpty, f.casualties.isEmpty else { return false }
        return f.weapons.isEmpty || claimsAttackAlreadyTold(claim)
    }

    /// "claimed the attack", "claimed responsibility for that attack": the object is an attack the reader knows.
    /// With `operation`, "claimed that operation as well" too: the militias' word for an attack.
    private func claimsAttackAlreadyTold(_ claim: ClaimMention, orOperation operation: Bool = false) -> Bool {
        let tokens = text.tokens
        let nouns = operation ? FrameBuilder.eventNouns.union(["operation"]) : FrameBuilder.eventNouns
        let end = min(tokens.count, claim.tokens.upperBound + 3)
        return (claim.tokens.lowerBound..<max(claim.tokens.lowerBound, end - 1)).contains { k in
            ["the", "that", "this"].contains(tokens[k].text) && nouns.contains(tokens[k + 1].text)
        }
    }

    /// "claimed the Ain al-Asad attack": the sites the clause names are all inside its claim's object, naming the
    /// attack claimed, not an attack of the clause's own.
    func namesSitesOnlyInClaim(_ f: ArticleFrame) -> Bool {
        guard let claim = f.claim, !f.places.isEmpty else { return false }
        return f.places.allSatisfy { $0.span.start >= claim.span.start && $0.span.end <= claim.span.end }
    }

    /// "... ballistic missiles fired at Ain al-Asad air base on Jan. 20 ... The Islamic Resistance claimed the Ain
    /// al-Asad attack.": a claim naming a site only as the attack it claims, told after an attack at that site, is
    /// that attack's claim and no recalled event of its own.
    /// With `recalledOnly`, the attacks told before at its sites are all recalled ones: the clause opens no attack of
    /// the story's either.
    func claimsAttackToldBefore(_ f: ArticleFrame, frames: [ArticleFrame], recalledOnly: Bool = false) -> Bool {
        guard namesSitesOnlyInClaim(f), isClaimOfToldAttack(f) else { return false }
        return f.places.allSatisfy { p in
            let told = frames.filter { $0.sentence < f.sentence && $0.role == .attack && $0.places.contains { $0.base.name == p.base.name } }
            return !told.isEmpty && (!recalledOnly || told.allSatisfy(\.isBackground))
        }
    }

    /// "— A rocket and a drone attack on the U.S. base at Shaddadi. No U.S. personnel were hurt. The Islamic
    /// Resistance in Iraq claimed that attack as well.": a claim aside pointing back at "that attack" claims the attack
    /// told just before it, not the story's first. The index of that attack's draft among `drafts` (each given by its
    /// frames), when it is told within the two sentences before the aside; nil otherwise.
    func draftPointedAtByClaim(_ aside: ArticleFrame, drafts: [[ArticleFrame]]) -> Int? {
        guard let claim = aside.claim, !claim.isGeneral, !claim.isNegated, aside.places.isEmpty, aside.dates.isEmpty,
              let group = aside.claimGroup, GroupMatcher.isActor(group.group),
              claimsAttackAlreadyTold(claim, orOperation: true) else { return nil }
        var best: (index: Int, sentence: Int)?
        for (i, frames) in drafts.enumerated() {
            for f in frames where f.sentence < aside.sentence && f.sentence >= aside.sentence - 2 {
                if best.map({ f.sentence > $0.sentence }) ?? true { best = (i, f.sentence) }
            }
        }
        return best?.index
    }
}
