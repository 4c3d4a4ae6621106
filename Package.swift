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
        // SHA-256 on the x86 SHA instructions, which only C can reach (SHA256.swift).
        // Its debug information in DWARF 4, as Swift's: valgrind 3.19 (callgrind, for
        // instruction counts) refuses a whole binary over clang's DWARF 5.
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // The prefetch hint, for the JSON output's scattered reads (AnalysisJSON.swift).
        .systemLibrary(name: "CPrefetch"),
        .target(name: "HearsayCore", dependencies: ["CSHA256", "CPrefetch"]),
        // glibc's mallopt, for the CLI's memory tuning (MemoryTuning.swift).
        .systemLibrary(name: "CMalloc"),
        // PURE: one exporter per format (W3C, REFI-QDA, CSV, Markdown, HTML, brat, TEI, JSON).
        .target(name: "HearsayExport", dependencies: ["HearsayCore"]),
        // PURE: cells, styles, themes, keymap, state, reducer, render (no terminal).
        .target(name: "HearsayUI", dependencies: ["HearsayCore"]),
        // Wide-character ncursesw; only HearsayTerminal imports it (see the recipes note:
        // no pkgConfig, NCURSES_WIDECHAR defined in the shim).
        .systemLibrary(name: "CNcursesw"),
        .target(name: "HearsayTerminal", dependencies: ["HearsayUI", "CNcursesw"]),
        .target(name: "HearsayStorage", dependencies: ["HearsayCore", "HearsayUI"]),
        .executableTarget(
            name: "hearsay",
            dependencies: [
                "HearsayCore", "HearsayStorage", "HearsayUI", "HearsayTerminal", "HearsayExport", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A child process for the crash-safety test and the store benchmark: it
        // saves annotation files in a loop until it is killed (see CrashSafetyTests).
        .executableTarget(name: "hearsay-store-stress", dependencies: ["HearsayCore", "HearsayStorage", "HearsayUI"],
                          path: "Sources/hearsay-store-stress"),
        // Test helpers shared by the test targets (running child processes).
        .target(name: "HearsayTestSupport", path: "Tests/Support"),
        .testTarget(name: "HearsayCoreTests", dependencies: ["HearsayCore"]),
        .testTarget(name: "HearsayStorageTests", dependencies: ["HearsayStorage", "HearsayCore", "HearsayUI"]),
        // Golden screens and export snapshots are read from the source tree by path.
        .testTarget(name: "HearsayUITests", dependencies: ["HearsayUI", "HearsayCore"], exclude: ["Screens"]),
        .testTarget(name: "HearsayExportTests", dependencies: ["HearsayExport", "HearsayCore", "HearsayStorage", "HearsayTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "HearsayTerminalTests", dependencies: ["HearsayTerminal", "HearsayUI"]),
        .testTarget(name: "HearsayEndToEndTests", dependencies: ["HearsayCore", "HearsayTestSupport", "CNcursesw"]),
    ],
    swiftLanguageModes: [.v6]
)
