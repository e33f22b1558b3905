/// Turns incidents and reported totals into the documented export schema (JSON, NDJSON, CSV).
public enum IncidentExporter {
    /// The incident keys, in their documented order.
    public static let incidentKeys = [
        "id", "kind", "date", "date_precision", "country", "location", "latitude", "longitude", "weapons",
        "us_killed", "us_killed_qualifier", "us_injured", "us_injured_qualifier", "fatalities",
        "other_casualties", "claimed_by", "attributed_to", "us_response", "summary", "external_id", "sources",
        "us_injured_min", "us_injured_max", "figures_conflict", "outcome", "confirmation", "uncertain_fields",
        "linked_incident_id", "location_candidates", "admin1", "geo_precision",
    ]

    public static let totalKeys = [
        "as_of", "since", "total", "total_qualifier", "iraq", "syria", "jordan", "us_injured", "us_injured_qualifier", "source",
    ]

    public static func json(_ incident: Incident) -> JSONValue {
        // The range of the sources' injury figures (the resolved figure's own when no source has one).
        let figures = incident.sources.isEmpty ? [incident.usInjured] : incident.sources.map(\.usInjured)
        let injuredRange = IncidentMerger.range(figures)
        let conflict = IncidentMerger.isConflicting(figures, killed: false)
            || IncidentMerger.isConflicting(incident.sources.map(\.usKilled), killed: true)
        return .object([
            ("id", .int(Int(incident.id))),
            ("kind", .string(incident.kind.rawValue)),
            ("date", .optional(incident.date.exported)),
            ("date_precision", .string(incident.date.precision.rawValue)),
            ("country", .optional(incident.country)),
            ("location", .optional(incident.location)),
            ("latitude", .optional(incident.latitude)),
            ("longitude", .optional(incident.longitude)),
            ("weapons", .array(incident.weapons.sorted().map { .string($0.rawValue) })),
            ("us_killed", .optional(incident.usKilled.count)),
            ("us_killed_qualifier", .optional(incident.usKilled.qualifier?.rawValue)),
            ("us_injured", .optional(incident.usInjured.count)),
            ("us_injured_qualifier", .optional(incident.usInjured.qualifier?.rawValue)),
            ("fatalities", .optional(incident.fatalities)),
            ("other_casualties", .array(incident.otherCasualties.map { c in
                .object([("who", .string(c.who)), ("killed", .optional(c.killed)), ("injured", .optional(c.injured)),
                         ("qualifier", .optional(c.qualifier?.rawValue))])
            })),
            ("claimed_by", .optional(incident.claimedBy)),
            ("attributed_to", .optional(incident.attributedTo)),
            ("us_response", .optional(incident.usResponse)),
            ("summary", .string(incident.summary)),
            ("external_id", .optional(incident.externalId)),
            ("sources", .array(incident.sources.map(json))),
            ("us_injured_min", .optional(injuredRange?.lowerBound)),
            ("us_injured_max", .optional(injuredRange?.upperBound)),
            ("figures_conflict", .bool(conflict)),
            ("outcome", .optional(incident.outcome?.rawValue)),
            ("confirmation", .optional(incident.confirmation?.rawValue)),
            ("uncertain_fields", .array(FieldConfidence.column(incident.confidence).components(separatedBy: "; ")
                .filter { !$0.isEmpty }.map { .string($0) })),
            ("linked_incident_id", .optional(incident.linkedIncidentId.map { Int($0) })),
            ("location_candidates", .array(incident.locationCandidates.map { .string($0) })),
            ("admin1", .optional(incident.admin1)),
            ("geo_precision", .optional(incident.geoPrecision)),
        ])
    }

    public static func json(_ source: IncidentSource) -> JSONValue {
        .object([
            ("article_id", .optional(source.articleId)),
            ("title", .optional(source.title)),
            ("outlet", .optional(source.outlet)),
            ("url", .optional(source.url)),
            ("published", .optional(source.published?.iso)),
            ("file", .optional(source.file)),
            ("date", .optional(source.date.exported)),
            ("us_killed", .optional(source.usKilled.count)),
            ("us_killed_qualifier", .optional(source.usKilled.qualifier?.rawValue)),
            ("us_injured", .optional(source.usInjured.count)),
            ("us_injured_qualifier", .optional(source.usInjured.qualifier?.rawValue)),
            ("claimed_by", .optional(source.claimedBy)),
        ])
    }

    public static func json(_ total: ReportedTotal) -> JSONValue {
        .object([
            ("as_of", .optional(total.asOf)),
            ("since", .optional(total.since)),
            ("total", .optional(total.total.count)),
            ("total_qualifier", .optional(total.total.qualifier?.rawValue)),
            ("iraq", .optional(total.iraq)),
            ("syria", .optional(total.syria)),
            ("jordan", .optional(total.jordan)),
            ("us_injured", .optional(total.usInjured.count)),
            ("us_injured_qualifier", .optional(total.usInjured.qualifier?.rawValue)),
            ("source", .optional(total.source)),
        ])
    }

    /// The whole export as text in the given format (ends with a newline).
    public static func render(_ values: [JSONValue], keys: [String], format: ExportFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(values).serialized(pretty: true) + "\n"
        case .ndjson:
            return values.map { $0.serialized() + "\n" }.joined()
        case .csv:
            var writer = CSVWriter()
            writer.writeRow(flatColumns(keys))
            for value in values { writer.writeRow(flatRow(value)) }
            return writer.text
        case .markdown:
            func cell(_ s: String) -> String {
                s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            }
            let columns = flatColumns(keys)
            var lines = ["| " + columns.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: columns.count)]
            lines += values.map { "| " + flatRow($0).map(cell).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The flat (CSV, Markdown) columns: `sources` becomes a count plus the first source's URL.
    static func flatColumns(_ keys: [String]) -> [String] {
        keys.flatMap { $0 == "sources" ? ["sources", "source_url"] : [$0] }
    }

    static func flatRow(_ value: JSONValue) -> [String] {
        guard case .object(let pairs) = value else { return [] }
        var row: [String] = []
        for (key, field) in pairs {
            if key == "sources" {
                let sources: [JSONValue]
                if case .array(let items) = field { sources = items } else { sources = [] }
                row.append(String(sources.count))
                row.append(sources.lazy.compactMap(Self.url(of:)).first ?? "")
            } else {
                row.append(csvCell(field))
            }
        }
        return row
    }

    private static func url(of source: JSONValue) -> String? {
        guard case .object(let pairs) = source else { return nil }
        for (key, value) in pairs where key == "url" { if case .string(let s) = value { return s } }
        return nil
    }

    /// A CSV cell: arrays joined with `; `, casualties as `who: N killed, N injured (qualifier)`.
    static func csvCell(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let n): return String(n)
        case .double: return value.serialized()
        case .string(let s): return s
        case .array(let items): return items.map(csvCell).joined(separator: "; ")
        case .object(let pairs):
            let fields = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
            var parts: [String] = []
            if case .int(let k)? = fields["killed"] { parts.append("\(k) killed") }
            if case .int(let i)? = fields["injured"] { parts.append("\(i) injured") }
            var text = csvCell(fields["who"] ?? .null)
            if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
            if case .string(let q)? = fields["qualifier"] { text += " (\(q))" }
            return text
        }
    }
}
