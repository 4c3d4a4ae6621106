import Foundation
import HearsayTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The binary under test and how to run it (ChildProcess, shared by the test targets).
typealias ProcessResult = ChildProcessResult

enum Spawn {
    /// The `hearsay` binary built next to this test bundle (or `HEARSAY_BINARY`,
    /// for a run against another build, as `scripts/sanitize` does).
    static var hearsay: String {
        if let given = ProcessInfo.processInfo.environment["HEARSAY_BINARY"], !given.isEmpty { return given }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var dir = bundle
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("hearsay").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return ".build/debug/hearsay"
    }

    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil,
                    environment: [String: String] = [:]) throws -> ProcessResult {
        try ChildProcess.run(executable, arguments, stdin: stdin, environment: environment)
    }

    static func hearsay(_ arguments: [String], stdin: [UInt8]? = nil) throws -> ProcessResult {
        try run(hearsay, arguments, stdin: stdin)
    }
}

/// A scratch folder for one test, removed afterwards.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = url.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }
}

/// Replaces the file at `path` as editors save: the new text is written to a
/// file beside it and renamed over it, so a reader that has the old file open
/// keeps reading the old one. (Foundation's `write(atomically: true)` does the
/// same on Linux but leaves an empty `TemporaryDirectory.*` folder in /tmp for
/// every write, which a test run must not litter.)
func replaceFile(atPath path: String, with text: String) throws {
    let fresh = path + ".new-\(UUID().uuidString)"
    guard FileManager.default.createFile(atPath: fresh, contents: Data(text.utf8)) else {
        throw NSError(domain: "replaceFile", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot write \(fresh)"])
    }
    guard rename(fresh, path) == 0 else {
        unlink(fresh)
        throw NSError(domain: "replaceFile", code: 2, userInfo: [NSLocalizedDescriptionKey: "cannot rename over \(path)"])
    }
}

func parseJSON(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let object = value as? [String: Any] else { throw NSError(domain: "json", code: 1) }
    return object
}
