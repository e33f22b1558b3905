import IncidentCore

/// What the detail pane shows: one incident, its source articles, which one is open and how far it
/// is scrolled. Interactive use takes it from the selection; the kiosk from its cycle of arrivals.
struct DetailContent {
    var title: String
    var incident: Incident?
    var sources: [SourceArticle]
    var sourceIndex: Int
    var articleScroll: Int
    /// Words of the active text search, highlighted in the article.
    var searchWords: [String] = []
    /// The article as last wrapped, if kept.
    var wrap: ArticleWrap?

    /// The open article's text, if it has one.
    var body: String? {
        sources.indices.contains(sourceIndex) ? sources[sourceIndex].body : nil
    }

    /// The pane's content for a state: the kiosk's current arrival, or the selected incident.
    static func of(_ state: DashboardState) -> DetailContent {
        if let kiosk = state.kiosk {
            let incident = kiosk.arrivals.indices.contains(kiosk.index) ? kiosk.arrivals[kiosk.index] : nil
            let title = kiosk.arrivals.isEmpty ? "Latest arrivals"
                : "Latest arrivals \(kiosk.index + 1)/\(kiosk.arrivals.count) · next every \(kiosk.cycleSeconds) s"
            return DetailContent(title: title, incident: incident, sources: kiosk.sources,
                                 sourceIndex: max(0, kiosk.sources.count - 1), articleScroll: 0, wrap: state.articleWrap)
        }
        return DetailContent(title: "Detail", incident: state.selectedRow, sources: state.sources,
                             sourceIndex: state.sourceIndex, articleScroll: state.articleScroll,
                             searchWords: SearchMatches.words(of: state.searchText), wrap: state.articleWrap)
    }
}
