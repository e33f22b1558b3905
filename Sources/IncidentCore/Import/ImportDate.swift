/// Reads the dates found in imported datasets: `YYYY-MM-DD` (or an ISO date-time),
/// `DD-Month-YYYY` (`01-January-2015`, `01-Jan-2015`), `DD Month YYYY` and `DD/MM/YYYY`.
public enum ImportDate {
    /// The formats accepted, for error messages.
    public static let accepted = "YYYY-MM-DD, DD-Month-YYYY or DD/MM/YYYY"

    public static func parse(_ text: String) -> CalendarDay? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDay(iso: trimmed) { return day }
        if trimmed.contains("/") {
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == " " })
        guard parts.count == 3, (1...2).contains(parts[0].count), parts[2].count == 4,
              let d = Int(parts[0]), let y = Int(parts[2]), let m = month(named: String(parts[1])) else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]

    /// `January`, `january`, `Jan`, `Sept` → 1…12.
    static func month(named name: String) -> Int? {
        let lower = name.lowercased()
        if let i = monthNames.firstIndex(of: lower) { return i + 1 }
        guard lower.count >= 3 else { return nil }
        if lower == "sept" { return 9 }
        return monthNames.firstIndex { $0.hasPrefix(lower) && lower.count == 3 }.map { $0 + 1 }
    }
}
