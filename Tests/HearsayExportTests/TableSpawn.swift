import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Helpers for the CSV, Markdown and HTML tests, which read their output back with
/// Python through ProcessRunner.
typealias TableSpawnResult = ProcessOutput

enum TableSpawn {
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> TableSpawnResult {
        try ProcessRunner.run(executable, arguments, stdin: stdin)
    }

    /// `python3 -c script` with `input` on stdin (found on PATH through /usr/bin/env).
    static func python(_ script: String, input: String) throws -> TableSpawnResult {
        try run("/usr/bin/env", ["python3", "-c", script], stdin: Array(input.utf8))
    }

    /// Whether `python3 -c "import module"` works.
    static func pythonHas(_ module: String) -> Bool {
        (try? run("/usr/bin/env", ["python3", "-c", "import \(module)"]).status) == 0
    }
}

/// Snapshot files for the CSV, Markdown and HTML exporter tests, in
/// Tests/HearsayExportTests/Snapshots/. With HEARSAY_RECORD set the snapshot is
/// (re)written and the check fails on purpose, so a recording is never a pass.
enum CSVSnapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Nil when `actual` matches the snapshot `name`, else why not.
    static func mismatch(_ actual: String, named name: String) -> String? {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HEARSAY_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: url.path, contents: Data(actual.utf8))
            return "recorded \(name) (HEARSAY_RECORD is set): run again without it"
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "no snapshot \(name): run with HEARSAY_RECORD=1 to record it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(a.count, e.count) {
            let al = k < a.count ? String(a[k]) : "<end>", el = k < e.count ? String(e[k]) : "<end>"
            if al != el { return "\(name) differs at line \(k + 1):\n  expected: \(el)\n  actual:   \(al)" }
        }
        return "\(name) differs"
    }
}
