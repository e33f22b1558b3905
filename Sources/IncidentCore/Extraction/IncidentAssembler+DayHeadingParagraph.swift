/// Timelines and live blogs head each day's paragraph with the day alone on a line ("Oct. 20", then "A drone is shot
/// down near Ain al-Asad."): the paragraph under the heading tells that day's attack, so the same base under another
/// day's heading is another attack.
extension IncidentAssembler {
    /// The day of the heading line that opens the paragraph of `frame` ("Oct. 20" right above it, no blank line
    /// between), when the frame gives no day of its own and the story heads two days or more; nil otherwise.
    func dayOfHeadingParagraph(_ frame: ArticleFrame) -> DateMention? {
        guard !frame.dates.contains(where: { $0.precision == .day && !$0.isTelling }) else { return nil }
        let tokens = text.tokens
        // A release's own date on the line above its first paragraph ("Aug. 10, 2024") heads no timeline: a timeline
        // heads two days or more.
        let headings = sentences.filter { FrameBuilder.dateHeading($0, tokens: tokens, published: published) != nil }
        guard headings.count >= 2 else { return nil }
        var s = frame.sentence
        while s > 0 {
            if startsParagraph(sentences[s].lowerBound) { return nil }
            s -= 1
            if let day = FrameBuilder.dateHeading(sentences[s], tokens: tokens, published: published) { return day }
        }
        return nil
    }

    /// True when a blank line comes before token `k` (or it opens the body).
    private func startsParagraph(_ k: Int) -> Bool {
        let tokens = text.tokens
        guard k > 0 else { return true }
        return text.text(TextSpan(start: tokens[k - 1].end, end: tokens[k].start)).filter { $0 == "\n" }.count >= 2
    }
}
