/// Attacks in one month and country, for the monthly chart.
public struct MonthCount: Hashable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    public var country: String
    public var count: Int

    public init(month: String, country: String, count: Int) {
        self.month = month
        self.country = country
        self.count = count
    }
}

/// One source of an incident with everything the detail pane shows: the article's text and the
/// spans of the facts extracted from it.
public struct SourceArticle: Hashable, Sendable {
    public var source: IncidentSource
    /// Nil for a source known only by URL (an imported row).
    public var body: String?
    public var language: String?
    public var facts: [Fact]

    public init(source: IncidentSource, body: String?, language: String?, facts: [Fact]) {
        self.source = source
        self.body = body
        self.language = language
        self.facts = facts
    }
}
