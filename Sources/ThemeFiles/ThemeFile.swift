/// A theme file as written, before palette names and inheritance are resolved.
public struct ThemeFile: Sendable {
    /// One `name = value` line: the name, the value's words, and the line number.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var words: [String]
        public var line: Int
    }

    /// `inherits = NAME` and the line it is on.
    public struct Inheritance: Hashable, Sendable {
        public var parent: String
        public var line: Int

        public init(parent: String, line: Int) {
            self.parent = parent
            self.line = line
        }
    }

    /// The file's path as given (used in error messages).
    public var path: String
    /// The theme this one starts from, if any.
    public var inherits: Inheritance?
    /// `description = …`: one line shown by `watchfloor themes list`.
    public var description: String?
    /// `[palette]` entries in file order.
    public var palette: [Entry] = []
    /// `[roles]` entries in file order (role names as written).
    public var roles: [Entry] = []
    /// Problems found while reading the lines.
    public var errors: [ThemeFileError] = []

    /// The theme's name: the file name without `.theme`.
    public var name: String {
        ThemeFile.themeName(forPath: path)
    }

    /// `Themes/nord.theme` → `nord`.
    public static func themeName(forPath path: String) -> String {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        return fileName.hasSuffix(".theme") ? String(fileName.dropLast(".theme".count)) : fileName
    }
}
