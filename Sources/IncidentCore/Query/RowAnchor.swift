/// Where a window of rows starts in a filtered, sorted list of incidents: at either end, or next
/// to a known incident (keyset pagination: the store seeks its sort index to that incident
/// instead of counting rows from the top).
public enum RowAnchor: Hashable, Sendable {
    /// The first rows of the list.
    case start
    /// The last rows of the list.
    case end
    /// Rows that follow this incident (not including it).
    case after(Int64)
    /// Rows that precede this incident (not including it).
    case before(Int64)
    /// This incident and the rows that follow it.
    case at(Int64)
}
