import IncidentCore

/// A search for the next incident a text search hits: the list's filter with the search words
/// added, walked in list order from `from`, wrapping around to `wrap` when nothing is found.
public struct SearchRequest: Sendable, Equatable {
    /// The filter shown plus the search words as a text term.
    public var hits: IncidentFilter
    public var sort: IncidentSort
    public var from: RowAnchor
    public var wrap: RowAnchor
    /// The words to count matching articles and summaries for (a new search), or nil (`n`/`N`).
    public var countWords: String?

    public init(hits: IncidentFilter, sort: IncidentSort, from: RowAnchor, wrap: RowAnchor, countWords: String?) {
        self.hits = hits
        self.sort = sort
        self.from = from
        self.wrap = wrap
        self.countWords = countWords
    }

    /// Runs the search with the given reads: one row next to an anchor, and the full-text count.
    func perform(row: (IncidentFilter, IncidentSort, RowAnchor) throws -> Incident?,
                 matches: (String) throws -> Int) throws -> SearchHit {
        let counted = try countWords.map(matches)
        if counted == 0 { return SearchHit(incidentId: nil, textMatches: 0) }
        let hit = try row(hits, sort, from) ?? row(hits, sort, wrap)
        return SearchHit(incidentId: hit?.id, textMatches: counted)
    }
}

/// What a search found: the incident to jump to (nil: none in the list) and, for a new search,
/// how many articles and summaries match its words.
public struct SearchHit: Sendable, Equatable {
    public var incidentId: Int64?
    public var textMatches: Int?
}
