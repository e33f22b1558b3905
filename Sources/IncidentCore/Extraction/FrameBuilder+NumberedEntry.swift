/// A running tracker's numbered entry: "Attack No. 97 since Oct. 17: On Dec. 10, a one-way attack drone targeted U.S.
/// forces at the Rumalyn Landing Zone", "Attack No. 96: On Dec. 9, multiple rockets ...", "Incident #12 — Dec. 4,
/// rockets ...". Trackers number each attack since the campaign began; the label, not a dash after the day, marks
/// the entry, so each is the tracker's news however old its day.
extension FrameBuilder {
    /// Words that may open an entry's number ("Attack No. 96", "Incident #12").
    private static let entryLabelWords: Set<String> = ["attack", "incident", "entry", "strike"]

    /// The first token after a numbered entry label ("Attack No. 97 since Oct. 17:", "No. 96 —"), or nil when the
    /// sentence opens with none.
    static func afterNumberedEntryLabel(_ sentence: Range<Int>, tokens: [Token]) -> Int? {
        var k = sentence.lowerBound
        if k < sentence.upperBound, entryLabelWords.contains(tokens[k].text.lowercased()) { k += 1 }
        guard k < sentence.upperBound else { return nil }
        if tokens[k].text == "#" {
            k += 1
        } else if tokens[k].text.lowercased() == "no" || tokens[k].text.lowercased() == "no." {
            k += 1
            if k < sentence.upperBound, tokens[k].text == "." { k += 1 }
        } else {
            return nil
        }
        guard k < sentence.upperBound, tokens[k].kind == .number else { return nil }
        // The label ends at its colon or dash, a few words on ("since Oct. 17").
        let end = min(sentence.upperBound, k + 8)
        guard let mark = (k + 1..<end).first(where: { [":", "—", "–", "-"].contains(tokens[$0].text) }),
              mark + 1 < sentence.upperBound else { return nil }
        return mark + 1
    }

    /// True when the sentence is a numbered entry whose text opens with a day ("On Dec. 10, ...", "Dec. 9 — ...").
    static func opensNumberedEntry(_ sentence: Range<Int>, tokens: [Token], published: CalendarDay?) -> Bool {
        guard let start = afterNumberedEntryLabel(sentence, tokens: tokens) else { return false }
        let dateStart = tokens[start].text.lowercased() == "on" ? [start, start + 1] : [start]
        return DateFinder.find(in: sentence, tokens: tokens, published: published).contains { d in
            dateStart.contains(d.tokens.lowerBound) && d.precision == .day
        }
    }
}
