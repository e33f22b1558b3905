import TUI

/// The open article wrapped to the pane's width, kept between frames: wrapping walks every
/// character of the article, and a frame drawn for a key that leaves the article as it was
/// (a clock tick, a sort, the chart scrolled) should not pay for that again.
struct ArticleWrap: Sendable {
    let text: String
    let width: Int
    let lines: [WordWrap.Line]

    init(_ text: String, width: Int) {
        self.text = text
        self.width = width
        lines = WordWrap.wrap(text, width: width)
    }

    /// The lines of `text` at `width`: the kept ones when they are for the same text and width.
    static func lines(of text: String, width: Int, kept: ArticleWrap?) -> [WordWrap.Line] {
        if let kept, kept.width == width, kept.text == text { return kept.lines }
        return WordWrap.wrap(text, width: width)
    }
}
