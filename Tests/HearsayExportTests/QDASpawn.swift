import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for the REFI-QDA, TEI and brat tests: processes through ProcessRunner,
/// the shared schemas, xmllint, scratch folders and snapshots.
typealias QDAProcessResult = ProcessOutput

enum QDASpawn {
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> QDAProcessResult {
        try ProcessRunner.run(executable, arguments, stdin: stdin)
    }

    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// /work/shared/schemas (found from this file: ../shared/schemas beside the package), or skip.
    static func schemas() throws -> String {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = package.deletingLastPathComponent().appendingPathComponent("shared/schemas").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no ../shared/schemas") }
        return path
    }

    static func xmllint() throws -> String {
        guard let path = which("xmllint") else { throw XCTSkip("xmllint is not installed") }
        return path
    }

    /// A scratch folder, removed by the caller.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-qda-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], to url: URL) {
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }
}

/// Snapshots under Tests/HearsayExportTests/Snapshots/: compared byte for byte,
/// rewritten (and failing on purpose) when HEARSAY_RECORD is set.
enum QDASnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HEARSAY_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
            XCTFail("recorded snapshot \(name); run again without HEARSAY_RECORD", file: file, line: line)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no snapshot \(name): run with HEARSAY_RECORD=1", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let i = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
            XCTFail("snapshot \(name) differs at line \(i + 1):\n- \(i < a.count ? a[i] : "")\n+ \(i < b.count ? b[i] : "")",
                    file: file, line: line)
        }
    }
}
