import Foundation
import IncidentCore
import TUI

/// The kiosk's three-line header, readable across a room: clocks in UTC and local time, attacks in
/// the last day, week and month, days since the last attack with US casualties, what is new and
/// how fresh the data is.
enum KioskHeader {
    static func draw(_ state: DashboardState, into grid: inout Grid, in rect: Rect, now: Date) {
        guard let kiosk = state.kiosk else { return }
        grid.fill(rect, role: .header)
        let seconds = kiosk.showSeconds
        let utc = clock(now, timeZone: TimeZone(identifier: "UTC")!, seconds: seconds)
        let local = clock(now, timeZone: kiosk.timeZone, seconds: seconds)
        let zone = kiosk.timeZone.abbreviation(for: now) ?? kiosk.timeZone.identifier
        let title = " WATCHFLOOR │ \(state.storeName) │ \(Formatting.thousands(state.totalCount)) incidents"
        let clocks = "\(utc) UTC  ·  \(local) \(zone == "GMT" || zone == "UTC" ? "local" : zone) "
        TextLine(left: title, right: clocks, role: .header, rightRole: .headerAccent)
            .draw(into: &grid, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        guard rect.height > 1 else { return }

        var counts = " Attacks"
        if let s = kiosk.summary {
            counts += "  24 h: \(Formatting.thousands(s.lastDay))   7 d: \(Formatting.thousands(s.lastWeek))   30 d: \(Formatting.thousands(s.lastMonth))"
            counts += "   (to \(s.today.iso))"
            if let days = s.daysSinceCasualties, let day = s.lastCasualtyDay {
                counts += "  │  \(days) day\(days == 1 ? "" : "s") since an attack with US casualties (\(day.iso))"
            } else {
                counts += "  │  no attack with US casualties on record"
            }
        }
        grid.put(counts, at: rect.x, y: rect.y + 1, role: .header, clip: rect)
        guard rect.height > 2 else { return }

        var freshness: [String] = []
        let window = Formatting.duration(seconds: state.newForSeconds)
        freshness.append(state.arrivedRecently > 0
                         ? "\(Formatting.thousands(state.arrivedRecently)) new in the last \(window)"
                         : "nothing new in the last \(window)")
        if let changed = state.lastChanged, let at = Formatting.epochSeconds(changed) {
            let ago = Formatting.ago(seconds: Int(now.timeIntervalSince1970) - at)
            freshness.append("store changed \(changed.prefix(10)) \(changed.dropFirst(11).prefix(5)) UTC (\(ago))")
        }
        let x = grid.put(" ", at: rect.x, y: rect.y + 2, role: .header, clip: rect)
        grid.put(freshness.joined(separator: "  ·  "), at: x, y: rect.y + 2,
                 role: state.arrivedRecently > 0 ? .new : .header, clip: rect)
    }

    /// `14:02` or `14:02:33` in a time zone.
    static func clock(_ date: Date, timeZone: TimeZone, seconds: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        let hm = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return seconds ? hm + String(format: ":%02d", parts.second ?? 0) : hm
    }
}
