import Foundation

/// The running executable's real path (symbolic links resolved), for finding `Themes/`.
enum ExecutablePath {
    static var resolved: String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return link
        }
        guard let path = Bundle.main.executablePath else { return nil }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
