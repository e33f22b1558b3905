/// Turns an article's text into incidents and reported totals. Pure: no database, no I/O.
public struct Extractor: Sendable {
    public var gazetteer: Gazetteer {
        didSet { places = PlaceMatcher(gazetteer: gazetteer) }
    }
    public var groups: GroupCatalog {
        didSet { groupMatcher = GroupMatcher(catalog: groups) }
    }
    private var places: PlaceMatcher
    private var groupMatcher: GroupMatcher

    public init(gazetteer: Gazetteer = .bundled, groups: GroupCatalog = .bundled) {
        self.gazetteer = gazetteer
        self.groups = groups
        places = PlaceMatcher(gazetteer: gazetteer)
        groupMatcher = GroupMatcher(catalog: groups)
    }

    /// Extracts from one article. `body` is the sanitised body (spans index into it, in code points);
    /// `published` resolves relative dates ("this Saturday", "yesterday") and infers years.
    public func extract(title: String, body: String, published: CalendarDay?) -> ArticleExtraction {
        let text = ScannedText(body)
        let sentences = SentenceSplitter.split(text.tokens)
        let builder = FrameBuilder(text: text, sentences: sentences, published: published, places: places,
                                   groups: groupMatcher)
        let (frames, totals) = builder.build()
        let assembler = IncidentAssembler(text: text, sentences: sentences, published: published, title: title)
        return ArticleExtraction(incidents: assembler.assemble(frames), totals: TotalMerger.merge(totals))
    }
}
