// swift-tools-version: 6.0
// libFuzzer targets for Watchfloor's parsers. A package of its own so that a plain
// `swift build` / `swift test` of the root package never links the fuzzer; `make fuzz` builds
// these with `-sanitize=fuzzer` and runs each for a bounded time on Fuzz/Corpus/<target>.
import Foundation
import PackageDescription

// A path dependency is known by its directory's name (e.g. `main` or a worktree's name).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "IncidentCore", package: rootIdentity)],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "WatchfloorFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "CFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzer"]),
        fuzzTarget("FuzzArticle"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzFilter"),
        .executableTarget(
            name: "FuzzTheme",
            dependencies: ["FuzzSupport", .product(name: "ThemeFiles", package: rootIdentity)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
