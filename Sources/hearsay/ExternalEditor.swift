import FoundationEssentials
import Glibc
import HearsayTerminal

/// `C`: the note in $VISUAL or $EDITOR, with the terminal handed over and taken back.
enum ExternalEditor {
    /// The edited text, or nil when the editor could not run or exited with an error.
    static func edit(_ text: String, terminal: Terminal, environment: [String: String]) -> String? {
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let path = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp") + "/hearsay-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        terminal.suspend()
        defer { terminal.resume() }
        // Through the shell, so EDITOR may carry arguments ("code --wait").
        let status = run(["/bin/sh", "-c", "\(editor) \"$1\"", "sh", path])
        guard status == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        var edited = String(decoding: data, as: UTF8.self)
        while edited.hasSuffix("\n") { edited.removeLast() }   // editors add a final newline
        return edited
    }

    /// posix_spawn with the terminal as standard input and output; the exit status.
    static func run(_ argv: [String]) -> Int32 {
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/tty", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/tty", O_WRONLY, 0)
        guard posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }
}
