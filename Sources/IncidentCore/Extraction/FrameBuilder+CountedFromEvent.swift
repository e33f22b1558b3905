/// Long-form copy dates one event by its distance from another: "Kataib Hezbollah announced the suspension of its
/// attacks on January 30, two days after the drone attack on Tower 22"; "Just eight days before Tower 22, on Jan. 20,
/// a barrage of ballistic missiles ... hit Ain al-Asad". The event after "<N> days/weeks after|before" is an anchor:
/// when the clause tells another site, the anchor's site is no site of the clause; when the anchor is the clause's
/// only site, the clause tells the anchored event, dated that many days from the day the clause writes.
extension FrameBuilder {
    /// "two days after", "eight days before", "three weeks after": the signed days from the anchored event to the
    /// clause's own day (positive when the anchor came first), the phrase, and where the anchor starts.
    static func countedFromEvent(in range: Range<Int>, tokens: [Token]) -> (days: Int, phrase: Range<Int>, anchor: Int)? {
        for k in range where k - 2 >= range.lowerBound && k + 1 < range.upperBound {
            let direction: Int
            switch tokens[k].text {
            case "after": direction = 1
            case "before": direction = -1
            default: continue
            }
            let perUnit: Int
            switch tokens[k - 1].text {
            case "days": perUnit = 1
            case "weeks": perUnit = 7
            default: continue
            }
            guard let (n, end) = NumberReader.number(at: k - 2, in: tokens, limit: k - 1), end == k - 1, (2...30).contains(n)
            else { continue }
            return (direction * n * perUnit, (k - 2)..<(k + 1), k + 1)
        }
        return nil
    }

    /// Frame `f` with its anchor read: sites inside the anchor dropped when it names another site before the phrase
    /// or after the anchor's own clause; else, when its only sites are in the anchor and it writes a calendar day
    /// before the phrase, that day moved to the anchored event's.
    func readingCountedAnchor(_ f: ArticleFrame, range: Range<Int>) -> ArticleFrame {
        let tokens = text.tokens
        guard let counted = FrameBuilder.countedFromEvent(in: range, tokens: tokens), !f.places.isEmpty else { return f }
        // The anchor runs to the next comma ("before Tower 22, on Jan. 20, ...").
        let anchorEnd = (counted.anchor..<range.upperBound).first { tokens[$0].text == "," } ?? range.upperBound
        let anchor = counted.anchor..<anchorEnd
        let inAnchor = f.places.filter { anchor.contains($0.tokens.lowerBound) }
        // A site outside the anchor that another "after" or "before" of its own stretch leads to is an anchor too ("a
        // day after two armed drones ... approached Ain al-Asad, and two days after ... Baghdad airport").
        func anchoredElsewhere(_ p: PlaceMatch) -> Bool {
            var k = p.tokens.lowerBound - 1
            while k >= 0, ![",", ".", "!", "?", ";"].contains(tokens[k].text) {
                if ["after", "before"].contains(tokens[k].text) { return true }
                k -= 1
            }
            return false
        }
        let outside = f.places.filter {
            !anchor.contains($0.tokens.lowerBound) && !counted.phrase.contains($0.tokens.lowerBound) && !anchoredElsewhere($0)
        }
        var copy = f
        if !inAnchor.isEmpty, !outside.isEmpty {
            copy.places = outside
            return copy
        }
        guard outside.isEmpty, f.places.allSatisfy({ anchor.contains($0.tokens.lowerBound) }),
              let d = f.dates.firstIndex(where: { $0.precision == .day && !$0.isRelative && $0.tokens.upperBound <= counted.phrase.lowerBound }),
              let day = f.dates[d].day else { return f }
        copy.dates[d].day = day.adding(days: -counted.days)
        copy.dates[d].isAnchored = true
        copy.dates[d].isTelling = false
        return copy
    }
}
