/// A parsed filter over incidents, in the dashboard's filter language:
/// `country:syria location:asad weapon:drone group:kataib kind:us_strike after:2024-01-01
/// before:2024-02-01 injured>0 !country:iraq rockets` (bare words search the text).
public struct IncidentFilter: Hashable, Sendable {
    /// One condition; `negated` when written with a leading `!`.
    public struct Term: Hashable, Sendable {
        public enum Condition: Hashable, Sendable {
            case country(String)
            case location(String)
            case weapon(String)
            case group(String)
            case kind(IncidentKind)
            case dateFrom(CalendarDay)     // inclusive
            case dateUntil(CalendarDay)    // exclusive
            case injured(Comparison, Int)
            case killed(Comparison, Int)
            case text(String)
        }
        public var condition: Condition
        public var negated: Bool

        public init(_ condition: Condition, negated: Bool = false) {
            self.condition = condition
            self.negated = negated
        }
    }

    /// How a number is compared (`injured>0`, `killed>=2`).
    public enum Comparison: String, Hashable, Sendable {
        case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<=", equal = "="
    }

    public var terms: [Term]
    /// The text the user typed, shown in the header.
    public var source: String

    public init(terms: [Term] = [], source: String = "") {
        self.terms = terms
        self.source = source
    }

    public static let none = IncidentFilter()

    /// Kinds shown when the filter names none: US strikes and mentions only appear when asked for.
    public static let defaultKinds: [IncidentKind] = [.attack, .partner, .event]

    public var isEmpty: Bool { terms.isEmpty }

    /// The kinds asked for with `kind:` (not negated), or the default kinds.
    public var kinds: [IncidentKind] {
        let named = terms.compactMap { term -> IncidentKind? in
            if case .kind(let k) = term.condition, !term.negated { return k }
            return nil
        }
        let excluded = Set(terms.compactMap { term -> IncidentKind? in
            if case .kind(let k) = term.condition, term.negated { return k }
            return nil
        })
        let base = named.isEmpty ? (excluded.isEmpty ? Self.defaultKinds : IncidentKind.allCases) : named
        return base.filter { !excluded.contains($0) }
    }

    /// True when the filter only restricts kinds, so precomputed per-kind rollups answer it.
    public var isKindsOnly: Bool {
        terms.allSatisfy { if case .kind = $0.condition { return true } else { return false } }
    }
}
