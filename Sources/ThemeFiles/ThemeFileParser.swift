/// Splits a theme file into its settings, `[palette]` and `[roles]` lines, noting syntax
/// problems with their line numbers. Colours and roles are checked by `ThemeLoader`, which
/// knows the inherited palette.
///
/// ```
/// # nord.theme: comments start with # at the start of a line, or " # " after a value
/// inherits = default
/// description = Arctic blues on a dark page
/// [palette]
/// frost = #88C0D0 110 cyan
/// [roles]
/// header = night on frost bold
/// ```
public enum ThemeFileParser {
    enum Section { case top, palette, roles }

    public static func parse(_ text: String, path: String) -> ThemeFile {
        var file = ThemeFile(path: path)
        var section = Section.top
        var paletteLines: [String: Int] = [:]
        var roleLines: [String: Int] = [:]
        func problem(_ line: Int, _ kind: ThemeFileError.Kind, _ message: String) {
            file.errors.append(ThemeFileError(file: path, line: line, kind: kind, message: message))
        }

        // Any line break ends a line: "\r\n" is one Character in Swift, so splitting on "\n" alone
        // would read a CRLF file as a single line.
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = offset + 1
            let line = withoutComment(String(rawLine)).trimmingWhitespace()
            if line.isEmpty { continue }

            if line.hasPrefix("[") {
                switch line {
                case "[palette]": section = .palette
                case "[roles]": section = .roles
                default: problem(number, .syntax, "unknown section `\(line)`: use [palette] or [roles]")
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                problem(number, .syntax, "expected `name = value`, found `\(line)`")
                continue
            }
            let name = String(line[..<equals]).trimmingWhitespace()
            let value = String(line[line.index(after: equals)...]).trimmingWhitespace()
            let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !name.isEmpty else {
                problem(number, .syntax, "a name is missing before `=`")
                continue
            }
            guard !words.isEmpty else {
                problem(number, .syntax, "`\(name) =` has no value")
                continue
            }

            switch section {
            case .top:
                switch name {
                case "inherits":
                    guard words.count == 1 else {
                        problem(number, .syntax, "inherits takes one theme name, found `\(value)`")
                        continue
                    }
                    if let earlier = file.inherits {
                        problem(number, .syntax, "inherits is already set on line \(earlier.line)")
                        continue
                    }
                    file.inherits = ThemeFile.Inheritance(parent: words[0], line: number)
                case "description":
                    file.description = value
                default:
                    if RoleName.role(named: name) != nil {
                        problem(number, .syntax, "role `\(name)` before [roles]: put a [roles] line above it")
                    } else {
                        problem(number, .syntax, "unknown setting `\(name)`: before [palette] only `inherits` and `description` are allowed")
                    }
                }
            case .palette:
                if ColorWords.reservedWords.contains(name) {
                    problem(number, .syntax, "palette name `\(name)` is already a colour, attribute or keyword: choose another name")
                } else if !isPaletteName(name) {
                    problem(number, .syntax, "palette name `\(name)`: use lowercase letters, digits, - and _, starting with a letter")
                } else if let earlier = paletteLines[name] {
                    problem(number, .syntax, "palette name `\(name)` is already defined on line \(earlier)")
                } else {
                    paletteLines[name] = number
                    file.palette.append(ThemeFile.Entry(name: name, words: words, line: number))
                }
            case .roles:
                if let role = RoleName.role(named: name) {
                    let key = RoleName.fileName(of: role)
                    if let earlier = roleLines[key] {
                        problem(number, .syntax, "role `\(name)` is already set on line \(earlier)")
                    } else {
                        roleLines[key] = number
                        file.roles.append(ThemeFile.Entry(name: key, words: words, line: number))
                    }
                } else {
                    problem(number, .unknownRole, "unknown role `\(name)`: the roles are listed in Themes/README.md")
                }
            }
        }
        return file
    }

    /// A line without its comment: `#` at the start, or a `#` with blanks on both sides
    /// (so `#88C0D0` stays a colour).
    static func withoutComment(_ line: String) -> String {
        let characters = Array(line)
        for index in characters.indices where characters[index] == "#" {
            let atStart = characters[..<index].allSatisfy { $0 == " " || $0 == "\t" }
            let blankBefore = index > 0 && (characters[index - 1] == " " || characters[index - 1] == "\t")
            let blankAfter = index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\t"
            if atStart || (blankBefore && blankAfter) {
                return String(characters[..<index])
            }
        }
        return line
    }

    static func isPaletteName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLowercase else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
