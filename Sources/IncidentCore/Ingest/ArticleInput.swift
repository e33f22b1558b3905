/// One article as read from a file, before extraction: canonical body and its metadata.
public struct ArticleInput: Sendable {
    public var title: String
    /// Canonical body: NFC, LF line endings, trailing whitespace trimmed. Spans index into it.
    public var body: String
    public var url: String?
    public var outlet: String?
    public var published: CalendarDay?
    public var language: String?
    public var fileName: String
    /// SHA-256 (hex) of the raw bytes the article came from.
    public var rawHash: String

    public init(
        title: String, body: String, url: String? = nil, outlet: String? = nil, published: CalendarDay? = nil,
        language: String? = nil, fileName: String, rawHash: String
    ) {
        self.title = title
        self.body = body
        self.url = url
        self.outlet = outlet
        self.published = published
        self.language = language
        self.fileName = fileName
        self.rawHash = rawHash
    }
}
