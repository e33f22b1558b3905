/// Which names in a watched inbox are articles to ingest and which are ignored, and why.
public enum InboxNames {
    /// The verdict on one directory entry's name.
    public enum Verdict: Sendable, Equatable {
        case article
        /// Dot-files: editors' swap files, `.DS_Store`, rsync's `.name.XXXX` temporaries.
        case hidden
        /// `*.part` and `*.tmp`: a download or copy still in progress, renamed into place when done.
        case inProgress
        /// Any other extension: not something `ingest` reads.
        case notAnArticle
    }

    public static func verdict(for name: String) -> Verdict {
        if name.hasPrefix(".") { return .hidden }
        let lower = name.lowercased()
        if lower.hasSuffix(".part") || lower.hasSuffix(".tmp") { return .inProgress }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return .notAnArticle }
        let ext = String(lower[lower.index(after: dot)...])
        return ArticleReader.articleExtensions.contains(ext) ? .article : .notAnArticle
    }
}
