import Foundation

/// Where theme files are looked for, in order:
///
/// 1. `--themes-dir DIR`;
/// 2. `$XDG_CONFIG_HOME/watchfloor/themes` (`~/.config/watchfloor/themes`);
/// 3. the `Themes/` directory beside the executable's real path or in a directory above it
///    (so a build inside the repository finds the repository's `Themes/`);
/// 4. `$PREFIX/share/watchfloor/themes` when `PREFIX` is set, and the installed copy beside
///    the executable, `BIN/../share/watchfloor/themes`.
public struct ThemeSearchPath: Sendable {
    /// One directory and why it is on the path.
    public struct Directory: Hashable, Sendable {
        public var path: String
        public var origin: String
    }

    public var directories: [Directory]

    public init(directories: [Directory]) {
        self.directories = directories
    }

    /// The standard search path. Directories that do not exist are left out, except
    /// `--themes-dir`, which must exist (checked by the caller).
    public static func standard(themesDir: String?, environment: [String: String], executablePath: String?) -> ThemeSearchPath {
        var directories: [Directory] = []
        if let themesDir { directories.append(Directory(path: themesDir, origin: "--themes-dir")) }
        directories.append(Directory(path: configDirectory(environment: environment) + "/themes", origin: "$XDG_CONFIG_HOME/watchfloor/themes"))
        if let executablePath {
            let binDirectory = (executablePath as NSString).deletingLastPathComponent
            if let repository = themesDirectory(above: binDirectory) {
                directories.append(Directory(path: repository, origin: "Themes/ beside the executable"))
            }
            if let prefix = environment["PREFIX"], !prefix.isEmpty {
                directories.append(Directory(path: prefix + "/share/watchfloor/themes", origin: "$PREFIX/share/watchfloor/themes"))
            }
            let installed = ((binDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("share/watchfloor/themes")
            directories.append(Directory(path: installed, origin: "installed themes"))
        } else if let prefix = environment["PREFIX"], !prefix.isEmpty {
            directories.append(Directory(path: prefix + "/share/watchfloor/themes", origin: "$PREFIX/share/watchfloor/themes"))
        }
        var seen: Set<String> = []
        let existing = directories.filter { directory in
            guard directory.origin == "--themes-dir" || isDirectory(directory.path) else { return false }
            return seen.insert(URL(fileURLWithPath: directory.path).standardizedFileURL.path).inserted
        }
        return ThemeSearchPath(directories: existing)
    }

    /// Paths only, for `ThemeLoader`.
    public var paths: [String] { directories.map(\.path) }

    /// `$XDG_CONFIG_HOME/watchfloor`, where the config file and user themes live.
    public static func configDirectory(environment: [String: String]) -> String {
        let base: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        }
        return base + "/watchfloor"
    }

    /// `DIR/Themes` for the nearest DIR at or above `start` that has one.
    public static func themesDirectory(above start: String) -> String? {
        var directory = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent("Themes").path
            if isDirectory(candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
