import Foundation

/// Writes a synthetic ACLED export (the current 31-column CSV layout) for the import benchmark:
/// events at the gazetteer's bases and nearby places over ten years, with actors, interaction
/// labels, notes and fatalities that read like real rows.
public enum SyntheticACLED {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    static let eventTypes: [((String, String, String), Int)] = [
        (("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"), 40),
        (("Political violence", "Explosions/Remote violence", "Air/drone strike"), 30),
        (("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"), 8),
        (("Political violence", "Battles", "Armed clash"), 12),
        (("Strategic developments", "Strategic developments", "Disrupted weapons use"), 10),
    ]
    static let sources = ["Shafaq News", "Rudaw", "Kurdistan 24", "Sabereen News", "SOHR", "Reuters", "AFP",
                          "Al-Monitor", "Deir Ezzor 24", "CENTCOM"]
    static let scales = ["National", "Regional", "International", "Other", "New media", "National-International"]

    /// Writes `count` rows (plus the header) to `path`; returns the bytes written.
    @discardableResult
    public static func write(rows count: Int, to path: String, seed: UInt64 = 20_231_017) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw StoreError.cannotCreate(path: path, reason: "cannot create the file: check that its directory exists and is writable")
        }
        defer { try? handle.close() }
        var rng = SeededRandom(seed: seed)
        let bases = Gazetteer.bundled.bases
        let groups = GroupCatalog.bundled.groups.map(\.name)
        let firstDay = CalendarDay(year: 2015, month: 1, day: 1)!.ordinal
        let lastDay = CalendarDay(year: 2024, month: 12, day: 31)!.ordinal
        var buffer = columns.joined(separator: ",") + "\n"
        var written = 0
        for serial in 0..<count {
            let base = bases[serial % bases.count]
            let day = CalendarDay(ordinal: rng.int(firstDay...lastDay))
            let (disorder, eventType, subType) = rng.pick(eventTypes)
            let militia = rng.pick(groups)
            let usTarget = rng.chance(0.7)
            let actor2 = usTarget ? "Military Forces of the United States (2021-2025)"
                                  : "Military Forces of \(base.country) (\(day.year)-)"
            let (code, iso) = base.country == "Iraq" ? ("IRQ", "368") : base.country == "Syria" ? ("SYR", "760") : ("JOR", "400")
            let near = rng.chance(0.4)
            let location = near ? "\(base.admin1) countryside" : base.name
            let fatalities = rng.chance(0.85) ? 0 : rng.int(1...9)
            let weapon = subType == "Air/drone strike" ? "drones" : subType.hasPrefix("Shelling") ? "rockets" : "an explosive device"
            let notes = "On \(day.iso), \(militia) targeted \(usTarget ? "US forces" : "\(base.country) forces") at \(location) "
                + "(\(base.admin1)) with \(weapon). \(fatalities == 0 ? "No casualties were reported." : "\(fatalities) fatalities were reported.")"
            let lat = (base.latitude ?? 34) + (near ? Double(rng.int(-300...300)) / 10_000 : 0)
            let lon = (base.longitude ?? 40) + (near ? Double(rng.int(-300...300)) / 10_000 : 0)
            let fields: [String] = [
                "\(code)\(10_000 + serial)", day.iso, String(day.year), String(rng.int(1...3)), disorder, eventType, subType,
                militia, rng.chance(0.2) ? "Islamic Resistance in Iraq" : "", "Political militia", actor2, "",
                "External/Other forces", "Political militia-External/Other forces", "",
                iso, "Middle East", base.country, base.admin1, base.admin1 + " district", "", location,
                String(format: "%.4f", lat), String(format: "%.4f", lon), near ? "2" : "1",
                rng.pick(sources), rng.pick(scales), notes, String(fatalities), usTarget ? "" : "local administrators",
                String(1_700_000_000 + serial),
            ]
            buffer += fields.map(csvField).joined(separator: ",")
            buffer += "\n"
            if buffer.utf8.count > 1 << 20 {
                let data = Data(buffer.utf8)
                handle.write(data)
                written += data.count
                buffer = ""
            }
        }
        let data = Data(buffer.utf8)
        handle.write(data)
        return written + data.count
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
