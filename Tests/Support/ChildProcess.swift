import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a child process left behind: its exit status (128 + signal when a
/// signal ended it) and its output.
public struct ChildProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: [UInt8]
}

/// Runs a program with posix_spawnp and waits for it, for the tests of every
/// target (end to end, exports, storage). Not Foundation.Process: it hangs when a
/// child leaves daemons behind (tmux), see the recipes note. Output goes through
/// files, so a big output never fills a pipe; the child's SWIFT_BACKTRACE is off
/// so a crash in a test never waits for a key.
public enum ChildProcess {
    public static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil,
                           environment: [String: String] = [:]) throws -> ChildProcessResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("out").path
        let errPath = dir.appendingPathComponent("err").path
        let inPath = dir.appendingPathComponent("in").path
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(stdin ?? []))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        env["PYTHONIOENCODING"] = "utf-8"
        for (k, v) in environment { env[k] = v }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        // posix_spawnp: a bare name ("python3") is looked up in PATH.
        let rc = posix_spawnp(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw NSError(domain: "spawn \(executable)", code: Int(rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return ChildProcessResult(status: exit, stdout: String(decoding: out, as: UTF8.self),
                                  stderr: String(decoding: err, as: UTF8.self), stdoutBytes: [UInt8](out))
    }
}
