import Crypto
import Foundation

/// Reads article files (`.txt`/`.md` with optional front matter, `.json`, `.ndjson`) into
/// `ArticleInput`s: refuses binary files, repairs invalid UTF-8, strips control sequences.
public struct ArticleReader: Sendable {
    /// Files larger than this are refused without being read whole.
    public var maxBytes: Int
    /// Applies to articles that carry no publication date.
    public var defaultPublished: CalendarDay?

    public static let articleExtensions: Set<String> = ["txt", "md", "json", "ndjson"]

    public init(maxBytes: Int = 16 * 1024 * 1024, defaultPublished: CalendarDay? = nil) {
        self.maxBytes = maxBytes
        self.defaultPublished = defaultPublished
    }

    /// What reading one file gave: its articles and at most one warning line.
    public struct Result: Sendable {
        public var articles: [ArticleInput]
        public var warning: String?
    }

    /// Reads one file: at most `maxBytes`, in chunks, from a regular file that must not change
    /// while it is read (its size and modification time are compared before and after).
    public func read(path: String) throws -> Result {
        let name = (path as NSString).lastPathComponent
        let data = try readBytes(path: path)
        return try read(data: data, fileName: name, displayPath: path)
    }

    /// Called after each chunk read by `read(path:)` with the bytes so far (tests change the file here).
    var afterChunk: (@Sendable (Int) -> Void)?

    static let chunkBytes = 1 << 20

    private func readBytes(path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            let advice = code == EACCES ? ": make it readable (chmod +r) or leave it out" : ""
            throw ArticleError(file: path, "cannot read: \(String(cString: strerror(code)).lowercased())\(advice)")
        }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else {
            throw ArticleError(file: path, "cannot read: \(String(cString: strerror(errno)).lowercased())")
        }
        guard (before.st_mode & S_IFMT) == S_IFREG else {
            throw ArticleError(file: path, "not a regular file (a device, pipe or socket): give article files only")
        }
        let tooBig = "over the \(maxBytes)-byte limit: split it or raise --max-article-bytes"
        if Int(before.st_size) > maxBytes { throw ArticleError(file: path, "file is \(before.st_size) bytes, \(tooBig)") }

        var data = Data()
        var buffer = [UInt8](repeating: 0, count: Self.chunkBytes)
        while true {
            let count = buffer.withUnsafeMutableBytes { readChunk(descriptor, into: $0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ArticleError(file: path, "read failed: \(String(cString: strerror(errno)).lowercased())")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.count > maxBytes { throw ArticleError(file: path, "file grew while it was read and is now \(tooBig)") }
            afterChunk?(data.count)
        }
        var after = stat()
        let changed = fstat(descriptor, &after) != 0 || after.st_size != before.st_size
            || after.st_mtim.tv_sec != before.st_mtim.tv_sec || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec
            || Int(after.st_size) != data.count
        if changed {
            throw ArticleError(file: path, "file changed while it was read: ingest it again once it is complete")
        }
        return data
    }

    /// Reads an article file's bytes. `fileName` is recorded in the store; `displayPath` names it in errors.
    public func read(data: Data, fileName: String, displayPath: String? = nil) throws -> Result {
        let shown = displayPath ?? fileName
        let rawHash = Self.sha256Hex(data)
        let decoded = try decode(data, file: shown)
        let ext = (fileName as NSString).pathExtension.lowercased()
        var articles: [ArticleInput]
        switch ext {
        case "json": articles = try readJSON(decoded.text, fileName: fileName, shown: shown, rawHash: rawHash, lines: false)
        case "ndjson", "jsonl": articles = try readJSON(decoded.text, fileName: fileName, shown: shown, rawHash: rawHash, lines: true)
        default: articles = [try readText(decoded.text, fileName: fileName, shown: shown, rawHash: rawHash)]
        }
        if articles.isEmpty { throw ArticleError(file: shown, "holds no articles") }
        for i in articles.indices where articles[i].published == nil {
            articles[i].published = defaultPublished
        }
        return Result(articles: articles, warning: decoded.warning)
    }

    // MARK: - Decoding

    private func decode(_ data: Data, file: String) throws -> (text: String, warning: String?) {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ArticleError(file: file, "file is empty: nothing to ingest")
        }
        if let nul = data.firstIndex(of: 0) {
            throw ArticleError(file: file, "binary file (NUL byte at offset \(nul - data.startIndex)): not an article")
        }
        let head = data.prefix(64 * 1024)
        let invalid = Self.countInvalidUTF8(head)
        if invalid * 100 > head.count {
            throw ArticleError(file: file, "binary file (\(invalid) invalid UTF-8 sequences in the first \(head.count) bytes): articles must be UTF-8 text")
        }
        let totalInvalid = invalid == 0 && data.count <= head.count ? 0 : Self.countInvalidUTF8(data)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (clean, changed) = TextSanitizer.clean(text)
        var notes: [String] = []
        if totalInvalid > 0 { notes.append("replaced \(totalInvalid) invalid UTF-8 sequence\(totalInvalid == 1 ? "" : "s") with U+FFFD") }
        if changed { notes.append("removed control characters or escape sequences") }
        return (clean, notes.isEmpty ? nil : "\(file): warning: " + notes.joined(separator: "; "))
    }

    static func countInvalidUTF8<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var invalid = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return invalid
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lower-case hex of the SHA-256 (by table: `String(format:)` per byte cost more than the hash).
    static func sha256Hex(_ data: Data) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    // MARK: - Text articles

    private func readText(_ text: String, fileName: String, shown: String, rawHash: String) throws -> ArticleInput {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let front = try FrontMatter.parse(lines: lines, file: shown)
        let bodyText = lines[front.bodyStartLine...].joined(separator: "\n")
        let body = Self.canonicalBody(bodyText)
        guard !body.isEmpty else { throw ArticleError(file: shown, "has front matter but no article text") }
        let published = front.fields["published"].flatMap(CalendarDay.init(iso:))
        return ArticleInput(
            title: front.fields["title"].map(Self.cleanLine) ?? Self.headline(of: body),
            body: body, url: front.fields["url"], outlet: front.fields["outlet"], published: published,
            language: front.fields["language"], fileName: fileName, rawHash: rawHash)
    }

    // MARK: - JSON articles

    private func readJSON(_ text: String, fileName: String, shown: String, rawHash: String, lines: Bool) throws -> [ArticleInput] {
        var objects: [(Any, Int?)] = []
        if lines {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                do {
                    objects.append((try JSONSerialization.jsonObject(with: Data(trimmed.utf8)), number + 1))
                } catch {
                    throw ArticleError(file: shown, line: number + 1, "not a JSON object: each line must be one {\"title\", \"text\", ...} object")
                }
            }
        } else {
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                throw ArticleError(file: shown, "not valid JSON: expected an object or an array of {\"title\", \"text\", ...} objects")
            }
            if let array = parsed as? [Any] { objects = array.map { ($0, nil) } } else { objects = [(parsed, nil)] }
        }
        return try objects.enumerated().map { index, entry in
            try article(fromJSON: entry.0, index: index, line: entry.1, fileName: fileName, shown: shown, rawHash: rawHash)
        }
    }

    private func article(fromJSON value: Any, index: Int, line: Int?, fileName: String, shown: String, rawHash: String) throws -> ArticleInput {
        let place = line == nil ? "record \(index + 1)" : "this line"
        guard let object = value as? [String: Any] else {
            throw ArticleError(file: shown, line: line, "\(place) is not a JSON object with \"title\" and \"text\"")
        }
        func string(_ key: String) throws -> String? {
            guard let raw = object[key], !(raw is NSNull) else { return nil }
            guard let s = raw as? String else {
                throw ArticleError(file: shown, line: line, "\(place): \"\(key)\" must be a string")
            }
            let cleaned = TextSanitizer.clean(s).text.trimmingCharacters(in: .whitespacesAndNewlines)
            return cleaned.isEmpty ? nil : cleaned
        }
        guard let text = try string("text") ?? string("body") else {
            throw ArticleError(file: shown, line: line, "\(place) has no \"text\": every article needs its text")
        }
        var published: CalendarDay?
        if let p = try string("published") {
            guard let day = CalendarDay(iso: p) else {
                throw ArticleError(file: shown, line: line, "\(place): published `\(p)` is not a date: write YYYY-MM-DD or an ISO date-time")
            }
            published = day
        }
        let body = Self.canonicalBody(text)
        return ArticleInput(
            title: try string("title").map(Self.cleanLine) ?? Self.headline(of: body), body: body,
            url: try string("url"), outlet: try string("outlet"), published: published,
            language: try string("language"), fileName: fileName, rawHash: rawHash)
    }

    // MARK: - Canonical form

    /// NFC, LF line endings, trailing whitespace of every line trimmed, no blank lines at either end.
    public static func canonicalBody(_ text: String) -> String {
        let nfc = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .precomposedStringWithCanonicalMapping
        var lines = nfc.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
            return line[..<end]
        }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The SHA-256 (hex) of a canonical body: an article's identity.
    public static func contentHash(ofCanonicalBody body: String) -> String {
        sha256Hex(Data(body.utf8))
    }

    /// The first non-empty line; when the text starts straight into the story (a long line that
    /// reads as a sentence), its first sentence, shortened.
    public static func headline(of body: String) -> String {
        let firstLine = body.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
        let line = cleanLine(firstLine)
        let readsAsStory = line.count > 150 || (line.count > 80 && (line.hasSuffix(".") || line.hasSuffix("\u{201D}")))
        guard readsAsStory else { return line }
        return shorten(firstSentence(of: line), to: 100)
    }

    static func cleanLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func firstSentence(of line: String) -> String {
        let words = line.split(separator: " ")
        var taken: [Substring] = []
        for word in words {
            taken.append(word)
            if word.hasSuffix(".") || word.hasSuffix("!") || word.hasSuffix("?") {
                let stem = word.dropLast()
                // "U.S." and initials are not sentence ends.
                if stem.count > 2, !stem.contains(".") { break }
            }
        }
        return taken.joined(separator: " ")
    }

    static func shorten(_ s: String, to limit: Int) -> String {
        guard s.count > limit else { return s }
        var cut = s.prefix(limit)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-")) + "…"
    }
}

/// `read(2)` under a name the reader's own `read` methods do not hide.
private func readChunk(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(descriptor, buffer.baseAddress, buffer.count)
}
