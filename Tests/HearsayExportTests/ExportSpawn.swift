import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn (Foundation.Process hangs when a child leaves
/// daemons behind; see the recipes note) and collects its output and status: the
/// W3C exporter tests run the W3C test suite's validator (Python) on every item.
struct W3CSpawnResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum W3CSpawn {
    /// Runs `executable` (looked up in PATH when it has no `/`) and waits for it.
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> W3CSpawnResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-w3c-\(UUID().uuidString)")
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

        let env = ProcessInfo.processInfo.environment
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw NSError(domain: "spawn", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable)"]) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return W3CSpawnResult(status: exit, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}

/// Snapshots of exporter output in Snapshots/ (the W3C and JSON exporter tests).
/// To re-record after a deliberate change: `HEARSAY_RECORD=1 swift test --filter 'W3C|JSONExport'`.
/// A recording run writes the files and fails on purpose, so it is never green by accident.
enum W3CSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    /// ../shared next to the repository (the vendored W3C test suite), if present.
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["HEARSAY_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
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
