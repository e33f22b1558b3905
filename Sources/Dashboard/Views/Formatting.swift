import IncidentCore

/// Small text formats shared by the views.
enum Formatting {
    /// `12,345`.
    static func thousands(_ n: Int) -> String {
        let digits = Array(String(n.magnitude).utf8)
        var out: [UInt8] = n < 0 ? [UInt8(ascii: "-")] : []
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `3m ago`, `2h ago`, `4d ago` from two ISO 8601 UTC timestamps' seconds.
    static func ago(seconds: Int) -> String {
        if seconds < 60 { return "\(max(0, seconds))s ago" }
        if seconds < 3600 { return "\(seconds / 60)m ago" }
        if seconds < 86_400 { return "\(seconds / 3600)h ago" }
        return "\(seconds / 86_400)d ago"
    }

    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ`, or nil.
    static func epochSeconds(_ iso: String) -> Int? {
        guard iso.count >= 19, let day = CalendarDay(iso: String(iso.prefix(10))) else { return nil }
        let time = iso.dropFirst(11).prefix(8).split(separator: ":").compactMap { Int($0) }
        guard time.count == 3 else { return nil }
        return day.ordinal * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]
    }

    /// `45 s`, `10 min`, `2 h`, `1 d`: a window's length.
    static func duration(seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        if seconds < 86_400 { return "\(seconds / 3600) h" }
        return "\(seconds / 86_400) d"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func weapons(_ w: [Weapon]) -> String { w.map(\.rawValue).joined(separator: ", ") }
}
