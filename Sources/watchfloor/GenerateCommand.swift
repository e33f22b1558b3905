import ArgumentParser
import Foundation
import IncidentCore

/// `watchfloor generate` (hidden): synthetic stores and ACLED exports for `make bench`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic store (--incidents N --store P) or ACLED export (--acled N --output FILE) for benchmarks.",
        discussion: "The data is made up (deterministic for a given size): never mix it with a real store.",
        shouldDisplay: false
    )

    @Option(help: ArgumentHelp("Write a store with this many incidents.", valueName: "n"))
    var incidents: Int?

    @Option(name: .customLong("store"), help: ArgumentHelp("The store to create (refused if it exists, unless --force).", valueName: "path"))
    var storePath: String?

    @Option(help: ArgumentHelp("Write a synthetic ACLED export with this many rows.", valueName: "n"))
    var acled: Int?

    @Option(name: [.short, .long], help: ArgumentHelp("The ACLED file to write.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing store or file.")
    var force = false

    func validate() throws {
        guard (incidents == nil) != (acled == nil) else { throw ValidationError("give either --incidents N --store PATH or --acled N --output FILE") }
        if let incidents {
            guard incidents >= 0 else { throw ValidationError("--incidents must be 0 or more") }
            guard storePath != nil else { throw ValidationError("--incidents needs --store PATH") }
        }
        if let acled {
            guard acled >= 0 else { throw ValidationError("--acled must be 0 or more") }
            guard output != nil else { throw ValidationError("--acled needs --output FILE") }
        }
    }

    func run() throws {
        try reportingErrors {
            if let incidents, let storePath {
                let path = StoreLocation.resolve(flag: storePath)
                try clear(path, suffixes: ["", "-wal", "-shm", "-journal"])
                let report = try SyntheticStore.generate(incidents: incidents, at: path) { done in
                    FileHandle.standardError.write(Data("  \(done) incidents…\n".utf8))
                }
                let rate = report.seconds > 0 ? Int(Double(report.incidents) / report.seconds) : 0
                print("\(path): \(report.incidents) incidents, \(report.articles) articles, \(report.totals) official totals "
                      + "in \(String(format: "%.1f", report.seconds)) s (\(rate) incidents/s)")
            } else if let acled, let output {
                try clear(output, suffixes: [""])
                let started = Date()
                let bytes = try SyntheticACLED.write(rows: acled, to: output)
                print("\(output): \(acled) ACLED rows, \(bytes / 1_000_000) MB in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            }
        }
    }

    /// Refuses an existing file unless --force, which removes it (and its companions).
    private func clear(_ path: String, suffixes: [String]) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard force else { throw ValidationError("\(path) already exists: choose another path or add --force to replace it") }
        for suffix in suffixes { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
