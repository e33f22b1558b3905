import Foundation

/// The optional header between `---` lines at the top of an article file: `published`, `url`,
/// `outlet`, `language`, `title`.
public struct FrontMatter: Sendable, Equatable {
    public var fields: [String: String] = [:]
    /// Where the body starts, as an index into the text's lines.
    public var bodyStartLine: Int = 0

    public static let knownKeys: Set<String> = ["published", "url", "outlet", "language", "title", "date", "source"]

    /// Splits front matter from the body. Errors name the 1-based line of the file.
    public static func parse(lines: [Substring], file: String) throws -> FrontMatter {
        var result = FrontMatter()
        guard let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
              lines[first].trimmingCharacters(in: .whitespaces) == "---" else { return result }
        guard lines[(first + 1)...].contains(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw ArticleError(file: file, line: first + 1, "front matter opened with --- is never closed: add a closing --- line")
        }
        var index = first + 1
        while index < lines.count {
            let raw = lines[index]
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line == "---" {
                result.bodyStartLine = index + 1
                return result
            }
            if line.isEmpty || line.hasPrefix("#") {
                index += 1
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ArticleError(file: file, line: index + 1,
                                   "front matter line is not `key: value` (\(String(line.prefix(40)))): fix it or remove the --- header")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) else {
                throw ArticleError(file: file, line: index + 1, "front matter key `\(key)` is not a name: use published, url, outlet, language or title")
            }
            if key == "published" || key == "date" {
                guard CalendarDay(iso: value) != nil else {
                    throw ArticleError(file: file, line: index + 1,
                                       "published: `\(value)` is not a date: write YYYY-MM-DD or an ISO date-time")
                }
            }
            result.fields[key == "date" ? "published" : key] = value
            index += 1
        }
        throw ArticleError(file: file, line: first + 1, "front matter opened with --- is never closed: add a closing --- line")
    }
}
