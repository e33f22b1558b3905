/// Shortens a sentence for an incident summary (about 200 characters, cut at a word).
enum SummaryText {
    static let limit = 200

    static func trimmed(_ sentence: String) -> String {
        var s = sentence
        while let f = s.first, f == " " || f == "\"" || f == "“" || f == "”" { s.removeFirst() }
        guard s.count > limit else { return s }
        let head = s.prefix(limit)
        if let space = head.lastIndex(of: " ") {
            return String(head[..<space]) + "…"
        }
        return String(head) + "…"
    }
}
