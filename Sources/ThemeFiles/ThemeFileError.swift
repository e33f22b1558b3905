/// One problem in a theme file: the file, the line (1-based; 0 when it concerns the whole
/// file), what kind of problem, and a message that says what to do.
public struct ThemeFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of problem `watchfloor themes check` reports.
    public enum Kind: String, Hashable, Sendable {
        /// Not `name = value`, an unknown section or setting, a repeated role.
        case syntax
        /// A role the dashboard does not have.
        case unknownRole
        /// Not `#rrggbb`, 0–255, a colour name or a palette name.
        case badColour
        /// Not bold, dim, reverse, underline or italic.
        case unknownAttribute
        /// `inherits` leads back to a theme already in the chain.
        case inheritanceCycle
        /// `inherits` names a theme that cannot be found.
        case unknownParent
        /// `inherits` names a theme that has errors of its own.
        case brokenParent
        /// The file cannot be read.
        case unreadable
    }

    public var file: String
    public var line: Int
    public var kind: Kind
    public var message: String

    public init(file: String, line: Int, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.kind = kind
        self.message = message
    }

    /// One line, whatever the file held: line breaks and other controls are shown escaped.
    public var description: String {
        let text = line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        return text.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }.joined()
    }
}

/// Every problem found while loading one theme; loading fails if there is any.
public struct ThemeLoadError: Error, Sendable, CustomStringConvertible {
    public var errors: [ThemeFileError]

    public init(_ errors: [ThemeFileError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
