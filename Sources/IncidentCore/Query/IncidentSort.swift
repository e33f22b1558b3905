/// The columns incidents can be sorted by, and the direction.
public struct IncidentSort: Hashable, Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case date, country, location, weapons, killed, injured, claimed, sources

        /// The SQL expression sorted on (each has an index or is cheap on the filtered window).
        var expression: String {
            switch self {
            case .date: return "date"
            case .country: return "country"
            case .location: return "location"
            case .weapons: return "weapons"
            case .killed: return "usKilled"
            case .injured: return "usInjured"
            case .claimed: return "claimedBy"
            case .sources: return "sourceCount"
            }
        }
    }

    public var column: Column
    public var descending: Bool

    public init(column: Column = .date, descending: Bool = true) {
        self.column = column
        self.descending = descending
    }

    public static let newestFirst = IncidentSort()

    /// `ORDER BY` clause: the column, nulls last either way, then date and id as tie-breakers in the
    /// same direction so the order is total and stable.
    var orderBy: String {
        let dir = descending ? "DESC" : "ASC"
        let e = column.expression
        if column == .date { return "date IS NULL, date \(dir), id \(dir)" }
        return "\(e) IS NULL, \(e) \(dir), date \(dir), id \(dir)"
    }
}
