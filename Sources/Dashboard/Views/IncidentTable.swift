import IncidentCore
import TUI

/// The incident table: a static list of column descriptors, a heading row, and the window of rows.
public enum IncidentTable {
    /// One column: heading, the sort it maps to, a fixed or flexible width, and how to show a row.
    struct Column: Sendable {
        var title: String
        var sort: IncidentSort.Column
        var width: Int
        var flexible: Bool
        var alignRight: Bool
        var value: @Sendable (Incident) -> String
    }

    static let columns: [Column] = [
        Column(title: "Date", sort: .date, width: 10, flexible: false, alignRight: false) { $0.date.exported ?? "?" },
        Column(title: "Country", sort: .country, width: 7, flexible: false, alignRight: false) { $0.country ?? "" },
        Column(title: "Location", sort: .location, width: 12, flexible: true, alignRight: false) { $0.location ?? "" },
        Column(title: "Weapons", sort: .weapons, width: 10, flexible: true, alignRight: false) { Formatting.weapons($0.weapons) },
        Column(title: "Kld", sort: .killed, width: 3, flexible: false, alignRight: true) { $0.usKilled.compact },
        Column(title: "Inj", sort: .injured, width: 3, flexible: false, alignRight: true) { $0.usInjured.compact },
        Column(title: "Claimed by", sort: .claimed, width: 8, flexible: true, alignRight: false) { $0.claimedBy ?? "" },
        Column(title: "Src", sort: .sources, width: 3, flexible: false, alignRight: true) { String($0.sourceCount) },
    ]

    /// Column x offsets and widths for a table of the given inner width (flexible columns share the rest).
    static func columnFrames(width: Int) -> [(x: Int, width: Int)] {
        let gaps = columns.count - 1
        let fixed = columns.reduce(0) { $0 + $1.width } + gaps
        let flexCount = columns.filter(\.flexible).count
        let spare = max(0, width - fixed)
        var x = 0
        var frames: [(Int, Int)] = []
        var flexIndex = 0
        for column in columns {
            var w = column.width
            if column.flexible {
                w += spare / flexCount + (flexIndex < spare % flexCount ? 1 : 0)
                flexIndex += 1
            }
            frames.append((x, w))
            x += w + 1
        }
        return frames
    }

    /// The sort column for a click at inner column `x`, if on a heading.
    static func sortColumn(atX x: Int, width: Int) -> IncidentSort.Column? {
        for (i, frame) in columnFrames(width: width).enumerated() where x >= frame.x && x < frame.x + frame.width {
            return columns[i].sort
        }
        return nil
    }

    /// Columns left of the first field: the new/changed mark and a space.
    static let markWidth = 2

    /// Draws the table. Rows that arrived between `newSince` and `newUntil` (ISO 8601 UTC) carry the
    /// new mark, rows changed in that window the changed mark. The highlighted row is the selected incident (or,
    /// in the kiosk, the one its pane shows).
    static func draw(_ state: DashboardState, into grid: inout Grid, in rect: Rect, glyphs: Glyphs, focused: Bool, newSince: String, newUntil: String) {
        let title = "Incidents \(state.countPending ? "(counting…)" : Formatting.thousands(state.matchCount))"
        let box = Box(title: title, glyphs: glyphs).draw(into: &grid, in: rect)
        guard box.height > 0, box.width > markWidth else { return }
        let inner = box.inset(left: markWidth)
        let frames = columnFrames(width: inner.width)
        for (column, frame) in zip(columns, frames) {
            var heading = column.title
            if column.sort == state.sort.column { heading += String(state.sort.descending ? glyphs.arrowDown : glyphs.arrowUp) }
            grid.put(DisplayWidth.pad(heading, to: frame.width, alignRight: column.alignRight), at: inner.x + frame.x, y: inner.y,
                     role: .columnHeader, maxWidth: frame.width, clip: inner)
        }
        let body = inner.inset(top: 1)
        let highlighted = state.kiosk?.shownId ?? state.selectedId
        if state.rows.isEmpty {
            let message = state.filter.isEmpty ? "No incidents yet." : "No incident matches the filter (Esc clears it)."
            grid.put(message, at: body.x + 1, y: body.y, role: .dim, clip: body)
            return
        }
        for (offset, incident) in state.rows.enumerated() where offset < body.height {
            let y = body.y + offset
            let selected = incident.id == highlighted
            let role: Role = selected ? (focused && state.kiosk == nil ? .selection : .selectionInactive) : .text
            if selected { grid.fill(Rect(x: box.x, y: y, width: box.width, height: 1), role: role) }
            if incident.firstSeen >= newSince, incident.firstSeen <= newUntil {
                grid.put(String(glyphs.marker), at: box.x, y: y, role: .new, clip: box)
            } else if incident.updated >= newSince, incident.updated <= newUntil {
                grid.put(String(glyphs.changedMarker), at: box.x, y: y, role: .new, clip: box)
            }
            for (column, frame) in zip(columns, frames) {
                var cellRole = role
                if !selected && column.sort == .country { cellRole = countryRole(incident.country) }
                grid.put(DisplayWidth.pad(column.value(incident), to: frame.width, alignRight: column.alignRight),
                         at: body.x + frame.x, y: y, role: cellRole, maxWidth: frame.width, clip: body)
            }
        }
        // A scroll position marker on the right border.
        if state.matchCount > body.height, body.height > 0 {
            let position = body.y + (state.selectedIndex * (body.height - 1)) / max(1, state.matchCount - 1)
            grid.put(String(glyphs.scrollThumb), at: rect.maxX - 1, y: position, role: .border)
        }
    }

    static func countryRole(_ country: String?) -> Role {
        switch country {
        case "Iraq": return .iraq
        case "Syria": return .syria
        default: return .other
        }
    }
}
