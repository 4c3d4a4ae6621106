import Foundation
import HearsayCore
@testable import HearsayStorage
#if canImport(Glibc)
import Glibc
#endif

/// A folder for one test, removed afterwards.
final class StoreScratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "hearsay-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let p = file(name)
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func bytes(_ name: String) -> [UInt8]? { FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) } }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func mode(_ name: String) -> mode_t {
        var st = stat()
        return stat(file(name), &st) == 0 ? st.st_mode & 0o7777 : 0
    }
}

/// Runs programs with posix_spawn (Foundation.Process hangs when a child leaves
/// daemons behind; see Tests/HearsayEndToEndTests/Process.swift, which this follows).
enum StoreSpawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A program built next to this test bundle (`.build/debug/NAME`), or nil.
    static func builtProduct(_ name: String) -> String? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// The first `name` on PATH, or nil.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func environment() -> [UnsafeMutablePointer<CChar>?] {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        return env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    }

    /// Exit status, or 128 + the signal that ended it.
    static func exitStatus(_ status: Int32) -> Int32 {
        (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Runs `executable` to the end.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let scratch = try StoreScratch()
        let outPath = scratch.file("out"), errPath = scratch.file("err")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment()
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw NSError(domain: "spawn \(executable)", code: Int(rc)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return Result(status: exitStatus(status),
                      stdout: String(decoding: scratch.bytes("out") ?? [], as: UTF8.self),
                      stderr: String(decoding: scratch.bytes("err") ?? [], as: UTF8.self))
    }

    /// A running child whose standard output is a pipe to us.
    struct Child {
        var pid: pid_t
        var stdout: Int32
        var stderrPath: String

        /// Reads standard output up to the first newline (nil at end of file).
        func readLine() -> String? {
            var line: [UInt8] = []
            var byte: UInt8 = 0
            while true {
                let n = read(stdout, &byte, 1)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return nil }
                if byte == 0x0A { return String(decoding: line, as: UTF8.self) }
                line.append(byte)
            }
        }

        /// Waits for the child; its exit status (128 + signal when killed).
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            close(stdout)
            return StoreSpawn.exitStatus(status)
        }

        var stderr: String { String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self) }
    }

    static func start(_ executable: String, _ arguments: [String], stderrPath: String) throws -> Child {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw NSError(domain: "pipe", code: Int(errno)) }
        // Not inherited by other children spawned meanwhile (tests run in parallel).
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment()
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(fds[1])
        guard rc == 0 else { close(fds[0]); throw NSError(domain: "spawn \(executable)", code: Int(rc)) }
        return Child(pid: pid, stdout: fds[0], stderrPath: stderrPath)
    }

    /// The pid of a process that has ended and been reaped: no process has it.
    static func deadPID() throws -> pid_t {
        let child = try start("/bin/true", [], stderrPath: "/dev/null")
        _ = child.wait()
        return child.pid
    }
}

/// Annotation files for tests.
enum StoreFixtures {
    static let document = DocumentFingerprint(sha256: String(repeating: "0123456789abcdef", count: 4), length: 4000)

    static func annotation(_ k: Int, note: String = "", tags: [String] = ["blame"]) -> Annotation {
        Annotation(id: String(format: "%016x", 0xABC000 + k),
                   anchor: Anchor(start: 100 * k, end: 100 * k + 12, exact: "passage \(k) “quoted”",
                                  prefix: "before \(k) ", suffix: " after/\(k)"),
                   tags: tags, note: note, created: "2025-05-0\(1 + k % 9)T10:00:00Z",
                   modified: "2025-05-0\(1 + k % 9)T11:00:00Z", orphaned: k % 4 == 3)
    }

    static let codebook = Codebook(tags: [
        Tag(name: "blame", color: "red", description: "Who is blamed"),
        Tag(name: "diplomacy", description: ""),
        Tag(name: "diplomacy/threat", color: "#ff8800", description: "A threat, \"veiled\" or not", parent: "diplomacy"),
    ])

    /// A file with `count` annotations, a codebook, marks and a journal.
    static func file(_ count: Int = 5, journal: Bool = true) -> AnnotationFile {
        // One array given at once: each assignment of a whole array indexes it anew.
        let annotations = (0..<count).map { k in
            let note = k % 2 == 0 ? "" : "note \(k)\nwith a line break, a tab\t, \\ and a control \u{1}"
            return annotation(k, note: note, tags: k % 3 == 0 ? ["blame", "diplomacy/threat"] : ["diplomacy"])
        }
        var f = AnnotationFile(document: document, codebook: codebook, annotations: annotations,
                               reading: ReadingState(position: 321, marks: ["a": 5, "b": 900, "Z": 7]))
        if journal {
            f = f.recording(ChangeGroup(label: "Tagged blame", changes: [.add(annotation(90))], time: "2025-06-01T00:00:00Z"))
            var changed = f.annotations[0]
            changed.note = "changed"
            f = f.recording(ChangeGroup(label: "Note saved", changes: [.replace(old: f.annotations[0], new: changed)],
                                        time: "2025-06-01T00:01:00Z"))
            var book = f.codebook
            book.tags.append(Tag(name: "source", description: "new"))
            f = f.recording(ChangeGroup(label: "New tag", changes: [.codebook(old: f.codebook, new: book), .remove(f.annotations[min(2, f.annotations.count - 1)])],
                                        time: "2025-06-01T00:02:00Z"))
            f = f.undoing()!.file
        }
        return f
    }
}
