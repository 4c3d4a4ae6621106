import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn (copied from HearsayEndToEndTests/Process.swift:
/// Foundation.Process hangs when a child leaves daemons behind) and collects its
/// output and status. Helpers for the REFI-QDA, TEI and brat tests.
struct QDAProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum QDASpawn {
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> QDAProcessResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-qda-\(UUID().uuidString)")
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
        guard rc == 0 else { throw NSError(domain: "spawn", code: Int(rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return QDAProcessResult(status: exit, stdout: String(decoding: out, as: UTF8.self),
                                stderr: String(decoding: err, as: UTF8.self))
    }

    /// The path of `tool` on PATH, or nil.
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
