import Foundation
import Testing

/// Runs the built `watchfloor` binary as a user would, capturing its output and exit status.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    static var binary: URL {
        // The test bundle sits in the same products directory as the executable.
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("watchfloor") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("IncidentCoreTests/Fixtures/seeds")

    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
                    executable: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WATCHFLOOR_STORE")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large export cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The user id tests switch to when they run as root (root reads and writes through permissions).
    static let unprivilegedUser: uid_t = 65534

    /// Runs the binary as an unprivileged user when the tests run as root, else as is.
    static func runUnprivileged(_ arguments: [String]) throws -> Output {
        guard geteuid() == 0 else { return try run(arguments) }
        let user = String(unprivilegedUser)
        return try run(["--reuid=\(user)", "--regid=\(user)", "--clear-groups", "--", binary.path] + arguments,
                       executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    /// Gives a file or directory to the user of `runUnprivileged`; true when it is theirs.
    static func makeOwnedByUnprivilegedUser(_ path: String) -> Bool {
        guard geteuid() == 0 else { return true }
        return chown(path, unprivilegedUser, gid_t(unprivilegedUser)) == 0
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "watchfloor-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
