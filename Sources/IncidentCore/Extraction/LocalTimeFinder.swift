/// A clock time with its zone ("11:30 p.m. Eastern time", "6:30 p.m. Baghdad time", "2100 GMT") and
/// how many days it moves the date at the target: bases in Iraq, Syria and Jordan keep UTC+3, so late
/// evening in Washington is already the next day there.
struct LocalTime: Sendable {
    /// Days to add to the date written next to the time to get the local date at the target (-1, 0 or 1).
    var dayShift: Int
    /// The hour of the day at the target (0–23).
    var localHour: Int = 0
    var span: TextSpan
}

/// Finds the first clock time with a zone in a clause and the day shift it implies at the target.
enum LocalTimeFinder {
    /// Hours the target's clock is ahead of each zone (Iraq, Syria and Jordan at UTC+3; US Eastern at
    /// UTC-5, UTC-4 in summer).
    private static let zoneOffsets: [String: Int] = [
        "eastern": 8, "et": 8, "est": 8, "edt": 7, "washington": 8, "gmt": 3, "utc": 3, "zulu": 3,
        "local": 0, "baghdad": 0, "damascus": 0, "amman": 0, "iraq": 0, "syria": 0,
        // Round 13: the home clock of European copy ("le 23.30 di martedì in Italia", "23h30 heure de Paris",
        // "23.30 Uhr MEZ"); Central European time, two hours behind the bases (one in summer time).
        "cet": 2, "mez": 2, "cest": 1, "mesz": 1,
    ]
    /// Countries and capitals whose clock European copy writes ("in Italia", "heure de Paris"): a zone only after
    /// "in" or "of".
    private static let homeClocks: [String: Int] = [
        "italia": 2, "italy": 2, "rome": 2, "roma": 2, "paris": 2, "france": 2, "berlin": 2, "germany": 2,
        "deutschland": 2, "madrid": 2, "spagna": 2, "espana": 2, "lisbon": 3, "lisboa": 3, "portugal": 3,
    ]

    /// The offset of a zone word at `z`: a zone name, or a home country's clock after "in"/"of" ("in Italia").
    private static func zoneOffset(at z: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        if let o = zoneOffsets[tokens[z].text] { return o }
        guard let o = homeClocks[tokens[z].text], z > range.lowerBound, ["in", "of", "de", "di"].contains(tokens[z - 1].text)
        else { return nil }
        return o
    }

    static func find(in range: Range<Int>, tokens: [Token]) -> LocalTime? {
        var k = range.lowerBound
        while k < range.upperBound {
            // "01h30", "22h30 GMT": the French way of writing a time.
            if let (h, _) = frenchClock(tokens[k]), let zone = zone(after: k + 1, range: range, tokens: tokens) {
                let local = h + zone.offset
                return LocalTime(dayShift: local >= 24 ? 1 : (local < 0 ? -1 : 0), localHour: (local + 24) % 24,
                                 span: TextSpan(start: tokens[k].start, end: tokens[zone.end - 1].end))
            }
            if let evening = homeEvening(at: k, range: range, tokens: tokens) { return evening }
            guard tokens[k].kind == .number, let hourValue = tokens[k].value else {
                k += 1
                continue
            }
            var end = k + 1
            var hour = hourValue
            var minute = 0
            if end + 1 < range.upperBound, tokens[end].text == ":", !tokens[end].spaceBefore,
               tokens[end + 1].kind == .number, let m = tokens[end + 1].value {
                minute = m
                end += 2
            } else if end + 1 < range.upperBound, tokens[end].text == ".", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
                      tokens[end + 1].kind == .number, tokens[end + 1].text.count == 2, let m = tokens[end + 1].value {
                // "le 23.30", "um 23.30 Uhr": the European way of writing a time (the zone still required below).
                minute = m
                end += 2
            } else if hourValue >= 100, hourValue <= 2359, hourValue % 100 < 60 {
                // "2100 GMT"
                hour = hourValue / 100
                minute = hourValue % 100
            }
            var meridiem: String?
            if end < range.upperBound, ["pm", "am", "p", "a"].contains(tokens[end].text) {
                meridiem = tokens[end].text.hasPrefix("p") ? "pm" : "am"
                end += 1
                if end < range.upperBound, tokens[end].text == "." { end += 1 }
            }
            guard hour <= 23, minute < 60, meridiem != nil || minute > 0 || hourValue >= 100 else {
                k += 1
                continue
            }
            if meridiem == "pm", hour < 12 { hour += 12 }
            if meridiem == "am", hour == 12 { hour = 0 }
            // The zone within the next few words: "p.m. (Baghdad time)", "Eastern Standard Time".
            var offset: Int?
            var zoneEnd = end
            var z = end
            while z < min(range.upperBound, end + 4), offset == nil {
                let w = tokens[z].text
                // "9:30 pm (1830 GMT)": the zone belongs to the time in brackets, which is read next.
                if tokens[z].kind == .number { break }
                if let o = zoneOffset(at: z, range: range, tokens: tokens) {
                    offset = (w == "eastern" && z + 1 < range.upperBound && tokens[z + 1].text == "daylight") ? 7 : o
                    zoneEnd = z + 1
                    if zoneEnd < range.upperBound, ["time", "standard", "daylight"].contains(tokens[zoneEnd].text) { zoneEnd += 1 }
                }
                z += 1
            }
            guard let offset else {
                k = end
                continue
            }
            let local = hour + offset
            let shift = local >= 24 ? 1 : (local < 0 ? -1 : 0)
            return LocalTime(dayShift: shift, localHour: (local + 24) % 24,
                             span: TextSpan(start: tokens[k].start, end: tokens[zoneEnd - 1].end))
        }
        return nil
    }

    /// "late Tuesday night Washington time", "Sunday evening Eastern time", "Monday night ET": an American evening with
    /// no clock is already after midnight at the bases, eight hours ahead (from 4 p.m. Eastern on), so the next day
    /// there. Only the US zones: a European evening ("in der Nacht ... MEZ") may still be the same day.
    private static func homeEvening(at k: Int, range: Range<Int>, tokens: [Token]) -> LocalTime? {
        guard ["night", "evening"].contains(tokens[k].text), k > range.lowerBound,
              Lexicon.weekdays[tokens[k - 1].stem] != nil || ["tonight"].contains(tokens[k - 1].text)
        else { return nil }
        for z in (k + 1)..<min(range.upperBound, k + 3) {
            guard let o = zoneOffsets[tokens[z].text] else { continue }
            let named = z + 1 < range.upperBound && ["time", "standard", "daylight"].contains(tokens[z + 1].text)
            guard o >= 7, named || ["et", "est", "edt"].contains(tokens[z].text) else { return nil }
            let end = named ? z + 1 : z
            return LocalTime(dayShift: 1, localHour: 2, span: TextSpan(start: tokens[k].start, end: tokens[end].end))
        }
        return nil
    }

    /// "01h30" → (1, 30); nil for any other word.
    private static func frenchClock(_ t: Token) -> (Int, Int)? {
        guard t.isWord else { return nil }
        let parts = t.text.split(separator: "h", omittingEmptySubsequences: false)
        guard parts.count == 2, let h = Int(parts[0]), (1...2).contains(parts[0].count), h < 24 else { return nil }
        let m = parts[1].isEmpty ? 0 : Int(parts[1]) ?? 99
        return m < 60 ? (h, m) : nil
    }

    /// The zone named within a few words after a time ("heure locale" read as "time local", "GMT").
    private static func zone(after start: Int, range: Range<Int>, tokens: [Token]) -> (offset: Int, end: Int)? {
        for z in start..<min(range.upperBound, start + 3) {
            // "23h00 (20h00 GMT)": the zone in brackets is the bracketed time's.
            if tokens[z].text == "(" || tokens[z].kind == .number || frenchClock(tokens[z]) != nil { return nil }
            if let o = zoneOffset(at: z, range: range, tokens: tokens) { return (o, z + 1) }
        }
        return nil
    }

    /// Every clock time with a zone in a clause, in order ("at 01:30 local time (22:30 GMT Tuesday)").
    static func all(in range: Range<Int>, tokens: [Token]) -> [LocalTime] {
        var found: [LocalTime] = []
        var start = range.lowerBound
        while start < range.upperBound, let time = find(in: start..<range.upperBound, tokens: tokens) {
            found.append(time)
            guard let next = tokens[start...].firstIndex(where: { $0.start >= time.span.end }), next < range.upperBound else { break }
            start = next
        }
        return found
    }
}
