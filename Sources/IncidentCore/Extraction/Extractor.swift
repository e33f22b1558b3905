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
    /// `published` resolves relative dates ("this Saturday", "yesterday") and infers years. `language` is the front
    /// matter's `language:` ("pt", "de" ...): it is trusted only when the body is too short to tell its language.
    public func extract(title: String, body: String, published: CalendarDay?, language: String? = nil) -> ArticleExtraction {
        let text = ScannedText(body, language: ArticleLanguage(declared: language))
        let sentences = SentenceSplitter.split(text.tokens)
        // Wire copy without a publication date is dated by its dateline ("BAGHDAD, Jan 21 (Reuters) -").
        // Without a publication date, the first year written in the text places the dateline's day.
        let yearHint = text.tokens.lazy.compactMap { t -> CalendarDay? in
            guard t.kind == .number, let y = t.value, (1990...2100).contains(y) else { return nil }
            return CalendarDay(year: y, month: 12, day: 31)
        }.first
        var dateline = DatelineFinder.find(tokens: text.tokens, published: published ?? yearHint)
        let fromDateline = published == nil && dateline?.day != nil
        let published = published ?? dateline?.day
        if fromDateline, yearHint == nil { dateline = DatelineFinder.find(tokens: text.tokens, published: published) }
        let builder = FrameBuilder(text: text, sentences: sentences, published: published, places: places,
                                   groups: groupMatcher, dateline: dateline)
        let (frames, totals) = builder.build()
        var assembler = IncidentAssembler(text: text, sentences: sentences, published: published, title: title)
        assembler.publishedFromDateline = fromDateline
        assembler.places = places
        assembler.basesBySentence = sentences.map { places.matches(in: $0, tokens: text.tokens).map(\.base) }
        assembler.statementClaimant = StatementClaimant.find(title: title, text: text, sentences: sentences,
                                                             groups: groupMatcher)
        var extraction = ArticleExtraction(incidents: assembler.assemble(frames), totals: TotalMerger.merge(totals))
        if fromDateline { extraction.datelineDay = published }
        return extraction
    }
}
