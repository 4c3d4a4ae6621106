// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Hearsay (see README.md). A separate package so the main
// package, its tests and its CI are untouched: build it with `fuzz/run`, which
// adds `-sanitize=fuzzer,address` and `-parse-as-library`.
//
// HearsayStorage is not a library product of the root package, so the annotation
// decoder is compiled here from symbolic links to its three files
// (Sources/FuzzStorage -> ../Sources/HearsayStorage/{AnnotationCoding,
// AnnotationJSONWriter,JSONReader}.swift), against the HearsayCore product.
let package = Package(
    name: "HearsayFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Hearsay", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "HearsayCore", package: "Hearsay")]),
        .target(name: "FuzzStorage", dependencies: [.product(name: "HearsayCore", package: "Hearsay")]),
        .executableTarget(name: "fuzz-document", dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "Hearsay")]),
        .executableTarget(name: "fuzz-quotes", dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "Hearsay")]),
        .executableTarget(name: "fuzz-analysis", dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "Hearsay")]),
        .executableTarget(name: "fuzz-annotations",
                          dependencies: ["FuzzSupport", "FuzzStorage", .product(name: "HearsayCore", package: "Hearsay")]),
        .executableTarget(name: "fuzz-reanchor", dependencies: ["FuzzSupport", .product(name: "HearsayCore", package: "Hearsay")]),
    ],
    swiftLanguageModes: [.v6]
)
