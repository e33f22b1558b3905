import Foundation

/// Where the store lives: `--store PATH`, else `$WATCHFLOOR_STORE`, else
/// `$XDG_DATA_HOME/watchfloor/incidents.sqlite` (XDG default `~/.local/share`).
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return expand(flag) }
        if let env = environment["WATCHFLOOR_STORE"], !env.isEmpty { return expand(env) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/share"
        return "\(dataHome)/watchfloor/incidents.sqlite"
    }

    private static func expand(_ path: String) -> String {
        (path as NSString).expandingTildeInPath
    }
}
