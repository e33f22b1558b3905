/// "the US drone strike ... on January 3. Iran retaliated five days later with ballistic missile strikes on Ain
/// al-Asad": a count of days (or weeks) later or earlier is counted from the date the text just gave, not from
/// publication, as "the next day" and "a day earlier" already were.
extension FrameBuilder {
    /// "five days later" (+5), "two days earlier" (-2), "a week later" (+7), "three weeks earlier" (-21): the shift
    /// from the last date told and where it is written. One day is left to `dayAfter` and `dayBefore`.
    static func daysFromLastDate(in range: Range<Int>, tokens: [Token]) -> (days: Int, tokens: Range<Int>)? {
        for k in range where k - 1 >= range.lowerBound && k + 1 < range.upperBound {
            let direction: Int
            switch tokens[k + 1].text {
            case "later": direction = 1
            case "earlier": direction = -1
            default: continue
            }
            let perUnit: Int
            switch tokens[k].text {
            case "days": perUnit = 1
            case "week", "weeks": perUnit = 7
            default: continue
            }
            let countAt = k - 1
            let count: Int
            if perUnit == 7, ["a", "one"].contains(tokens[countAt].text) {
                count = 1
            } else if let (n, end) = NumberReader.number(at: countAt, in: tokens, limit: k), end == k, (2...30).contains(n) || perUnit == 7 && n == 1 {
                count = n
            } else {
                continue
            }
            return (direction * count * perUnit, countAt..<(k + 2))
        }
        return nil
    }

    /// Words for a count of months: "two months", "dois meses", "deux mois", "due mesi", "zwei Monate".
    private static let monthUnits: Set<String> = ["month", "months", "meses", "mes", "mois", "mesi", "mese", "monate", "monat", "monaten"]
    /// Words that count forward after a span: "later", "depois", "dopo", "después", "après", "später".
    private static let laterWords: Set<String> = ["later", "depois", "dopo", "despues", "apres", "spater"]

    /// "Dois meses depois, foguetes ... mataram dois militares americanos na base de Camp Taji" (+2), "a month later"
    /// (+1): the months counted forward from the last date told, and where they are written. The sentence must open
    /// with them, so that "two months after the attack" (an event named after it) is not read.
    static func monthsFromLastDate(in range: Range<Int>, tokens: [Token]) -> (months: Int, tokens: Range<Int>)? {
        var k = range.lowerBound
        while k < range.upperBound, tokens[k].isPunct { k += 1 }
        guard k + 2 < range.upperBound, monthUnits.contains(tokens[k + 1].text), laterWords.contains(tokens[k + 2].text) else { return nil }
        let count = ["a", "one", "um", "un", "uno", "ein", "einem"].contains(tokens[k].text) ? 1
            : NumberReader.number(at: k, in: tokens, limit: k + 1)?.value
        guard let count, (1...11).contains(count) else { return nil }
        return (count, k..<(k + 3))
    }
}

extension FrameBuilder {
    /// "... has been silent since Kataib Hezbollah announced a suspension of its operations in late January. That
    /// announcement came days after a drone attack killed three US soldiers": the day of the last date written in the
    /// sentence before `position` or in its own sentence before it, whether or not it dated an attack.
    /// A month told without its day ("in late January") is moved `daysBack` days into it, so that counting those days
    /// back from it stays in that month.
    func lastDateWritten(before position: Int, sentence: Int, daysBack: Int) -> CalendarDay? {
        guard sentences.indices.contains(sentence) else { return nil }
        let start = sentences[max(0, sentence - 1)].lowerBound
        guard start < position, let last = DateFinder.find(in: start..<position, tokens: text.tokens, published: published)
            .filter({ !$0.isPeriodEnd && !$0.isSince && $0.day != nil }).last, let day = last.day else { return nil }
        return last.precision == .month && daysBack < 15 ? day.adding(days: daysBack) : day
    }
}

extension FrameBuilder {
    /// "A drone was shot down near Erbil airport late on Wednesday ... Last Wednesday, a drone was downed in the same
    /// area": "last <weekday>" told after an attack on that very weekday is the one a week before it, not the same
    /// day. Returns the frame's first date moved back a week, or nil when the rule does not apply.
    func weekBeforeStory(_ frame: ArticleFrame, toldBefore: ArraySlice<ArticleFrame>) -> DateMention? {
        let tokens = text.tokens
        func isLastWeekday(_ d: DateMention) -> Bool {
            d.tokens.count >= 2 && tokens[d.tokens.lowerBound].text == "last" && Lexicon.weekdays[tokens[d.tokens.lowerBound + 1].stem] != nil
        }
        guard var date = frame.dates.first, date.precision == .day, isLastWeekday(date), let day = date.day,
              toldBefore.contains(where: { f in
                  f.role == .attack && f.dates.first.map { !isLastWeekday($0) && !$0.isTelling && $0.day == day } ?? false
              }) else { return nil }
        date.day = day.adding(days: -7)
        return date
    }
}
