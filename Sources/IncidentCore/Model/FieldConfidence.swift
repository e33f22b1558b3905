/// How an extracted field was found: written in the text, worked out from it, or filled in by default.
public enum FieldConfidence: String, CaseIterable, Codable, Sendable, Comparable {
    /// The text states it ("on January 20", "Ain al-Asad air base", "three soldiers were injured").
    case explicit
    /// Worked out from what the text says: a relative day, a base named by its town, a country from
    /// a province, a place that matched several bases.
    case inferred
    /// Nothing in the text: e.g. the publication week for an undated attack.
    case `default`

    private var rank: Int {
        switch self {
        case .explicit: 0
        case .inferred: 1
        case .default: 2
        }
    }

    public static func < (a: FieldConfidence, b: FieldConfidence) -> Bool { a.rank < b.rank }

    /// The non-explicit entries as `field:level` strings, sorted ("date:default; location:inferred").
    public static func column(_ map: [String: FieldConfidence]) -> String {
        map.filter { $0.value != .explicit }.map { "\($0.key):\($0.value.rawValue)" }.sorted().joined(separator: "; ")
    }

    /// Reads the `field:level` strings back.
    public static func map(fromColumn column: String?) -> [String: FieldConfidence] {
        var map: [String: FieldConfidence] = [:]
        for part in (column ?? "").split(separator: ";") {
            let pieces = part.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard pieces.count == 2, let level = FieldConfidence(rawValue: String(pieces[1])) else { continue }
            map[String(pieces[0])] = level
        }
        return map
    }
}
