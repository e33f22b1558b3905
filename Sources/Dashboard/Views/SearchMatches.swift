import Foundation

/// Where the words of a text search occur in an article, as Unicode scalar offsets (the unit of
/// the store's fact spans), so the pane can highlight them and scroll to the first.
enum SearchMatches {
    /// The words of a search as typed: FTS operators, quotes and `*` dropped, short words ignored.
    static func words(of search: String?) -> [String] {
        guard let search else { return [] }
        let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]
        return search.split(whereSeparator: { $0.isWhitespace || $0 == "\"" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "*()^")) }
            .filter { $0.count >= 2 && !operators.contains($0) }
    }

    /// Every occurrence of any of the words (case- and accent-insensitive), in text order.
    static func ranges(of words: [String], in text: String) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for word in words {
            var searchStart = text.startIndex
            while let range = text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<text.endIndex) {
                let lower = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                let upper = lower + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
                found.append(lower..<upper)
                searchStart = range.upperBound
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }
}
