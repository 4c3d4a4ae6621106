import CNcursesw   // (wcwidth, for `displayWidth`)
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small tmux driver for end-to-end tests of the real reader (see the recipes note,
/// sections 3 and 5): one private server per test (`-L <unique>`, `-f /dev/null`), the
/// screen read with `capture-pane`, and every wait a poll with a deadline.
///
/// tmux is started with posix_spawn and every inherited descriptor above 2 closed: with
/// Foundation.Process the forked tmux server keeps Foundation's child-watch socket and
/// the test hangs forever (recipes note 5.1).
final class Tmux {
    let executable: String
    let socket: String
    let session = "reader"

    /// nil when tmux is not installed.
    init?() {
        guard let path = Tmux.which("tmux") else { return nil }
        executable = path
        socket = "hearsay-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    // MARK: Commands

    /// Runs `tmux -L <socket> -f /dev/null ARGS` and returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        // The client that starts the server hands it this environment, and panes inherit it
        // (plus `new-session -e`, which can set but not unset variables).
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil                 // tests started inside tmux must not talk to that server
        env["LC_ALL"] = nil               // would override the pane's LANG=C.UTF-8
        env["LC_CTYPE"] = nil
        env["NO_COLOR"] = nil             // `swift test` sets it when its output is not a terminal
        env["LANG"] = "C.UTF-8"
        let r = try Tmux.spawn([executable, "-L", socket, "-f", "/dev/null"] + arguments, environment: env)
        guard r.status == 0 else {
            throw TmuxError.command(arguments, status: r.status, output: r.output)
        }
        return r.output
    }

    /// Starts the session running `argv` directly (no extra shell from tmux).
    func start(width: Int, height: Int, environment: [String: String], argv: [String]) throws {
        var args = ["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        try run(args + argv)
    }

    /// The pane's text, one string per row (tmux trims trailing blanks; with `escapes`
    /// the SGR sequences are kept).
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
    }

    func rows(escapes: Bool = false) throws -> [String] { Tmux.rows(of: try capture(escapes: escapes)) }

    static func rows(of capture: String) -> [String] {
        var rows = capture.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// A format expanded by tmux, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Key names as tmux knows them (`q`, `Enter`, `C-c`, `]`).
    func send(_ keys: String...) throws { try run(["send-keys", "-t", session] + keys) }

    /// Text typed literally, character by character.
    func type(_ text: String) throws { try run(["send-keys", "-t", session, "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Kills the private server (and with it the pane's shell and `sleep`), and removes
    /// its socket file, which tmux 3.3a leaves behind.
    func kill() {
        let path = (try? run(["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? run(["kill-server"])
        if let path, path.hasSuffix("/\(socket)") { unlink(path) }
    }

    // MARK: Waiting

    /// Polls the screen until `predicate` holds and returns that screen. Fast when the
    /// program is (a capture every 25 ms); on timeout it throws with the last screen, so
    /// the failure shows what the pane looked like.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 10, escapes: Bool = false,
                 _ predicate: (String) throws -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture(escapes: escapes)
            if try predicate(screen) { return screen }
            if Date() >= deadline { break }
            usleep(25_000)
        }
        throw TmuxError.timeout(what, seconds: timeout, screen: screen)
    }

    /// Polls a tmux format until it expands to `expected`.
    func waitForFormat(_ format: String, _ expected: String, timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var value = ""
        while true {
            value = try display(format)
            if value == expected { return }
            if Date() >= deadline { break }
            usleep(25_000)
        }
        throw TmuxError.timeout("\(format) == \(expected) (last: \(value))", seconds: timeout,
                                screen: (try? capture()) ?? "")
    }

    /// Waits until two captures `quiet` seconds apart are identical: the short settle
    /// wait used after a predicate already matched, to catch late or leftover drawing.
    @discardableResult
    func settle(escapes: Bool = false, quiet: TimeInterval = 0.15, timeout: TimeInterval = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try capture(escapes: escapes)
        while Date() < deadline {
            usleep(useconds_t(quiet * 1_000_000))
            let now = try capture(escapes: escapes)
            if now == last { return now }
            last = now
        }
        return last
    }

    // MARK: posix_spawn

    /// posix_spawn + waitpid; stdin is /dev/null, stdout and stderr go to one pipe, and every
    /// other descriptor is closed in the child (so the tmux server holds none of ours).
    static func spawn(_ argv: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TmuxError.spawn(argv[0], code: errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        // posix_spawn_file_actions_addclosefrom_np is hidden by the Glibc module: close by hand
        // (glibc ignores EBADF for a descriptor that was closed in the meantime).
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        close(fds[1])
        guard rc == 0 else { close(fds[0]); throw TmuxError.spawn(argv[0], code: rc) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n > 0 { data += buffer[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
        }
        close(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exit, String(decoding: data, as: UTF8.self))
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case spawn(String, code: Int32)
    case command([String], status: Int32, output: String)
    case timeout(String, seconds: TimeInterval, screen: String)

    var description: String {
        switch self {
        case let .spawn(program, code):
            return "cannot spawn \(program): error \(code)"
        case let .command(args, status, output):
            return "tmux \(args.joined(separator: " ")) exited \(status): \(output)"
        case let .timeout(what, seconds, screen):
            return "timed out after \(seconds) s waiting for \(what); the pane showed:\n\(screen)"
        }
    }
}

/// Single-quotes a word for `sh`.
func shellQuote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

// MARK: Reading `capture-pane -e`

/// One character of a `capture-pane -p -e` screen with the colours in effect: `fg`/`bg`
/// are the SGR parameters that set them ("31", "5;237", "2;r;g;b") or nil for the default.
struct StyledCell: Equatable {
    var character: Character
    var fg: String?
    var bg: String?
    var bold = false
    var reverse = false
}

enum StyledScreen {
    /// Rows of cells. tmux writes only the changes between cells (and carries them across
    /// rows), so the state runs through the whole capture.
    static func parse(_ capture: String) -> [[StyledCell]] {
        var rows: [[StyledCell]] = [[]]
        var style = StyledCell(character: " ")
        let scalars = Array(capture.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\u{1B}" {
                guard i + 1 < scalars.count, scalars[i + 1] == "[" else { i += 2; continue }
                var j = i + 2
                var params = ""
                while j < scalars.count, !(0x40...0x7E).contains(scalars[j].value) {
                    params.unicodeScalars.append(scalars[j]); j += 1
                }
                if j < scalars.count, scalars[j] == "m" { apply(params, to: &style) }
                i = j + 1
                continue
            }
            if s == "\n" {
                rows.append([])
            } else if s.properties.generalCategory == .nonspacingMark, var last = rows[rows.count - 1].popLast() {
                last.character = Character(String(last.character) + String(s))
                rows[rows.count - 1].append(last)
            } else {
                var cell = style
                cell.character = Character(s)
                rows[rows.count - 1].append(cell)
            }
            i += 1
        }
        if rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    static func apply(_ params: String, to style: inout StyledCell) {
        let p = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var k = 0
        while k < max(p.count, 1) {
            let code = p.isEmpty ? 0 : p[k]
            switch code {
            case 0: style.fg = nil; style.bg = nil; style.bold = false; style.reverse = false
            case 1: style.bold = true
            case 22: style.bold = false
            case 7: style.reverse = true
            case 27: style.reverse = false
            case 30...37, 90...97: style.fg = "\(code)"
            case 39: style.fg = nil
            case 40...47, 100...107: style.bg = "\(code)"
            case 49: style.bg = nil
            case 38, 48:
                var value: String?
                if k + 2 < p.count, p[k + 1] == 5 { value = "5;\(p[k + 2])"; k += 2 }
                else if k + 4 < p.count, p[k + 1] == 2 { value = "2;\(p[k + 2]);\(p[k + 3]);\(p[k + 4])"; k += 4 }
                if code == 38 { style.fg = value } else { style.bg = value }
            default: break
            }
            k += 1
        }
    }

    static func text<Row: Collection<StyledCell>>(_ row: Row) -> String { String(row.map(\.character)) }

    /// Where `needle` occurs in `row` (cell indices).
    static func occurrences(of needle: String, in row: [StyledCell]) -> [Range<Int>] {
        let hay = row.map(\.character)
        let pin = Array(needle)
        guard !pin.isEmpty, hay.count >= pin.count else { return [] }
        return (0...(hay.count - pin.count)).filter { Array(hay[$0..<($0 + pin.count)]) == pin }
            .map { $0..<($0 + pin.count) }
    }
}

/// Terminal columns taken by a captured row: glibc's `wcwidth` of each scalar,
/// as tmux 3.3 counts what it draws (wide East Asian and most emoji two,
/// combining marks none), so the side pane's border sits at one cell on every row.
private let utf8Locale: Bool = { setlocale(LC_CTYPE, "C.UTF-8") != nil }()

func displayWidth(_ text: String) -> Int {
    _ = utf8Locale
    var width = 0
    for s in text.unicodeScalars {
        let w = Int(wcwidth(wchar_t(bitPattern: s.value)))
        width += w < 0 ? 1 : w
    }
    return width
}
