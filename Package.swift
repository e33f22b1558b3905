// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "watchfloor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "watchfloor", targets: ["watchfloor"]),
        .library(name: "IncidentCore", targets: ["IncidentCore"]),
        .library(name: "TUI", targets: ["TUI"]),
        .library(name: "Dashboard", targets: ["Dashboard"]),
        .library(name: "ThemeFiles", targets: ["ThemeFiles"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "IncidentCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["ReferenceData/README.md", "Extraction/RULES.md"]
        ),
        .target(name: "TUI"),
        .target(name: "ThemeFiles", dependencies: ["TUI"]),
        .target(name: "Dashboard", dependencies: ["TUI", "IncidentCore"]),
        .target(name: "NcursesTerminal", dependencies: ["TUI", "CNcursesw"]),
        .executableTarget(
            name: "watchfloor",
            dependencies: [
                "IncidentCore", "Dashboard", "TUI", "ThemeFiles", "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "IncidentCoreTests",
            dependencies: ["IncidentCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TUITests", dependencies: ["TUI"]),
        .testTarget(name: "ThemeFilesTests", dependencies: ["ThemeFiles", "TUI", "NcursesTerminal"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "TUI", "IncidentCore"], exclude: ["Snapshots"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TUI"]),
        .testTarget(name: "watchfloorTests", dependencies: ["watchfloor", "IncidentCore"]),
    ],
    swiftLanguageModes: [.v6]
)
