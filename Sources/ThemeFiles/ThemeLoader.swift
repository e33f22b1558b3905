import Foundation
import TUI

/// Finds theme files along a search path and turns them into `Theme`s: reads the file,
/// follows `inherits` (beside the file first, then along the search path, then the built-in
/// `default` and `mono`), resolves palette names, and reports every problem with its line.
///
/// A theme without `inherits` starts from the built-in default, so a role it leaves out looks
/// as in the default theme. The background of the `text` role is the page: a role written
/// without `on`, and an inherited role that showed the parent's page, gets it.
public struct ThemeLoader: Sendable {
    /// Directories searched for `NAME.theme`, first match wins.
    public var searchPath: [String]

    public init(searchPath: [String]) {
        self.searchPath = searchPath
    }

    // MARK: - Finding

    /// The first `NAME.theme` along the search path, if any.
    public func path(forName name: String) -> String? {
        candidates(forName: name, besides: nil).first
    }

    /// Every theme this loader can find, by name: files along the search path (the first of a
    /// name wins, later ones are listed as shadowed), then the built-ins not overridden by a file.
    public func available() -> [ThemeListing] {
        var listings: [String: ThemeListing] = [:]
        var order: [String] = []
        for directory in searchPath {
            for file in Self.themeFiles(in: directory) {
                let name = ThemeFile.themeName(forPath: file)
                if listings[name] == nil {
                    listings[name] = ThemeListing(name: name, path: file)
                    order.append(name)
                } else {
                    listings[name]?.shadowed.append(file)
                }
            }
        }
        for builtin in Theme.builtins where listings[builtin.name] == nil {
            listings[builtin.name] = ThemeListing(name: builtin.name, path: nil)
            order.append(builtin.name)
        }
        return order.sorted().compactMap { listings[$0] }
    }

    /// The `.theme` files directly inside a directory, sorted by name.
    public static func themeFiles(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return names.filter { $0.hasSuffix(".theme") }.sorted().map { base + $0 }
    }

    func candidates(forName name: String, besides file: String?) -> [String] {
        var directories = searchPath
        if let file { directories.insert((file as NSString).deletingLastPathComponent, at: 0) }
        var found: [String] = []
        for directory in directories {
            let base = directory.isEmpty ? "." : directory
            let path = (base as NSString).appendingPathComponent(name + ".theme")
            guard FileManager.default.isReadableFile(atPath: path) else { continue }
            if let file, Self.sameFile(path, file) { continue }
            if !found.contains(where: { Self.sameFile($0, path) }) { found.append(path) }
        }
        return found
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        canonical(a) == canonical(b)
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    // MARK: - Loading

    /// The theme called `name`: `NAME.theme` along the search path, else a built-in.
    public func load(name: String) throws(ThemeLoadError) -> LoadedTheme {
        if let path = path(forName: name) { return try load(path: path) }
        if let builtin = Theme.builtins.first(where: { $0.name == name }) { return .builtin(builtin) }
        let known = available().map(\.name).joined(separator: ", ")
        throw ThemeLoadError([ThemeFileError(file: "--theme", line: 0, kind: .unknownParent,
                                             message: "no theme called `\(name)`: choose one of \(known), or give a path to a .theme file")])
    }

    /// The theme in the file at `path`, with its parents.
    public func load(path: String) throws(ThemeLoadError) -> LoadedTheme {
        var lineage: [ThemeFile] = []
        var errors: [ThemeFileError] = []
        var base = Theme.builtinDefault
        var current = path
        while true {
            let file: ThemeFile
            do { file = try Self.read(current) } catch { throw ThemeLoadError(errors + [error]) }
            lineage.append(file)
            errors += file.errors
            guard let inherits = file.inherits else { break }
            if let parentPath = candidates(forName: inherits.parent, besides: current).first {
                if lineage.contains(where: { Self.sameFile($0.path, parentPath) }) {
                    let names = (lineage.map(\.path) + [parentPath]).map(ThemeFile.themeName(forPath:))
                    let root = lineage[0]
                    errors.append(ThemeFileError(file: root.path, line: root.inherits?.line ?? inherits.line, kind: .inheritanceCycle,
                                                 message: "inheritance cycle: \(names.joined(separator: " → ")): remove one of the `inherits` lines"))
                    throw ThemeLoadError(errors)
                }
                current = parentPath
            } else if let builtin = Theme.builtins.first(where: { $0.name == inherits.parent }) {
                base = builtin
                break
            } else {
                errors.append(ThemeFileError(file: file.path, line: inherits.line, kind: .unknownParent,
                                             message: "inherits `\(inherits.parent)`, but no \(inherits.parent).theme is beside this file or on the theme search path"))
                throw ThemeLoadError(errors)
            }
        }

        var styles = base.styles
        var palette: [String: TerminalColor] = [:]
        for file in lineage.reversed() {
            apply(file, to: &styles, palette: &palette, errors: &errors)
        }
        let root = lineage[0]
        if let inherits = root.inherits, let parentError = errors.first(where: { $0.file != root.path }) {
            errors.insert(ThemeFileError(file: root.path, line: inherits.line, kind: .brokenParent,
                                         message: "inherits `\(inherits.parent)`, which has errors: fix \(parentError.file) first"), at: 0)
        }
        guard errors.isEmpty else { throw ThemeLoadError(errors) }
        return LoadedTheme(theme: Theme(name: lineage[0].name, styles: styles), path: path,
                           description: lineage[0].description, palette: palette)
    }

    /// Applies one file's palette and roles on top of what its parents gave.
    func apply(_ file: ThemeFile, to styles: inout [Role: Style], palette: inout [String: TerminalColor], errors: inout [ThemeFileError]) {
        for entry in file.palette {
            do {
                palette[entry.name] = try StyleWords.color(entry.words, palette: palette)
            } catch {
                errors.append(ThemeFileError(file: file.path, line: entry.line, kind: error.kind, message: "\(entry.name): \(error.message)"))
            }
        }
        let oldPage = styles[.text]?.background ?? .default
        var page = oldPage
        // `text` first: its background is the page the other roles sit on.
        let ordered = file.roles.filter { $0.name == "text" } + file.roles.filter { $0.name != "text" }
        var written: [Role: Style] = [:]
        for entry in ordered {
            guard let role = RoleName.role(named: entry.name) else { continue }
            do {
                let style = try StyleWords.style(entry.words, palette: palette, pageBackground: page)
                written[role] = style
                if role == .text { page = style.background }
            } catch {
                errors.append(ThemeFileError(file: file.path, line: entry.line, kind: error.kind, message: "\(entry.name): \(error.message)"))
            }
        }
        if page != oldPage {
            for (role, style) in styles where style.background == oldPage {
                styles[role]?.background = page
            }
        }
        styles.merge(written) { _, new in new }
    }

    /// Reads and parses one file; an unreadable file is one error.
    static func read(_ path: String) throws(ThemeFileError) -> ThemeFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? "no such file" : isDirectory.boolValue ? "is a directory, not a .theme file" : "cannot be read (check its permissions)"
            throw ThemeFileError(file: path, line: 0, kind: .unreadable, message: why)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ThemeFileError(file: path, line: 0, kind: .unreadable, message: "is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return ThemeFileParser.parse(text, path: path)
    }
}

/// One theme name as `watchfloor themes list` shows it.
public struct ThemeListing: Hashable, Sendable {
    public var name: String
    /// The file that defines it; nil for a built-in theme.
    public var path: String?
    /// Files of the same name further down the search path, which this one hides.
    public var shadowed: [String] = []
}
