/// Turns an article's text into incidents and reported totals. Pure: no database, no I/O.
public struct Extractor: Sendable {
    public var gazetteer: Gazetteer
    public var groups: GroupCatalog

    public init(gazetteer: Gazetteer = .bundled, groups: GroupCatalog = .bundled) {
        self.gazetteer = gazetteer
        self.groups = groups
    }

    /// Extracts from one article. `body` is the sanitised body (spans index into it, in code points);
    /// `published` resolves relative dates ("this Saturday", "yesterday") and infers years.
    public func extract(title: String, body: String, published: CalendarDay?) -> ArticleExtraction {
        ArticleExtraction()
    }
}
