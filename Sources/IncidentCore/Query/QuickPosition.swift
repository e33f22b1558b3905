/// Where an incident is in a filtered, sorted list, as far as a quick look can tell.
public enum QuickPosition: Equatable, Sendable {
    /// Its exact row index.
    case exact(Int)
    /// More than `margin` rows from either end: counting it exactly means counting a long
    /// stretch of the index, which is done off the UI thread.
    case far(margin: Int)
    /// The filter excludes it.
    case excluded
}
