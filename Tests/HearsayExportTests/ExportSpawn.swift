import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The W3C tests' helpers: the W3C test suite's validator (Python) runs through
/// ProcessRunner; snapshots below.
typealias W3CSpawnResult = ProcessOutput

enum W3CSpawn {
    /// Runs `executable` (looked up in PATH when it has no `/`) and waits for it.
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> W3CSpawnResult {
        try ProcessRunner.run(executable, arguments, stdin: stdin)
    }
}

enum W3CSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    /// ../shared next to the repository (the vendored W3C test suite), if present.
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HEARSAY_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: false, encoding: .utf8)
            XCTFail("recorded \(name); run again without HEARSAY_RECORD", file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no snapshot \(url.path); record it with HEARSAY_RECORD=1", file: file, line: line)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
                ?? "expected \(e.count) lines, got \(a.count)"
            XCTFail("\(name) differs at \(detail)", file: file, line: line)
        }
    }
}
