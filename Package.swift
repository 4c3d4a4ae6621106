// swift-tools-version: 6.0
import PackageDescription

// Layers (see docs/DECISIONS.md): HearsayCore is pure values and functions;
// HearsayStorage is the only place that reads files; `hearsay` is a thin CLI.
let package = Package(
    name: "Hearsay",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        .library(name: "HearsayCore", targets: ["HearsayCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "HearsayCore"),
        // glibc's mallopt, for the CLI's memory tuning (MemoryTuning.swift).
        .systemLibrary(name: "CMalloc"),
        .target(name: "HearsayStorage", dependencies: ["HearsayCore"]),
        .executableTarget(
            name: "hearsay",
            dependencies: [
                "HearsayCore", "HearsayStorage", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "HearsayCoreTests", dependencies: ["HearsayCore"]),
        .testTarget(name: "HearsayStorageTests", dependencies: ["HearsayStorage", "HearsayCore"]),
        .testTarget(name: "HearsayEndToEndTests", dependencies: ["HearsayCore"]),
    ],
    swiftLanguageModes: [.v6]
)
