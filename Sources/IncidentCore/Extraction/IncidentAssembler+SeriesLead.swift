/// An analysis whose lead is about a recent series of attacks tells each attack of that series as its news, as a
/// roundup does (LABELLING.md, "An analysis, a hearing or a retrospective"): "In the space of five weeks,
/// facilities in Iraq that host American personnel have come under indirect fire at least eight times"; "In the
/// space of six days this month, four separate rocket and mortar attacks struck sites in Iraq"; "Since the
/// beginning of the summer, the American bases in Iraq and Syria have come under fire again". The headline need not
/// name attacks (round 12: "Iraq's Militias Have Found a New Weapon", "Ain al-Asad back in the crosshairs"); the lead
/// must count them and name a recent period, so an analysis of a policy that opens "Three weeks into a campaign"
/// counts no series and keeps its attacks as mentions.
extension IncidentAssembler {
    /// Days before the period a lead names that its series may still reach: "in the space of six days this
    /// month" counts six days of attacks, not the six days before publication.
    static let seriesSlack = 14

    /// The farthest back a series lead's period may start, in days before publication ("since the beginning of the
    /// summer", told on September 2, is 93); a period that starts earlier is a long campaign, not a recent run.
    static let seriesReachCap = 100

    /// The ordinals of the days a series lead covers: its period, from the lead sentence or the two after it,
    /// when that sentence also counts attacks; nil for other stories.
    func seriesLeadDays() -> ClosedRange<Int>? {
        guard let published, let lead = leadSentence(),
              !leadTellsNewsOfItsOwn(mentionFrames: []) else { return nil }
        for s in lead..<min(sentences.count, lead + 3) {
            let range = sentences[s]
            guard countsASeries(range), let start = seriesPeriodStart(in: range, published: published) else { continue }
            // "more than 170 attacks ... since October", told to senators in March: a campaign of months is no recent
            // run, and the attacks a hearing recalls from it stay mentions.
            guard published.ordinal - start <= IncidentAssembler.seriesReachCap else { return nil }
            return start...published.ordinal
        }
        return nil
    }

    /// True when a sentence counts attacks: "four separate rocket and mortar attacks", "at least eight times",
    /// "have come under fire again".
    private func countsASeries(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        return range.contains { k in
            switch tokens[k].text {
            case "attacks", "operations", "times":
                return (max(range.lowerBound, k - 6)..<k).contains { j in
                    (NumberReader.number(at: j, in: tokens, limit: k)?.value ?? 0) >= 2
                        || ["several", "multiple", "dozens", "series", "repeated", "repeatedly"].contains(tokens[j].text)
                }
            case _ where IncidentAssembler.seriesNouns.contains(tokens[k].text):
                // "a wave of drone attacks", "a string of rocket attacks on bases", "a spate of attacks"
                return k + 1 < range.upperBound && tokens[k + 1].text == "of"
                    && (k + 2..<min(range.upperBound, k + 6)).contains { ["attacks", "fire", "rockets", "drones", "strikes"].contains(tokens[$0].text) }
            case "come":
                // "have come under (indirect) fire": the perfect tells a run of attacks up to now.
                return k > range.lowerBound && ["have", "has"].contains(tokens[k - 1].text)
                    && (k + 1..<min(range.upperBound, k + 5)).contains { tokens[$0].text == "fire" }
            default:
                return false
            }
        }
    }

    /// Nouns that gather attacks into a run: "a wave of drone attacks", "a string of rocket attacks".
    static let seriesNouns: Set<String> = ["wave", "string", "spate", "flurry", "surge", "series", "rash", "campaign", "barrage", "uptick"]

    /// The first day of the period a sentence names: "in the space of five weeks", "over the past three weeks",
    /// "this month", "since the beginning of the summer"; the earliest when it names several.
    private func seriesPeriodStart(in range: Range<Int>, published: CalendarDay) -> Int? {
        let tokens = text.tokens
        var starts: [Int] = []
        for k in range {
            let word = tokens[k].text
            // "in the space of five weeks", "over the past three weeks", "in the last ten days"
            if let unit = ["days": 1, "weeks": 7, "months": 30][word] {
                let opener = (max(range.lowerBound, k - 5)..<k).contains { j in
                    tokens[j].text == "space" || (tokens[j].text == "past" || tokens[j].text == "last")
                }
                if opener, let n = (max(range.lowerBound, k - 3)..<k).lazy.compactMap({ j in
                    NumberReader.number(at: j, in: tokens, limit: k).flatMap { $0.end == k ? $0.value : nil }
                }).first {
                    starts.append(published.ordinal - n * unit - IncidentAssembler.seriesSlack)
                }
            }
            // "in recent weeks", "over the past month", "in the last month"
            if let days = ["weeks": 28, "days": 7, "months": 60, "month": 31, "week": 7][word], k > range.lowerBound,
               ["recent", "past", "last"].contains(tokens[k - 1].text) {
                starts.append(published.ordinal - days - IncidentAssembler.seriesSlack)
            }
            // "since Oct. 17", "since mid-October", "since October"
            if word == "since", k + 1 < range.upperBound {
                var m = k + 1
                if tokens[m].text == "mid" || tokens[m].text == "early" || tokens[m].text == "late" {
                    m += tokens[min(m + 1, range.upperBound - 1)].text == "-" ? 2 : 1
                }
                if m < range.upperBound, let month = Lexicon.months[tokens[m].text], tokens[m].isCapitalized {
                    let year = month <= published.month ? published.year : published.year - 1
                    if let first = CalendarDay(year: year, month: month, day: 1) { starts.append(first.ordinal) }
                }
            }
            // "this month"
            if word == "month", k > range.lowerBound, tokens[k - 1].text == "this",
               let first = CalendarDay(year: published.year, month: published.month, day: 1) {
                starts.append(first.ordinal)
            }
            // "since the beginning of the summer", "since the start of the month"
            if ["beginning", "start"].contains(word), k - 2 >= range.lowerBound, tokens[k - 2].text == "since",
               k + 3 < range.upperBound, tokens[k + 1].text == "of" {
                let season = tokens[k + 2].text == "the" ? tokens[k + 3].text : tokens[k + 2].text
                let month = ["summer": 6, "month": published.month, "spring": 3, "autumn": 9, "fall": 9][season]
                if let month, month <= published.month, let first = CalendarDay(year: published.year, month: month, day: 1) {
                    starts.append(first.ordinal)
                }
            }
        }
        return starts.min()
    }
}
