import Foundation

/// The user's settings file, `$XDG_CONFIG_HOME/watchfloor/config`.
///
/// Format: one `key = value` per line; blank lines and lines starting with `#` are ignored.
/// Watchfloor writes one key itself, `theme`, when the user presses `t` in the dashboard: it
/// changes that line's value and nothing else (every other byte stays as written), appends the
/// line if there is none, and refuses, saying why, when the key appears more than once.
public struct UserConfig: Sendable {
    /// One `key = value` line.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: String
        public var line: Int
    }

    /// A problem with the file, naming its line.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public let path: String
    public private(set) var entries: [Entry] = []

    /// `$XDG_CONFIG_HOME/watchfloor/config` (`~/.config/watchfloor/config`).
    public static func defaultPath(environment: [String: String]) -> String {
        ThemeSearchPath.configDirectory(environment: environment) + "/config"
    }

    /// Reads the file; a missing file is an empty config.
    public init(path: String) throws(Problem) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Problem(description: "\(path): cannot be read as UTF-8 text")
        }
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw Problem(description: "\(path):\(offset + 1): expected `key = value`, found `\(line)`: fix or delete the line")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = Substring(line[line.index(after: equals)...])
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            entries.append(Entry(key: key, value: value.trimmingCharacters(in: .whitespaces), line: offset + 1))
        }
    }

    /// The value of `key`; an error if the key is set more than once.
    public func value(for key: String) throws(Problem) -> String? {
        let matches = entries.filter { $0.key == key }
        if matches.count > 1 {
            throw Problem(description: "\(path): `\(key)` is set on lines \(matches.map { String($0.line) }.joined(separator: " and ")): keep one")
        }
        return matches.first?.value
    }

    static let header = """
        # Watchfloor settings: one `key = value` per line; lines starting with # are comments.
        # `theme` (a theme name or a path to a .theme file) is updated when you press t in the
        # dashboard; only that line's value is ever changed, everything else stays as you wrote it.

        """

    /// Sets `key` to `value` in the file at `path`, changing nothing else. Returns false when the
    /// file already said so (and was not touched).
    @discardableResult
    public static func set(_ key: String, to value: String, at path: String) throws(Problem) -> Bool {
        guard !value.isEmpty, !value.contains("\n"), !value.contains("\r") else {
            throw Problem(description: "cannot save `\(key)`: the value must be one non-empty line")
        }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var text = ""
        if FileManager.default.fileExists(atPath: target) {
            guard let data = FileManager.default.contents(atPath: target), let existing = String(data: data, encoding: .utf8) else {
                throw Problem(description: "\(path): cannot be read as UTF-8 text, so it was left alone")
            }
            text = existing
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let matching = lines.indices.filter { lineKey(lines[$0]) == key }
        switch matching.count {
        case 0:
            if text.isEmpty {
                text = header + "\(key) = \(value)\n"
            } else {
                text += (text.hasSuffix("\n") ? "" : "\n") + "\(key) = \(value)\n"
            }
        case 1:
            let index = matching[0]
            guard let replaced = replacingValue(in: lines[index], with: value) else { return false }
            lines[index] = replaced
            text = lines.joined(separator: "\n")
        default:
            throw Problem(description: "\(path): `\(key)` is set on lines \(matching.map { String($0 + 1) }.joined(separator: " and ")); keep one and the choice will be saved")
        }
        do {
            let directory = (target as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let permissions = try? FileManager.default.attributesOfItem(atPath: target)[.posixPermissions]
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
            if let permissions { try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: target) }
        } catch {
            throw Problem(description: "\(path): cannot be written (\(error.localizedDescription)); check the directory's permissions")
        }
        return true
    }

    /// The key of a `key = value` line, or nil for comments, blanks and other lines.
    static func lineKey(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return nil }
        return trimmed[..<equals].trimmingCharacters(in: .whitespaces)
    }

    /// The line with its value replaced, keeping the text before the value, any trailing
    /// ` # comment`, and a trailing CR; nil when the value is already `value`.
    static func replacingValue(in line: String, with value: String) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        let prefix = line[...equals]
        var rest = Substring(line[line.index(after: equals)...])
        var carriageReturn = ""
        if rest.hasSuffix("\r") {
            rest = rest.dropLast()
            carriageReturn = "\r"
        }
        let leading = rest.prefix { $0 == " " || $0 == "\t" }
        var body = rest.dropFirst(leading.count)
        var comment = Substring("")
        if let hash = body.range(of: " #") {
            comment = body[hash.lowerBound...]
            body = body[..<hash.lowerBound]
        }
        let trailing = body.reversed().prefix { $0 == " " || $0 == "\t" }
        let old = body.dropLast(trailing.count)
        if old == value { return nil }
        return String(prefix) + (leading.isEmpty ? " " : String(leading)) + value + String(trailing.reversed()) + String(comment) + carriageReturn
    }
}
