import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn (Foundation.Process hangs when a child leaves
/// daemons behind) and collects its output and status: the CSV, Markdown and HTML
/// exporter tests read their output back with Python.
struct TableSpawnResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum TableSpawn {
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> TableSpawnResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("out").path
        let errPath = dir.appendingPathComponent("err").path
        let inPath = dir.appendingPathComponent("in").path
        FileManager.default.createFile(atPath: inPath, contents: Data(stdin ?? []))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var env = ProcessInfo.processInfo.environment
        env["PYTHONIOENCODING"] = "utf-8"
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw NSError(domain: "spawn", code: Int(rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return TableSpawnResult(status: exit, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
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
