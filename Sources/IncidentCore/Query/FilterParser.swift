import Foundation

/// Parses the filter language into an `IncidentFilter`; errors name the term and what is accepted.
public enum FilterParser {
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var term: String
        public var message: String
        /// One line, whatever the term holds: line breaks and other controls are shown escaped.
        public var description: String {
            let line = "filter term `\(term)`: \(message)"
            return line.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }.joined()
        }

        public init(term: String, message: String) {
            self.term = term
            self.message = message
        }
    }

    public static func parse(_ text: String) throws -> IncidentFilter {
        var terms: [IncidentFilter.Term] = []
        for token in tokens(text) {
            var word = token
            var negated = false
            if word.hasPrefix("!") || (word.hasPrefix("-") && word.count > 1 && word.contains(":")) {
                negated = true
                word.removeFirst()
            }
            guard !word.isEmpty else { continue }
            terms.append(IncidentFilter.Term(try condition(word, original: token), negated: negated))
        }
        return IncidentFilter(terms: terms, source: text.trimmingCharacters(in: .whitespaces))
    }

    /// Splits on spaces, keeping `"quoted phrases"` (and `key:"quoted value"`) together.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        for ch in text {
            if ch == "\"" {
                quoted.toggle()
                continue
            }
            if ch.isWhitespace && !quoted {
                if !current.isEmpty { out.append(current) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static let comparisons: [(String, IncidentFilter.Comparison)] = [
        (">=", .greaterOrEqual), ("<=", .lessOrEqual), (">", .greater), ("<", .less), ("=", .equal),
    ]

    private static func condition(_ word: String, original: String) throws -> IncidentFilter.Term.Condition {
        let lower = word.lowercased()
        for field in ["injured", "killed", "date"] where lower.hasPrefix(field) {
            let rest = lower.dropFirst(field.count)
            guard let (symbol, comparison) = comparisons.first(where: { rest.hasPrefix($0.0) }) else { continue }
            let value = String(rest.dropFirst(symbol.count))
            if field == "date" {
                guard let day = CalendarDay(iso: value) else {
                    throw ParseError(term: original, message: "`\(value)` is not a date: write YYYY-MM-DD")
                }
                switch comparison {
                case .greaterOrEqual: return .dateFrom(day)
                case .greater: return .dateFrom(day.adding(days: 1))
                case .less: return .dateUntil(day)
                case .lessOrEqual: return .dateUntil(day.adding(days: 1))
                case .equal: throw ParseError(term: original, message: "use date>=… and date<… (or after:/before:)")
                }
            }
            guard let n = Int(value), n >= 0 else {
                throw ParseError(term: original, message: "`\(value)` is not a whole number")
            }
            return field == "injured" ? .injured(comparison, n) : .killed(comparison, n)
        }
        guard let colon = word.firstIndex(of: ":") else { return .text(word) }
        let key = word[..<colon].lowercased()
        let value = String(word[word.index(after: colon)...])
        guard !value.isEmpty else { throw ParseError(term: original, message: "needs a value after the colon") }
        switch key {
        case "country": return .country(value)
        case "location", "site", "base", "loc": return .location(value)
        case "weapon", "weapons": return .weapon(value)
        case "group", "claimed", "by": return .group(value)
        case "kind":
            guard let kind = IncidentKind(rawValue: value.lowercased()) else {
                throw ParseError(term: original, message: "kind is one of \(IncidentKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return .kind(kind)
        case "after", "since", "from":
            guard let day = CalendarDay(iso: value) else { throw ParseError(term: original, message: "`\(value)` is not a date: write YYYY-MM-DD") }
            return .dateFrom(day)
        case "before", "until":
            guard let day = CalendarDay(iso: value) else { throw ParseError(term: original, message: "`\(value)` is not a date: write YYYY-MM-DD") }
            return .dateUntil(day)
        default:
            throw ParseError(term: original, message: "unknown field `\(key)`: use country, location, weapon, group, kind, after, before, injured, killed")
        }
    }
}
