/// "On Saturday night, a rocket struck near the airport, and another fell close to the US embassy. Neither caused
/// injuries.": a zero told in a clause that names no site and no day of its own is told of the events the story has
/// just told. When those were earlier events recalled in passing (mentions), the zero is theirs, every one of them,
/// and says nothing of the story's own attack.
extension IncidentAssembler {
    /// The zero clauses (`candidates`: clauses naming no site, no written place and no day, whose US figures are all
    /// zeros) that follow sentences telling only earlier events, each with the indices in `mentionFrames` of the
    /// mentions it is told of. Sentences between that tell no event of their own (no site, no day: "One was shot
    /// down and the other fell inside the base") continue the event before them, up to two such sentences.
    func zerosOfToldMentions(candidates: [ArticleFrame], attackFrames: [ArticleFrame],
                             mentionFrames: [ArticleFrame]) -> [(zero: ArticleFrame, mentions: [Int])] {
        return candidates.compactMap { zero in
            guard isZeroOfOneEvent(zero) else { return nil }
            var sentence = zero.sentence - 1
            while sentence >= 0, sentence >= zero.sentence - 3 {
                let mentions = mentionFrames.indices.filter { mentionFrames[$0].sentence == sentence }
                let attacks = attackFrames.filter { $0.sentence == sentence && $0.namesPlaceOrDay }
                if !attacks.isEmpty { return nil }
                if mentions.contains(where: { mentionFrames[$0].namesPlaceOrDay }) { return (zero, mentions) }
                sentence -= 1
            }
            return nil
        }
    }

    /// A clause that tells a zero of US casualties and nothing else of its own: no site, no day, no count above
    /// zero, and not a zero of attacks in general or over a span of time (`tellsZeroOfNoAttack`).
    private func isZeroOfOneEvent(_ frame: ArticleFrame) -> Bool {
        let us = frame.casualties.filter { $0.party == .us }
        return !frame.namesPlaceOrDay && !us.isEmpty
            && us.allSatisfy { $0.figure.count == 0 && $0.figure.qualifier == nil }
            && !tellsZeroOfNoAttack(frame) && !tellsTallyOfAttacks(frame)
    }

    /// "Iran fired ballistic missiles at Ain al-Asad air base in January 2020. No one was killed, but more than
    /// 100 US service members were later diagnosed with traumatic brain injuries.": a toll told in a clause naming no
    /// site and no day, right after a sentence that told one earlier event at one site, is that event's, when it names
    /// the people as American ("About a dozen others were wounded" may be anyone's). Returns each
    /// such clause with the index of its mention in `mentionFrames`; a mention with US figures of its own keeps them.
    func tollsOfToldMention(candidates: [ArticleFrame], attackFrames: [ArticleFrame],
                            mentionFrames: [ArticleFrame]) -> [(toll: ArticleFrame, mention: Int)] {
        candidates.compactMap { toll in
            let us = toll.casualties.filter { $0.party == .us }
            // "... but the Pentagon acknowledged last week that 11 service members had been injured": the day it was
            // told is no day of an event of its own.
            guard !toll.namesPlaceOrEventDay,
                  us.contains(where: { ($0.figure.count ?? 1) > 0 && namesAmericans($0) }), !tellsZeroOfNoAttack(toll), !tellsTallyOfAttacks(toll),
                  // "As of today, 25 U.S. service members have been diagnosed": a figure up to now is the story's.
                  !tellsPerfect(toll.tokens),
                  let told = zerosOfToldMentions(candidates: [toll.withUSZerosOnly.withoutTellingDays], attackFrames: attackFrames,
                                                 mentionFrames: mentionFrames).first?.mentions,
                  told.count == 1, Set(mentionFrames[told[0]].places.map(\.base.name)).count <= 1,
                  !mentionFrames[told[0]].casualties.contains(where: { $0.party == .us }),
                  // A new paragraph returns to the story: its toll is the story's.
                  !(min(mentionFrames[told[0]].tokens.upperBound, toll.tokens.lowerBound)...toll.tokens.lowerBound).contains(where: { text.tokens[$0].newlineBefore })
            else { return nil }
            return (toll, told[0])
        }
    }
}

extension IncidentAssembler {
    /// Removes the US figures of `clause` (all its figures with `othersToo`) from the asides, attack and mention
    /// clauses that list it: they were given to the earlier events it follows.
    func strippingUSFigures(of clause: ArticleFrame, from asides: inout [ArticleFrame], _ attackFrames: inout [ArticleFrame],
                            _ mentionFrames: inout [ArticleFrame], othersToo: Bool = false) {
        func strip(_ list: inout [ArticleFrame]) {
            for i in list.indices where list[i].tokens == clause.tokens {
                list[i].casualties.removeAll { othersToo || $0.party == .us }
            }
        }
        strip(&asides)
        strip(&attackFrames)
        strip(&mentionFrames)
    }
}

extension IncidentAssembler {
    /// "110 US troops", "more than 100 American service members": the figure's own words name Americans (not the
    /// coalition, and not a party only assumed: "About a dozen others were wounded"). Service members counted with no
    /// nationality ("110 service members were diagnosed", "11 soldiers had been injured") are the US's, the party
    /// the whole article is about, when the figure's party is the US.
    fileprivate func namesAmericans(_ figure: CasualtyMention) -> Bool {
        let tokens = text.tokens
        let serviceMembers = Lexicon.militaryNouns.contains(figure.head)
            || (figure.head == "members" && (figure.anchor..<max(figure.anchor, figure.endToken)).contains { k in
                k < tokens.count && ["service", "servicemembers"].contains(tokens[k].text)
            })
        return (figure.party == .us && serviceMembers) || (figure.anchor..<max(figure.anchor, figure.endToken)).contains { k in
            k < tokens.count && Lexicon.isUS(tokens[k]) && tokens[k].text != "coalition"
        }
    }
}

extension IncidentAssembler {
    /// Story clauses whose US zero is told before the clause names any site ("There were no casualties among
    /// coalition forces," the source added, noting that the drone that hit Tall Baydar caused damage), after a
    /// sentence naming several sites: each with the zero alone, and the sentences whose sites it holds for (the last
    /// sentence before it that names sites, up to two back).
    func zerosOfSitesToldBefore(_ attackFrames: [ArticleFrame]) -> [(frame: ArticleFrame, sentences: Set<Int>)] {
        attackFrames.compactMap { f in
            let zeros = f.casualties.filter { $0.party == .us && $0.figure.count == 0 && $0.figure.qualifier == nil }
            guard !zeros.isEmpty, !f.places.isEmpty, f.dates.isEmpty,
                  zeros.allSatisfy({ z in f.places.allSatisfy { z.span.end <= $0.span.start } }) else { return nil }
            for back in [f.sentence - 1, f.sentence - 2] where back >= 0 {
                let told = attackFrames.filter { $0.sentence == back && !$0.places.isEmpty }
                guard !told.isEmpty else { continue }
                guard Set(told.flatMap { $0.places.map(\.base.name) }).count > 1 else { return nil }
                var zero = f
                zero.casualties = zeros
                return (zero, [back])
            }
            return nil
        }
    }
}

extension ArticleFrame {
    /// The clause with its US figures read as zeros, to ask where a zero told there would go.
    fileprivate var withUSZerosOnly: ArticleFrame {
        var f = self
        f.casualties = casualties.filter { $0.party == .us }.map { c in
            var zero = c
            zero.figure = Figure(count: 0)
            return zero
        }
        return f
    }

    /// The clause without the days it only tells as when someone spoke.
    fileprivate var withoutTellingDays: ArticleFrame {
        var f = self
        f.dates.removeAll(where: \.isTelling)
        return f
    }
}
