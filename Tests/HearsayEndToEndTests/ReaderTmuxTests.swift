import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The real `hearsay` reader in a real terminal: each test starts its own tmux server
/// (see Tmux.swift), types keys and reads the screen back. The pane runs the reader
/// inside an `sh` wrapper that prints the exit status and saves `stty -a` afterwards,
/// then sleeps, so the pane stays readable after the reader has quit.
final class ReaderTmuxTests: XCTestCase {

    // MARK: 1. Open

    func testOpensTheArticleOnTheAlternateScreen() throws {
        let article = try Article.current()
        let reader = try launch(article.arguments)
        defer { reader.tmux.kill() }

        let screen = try reader.tmux.waitFor("the first paragraph and \(article.speaker) in the side pane") {
            Screen.joined($0).contains(article.firstWords) && Screen.sidePane($0).contains(article.speaker)
        }
        let rows = Tmux.rows(of: screen)
        XCTAssertTrue(rows[0].contains(article.name), "header: \(rows[0])")
        XCTAssertTrue(Screen.sidePane(screen).contains("Quotations"), "the Quotations tab is shown")
        XCTAssertTrue(rows[reader.height - 2].contains(" READ "), rows[reader.height - 2])
        XCTAssertTrue(rows[reader.height - 2].contains("\(article.name) · "), rows[reader.height - 2])
        XCTAssertTrue(rows[reader.height - 2].contains(" quotations · "), rows[reader.height - 2])
        XCTAssertEqual(try reader.tmux.display("#{alternate_on}"), "1")

        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    // MARK: 2. ]q

    func testNextQuotationHighlightsTheFirstQuotation() throws {
        let article = try Article.current()
        let opening = try article.firstQuotationOpening()
        let reader = try launch(article.arguments)
        defer { reader.tmux.kill() }

        let before = StyledScreen.parse(try reader.tmux.settle(escapes: true))
        let seenBefore = Screen.mainPaneOccurrences(of: opening, in: before)
        XCTAssertFalse(seenBefore.isEmpty, "“\(opening)” should be on the first screen")
        for (row, range) in seenBefore {
            XCTAssertTrue(before[row][range].allSatisfy { $0.bg == nil },
                          "“\(opening)” has a background before ]q: \(before[row][range].map { $0.bg ?? "-" })")
        }

        try reader.tmux.send("]", "q")
        var current: (row: Int, range: Range<Int>)?
        let capture = try reader.tmux.waitFor("“\(opening)” drawn with a background", escapes: true) { capture in
            let after = StyledScreen.parse(capture)
            current = Screen.mainPaneOccurrences(of: opening, in: after)
                .first { after[$0.row][$0.range].allSatisfy { $0.bg != nil } }
            return current != nil
        }
        let after = StyledScreen.parse(capture)
        let (row, _) = try XCTUnwrap(current)
        let rowText = StyledScreen.text(Screen.mainPane(after[row]))
        XCTAssertTrue(rowText.hasPrefix(" ▌"), "the cursor mark should be on “\(opening)”'s row, got: \(rowText)")
        let marked = after.indices.filter { StyledScreen.text(Screen.mainPane(after[$0])).contains("▌") }
        XCTAssertEqual(marked, [row], "exactly one row carries the mark")
    }

    // MARK: 3. Search

    func testSearchMovesTheCursorToTheMatch() throws {
        let word = "Afghanistan"          // in the seed editorial and in the bundled sample
        let reader = try launch(try Article.current().arguments)
        defer { reader.tmux.kill() }

        try reader.tmux.send("/")
        try reader.tmux.type(word)
        try reader.tmux.waitFor("the prompt /\(word)") { screen in
            Tmux.rows(of: screen).last?.contains("/\(word)") == true
        }
        try reader.tmux.send("Enter")
        let found = try reader.tmux.waitFor("the mark on a row with \(word)") { screen in
            Screen.markedRow(screen)?.contains(word) == true
                && Tmux.rows(of: screen).last?.contains("/\(word)") == false
        }

        try reader.tmux.send("n")
        let next = try reader.tmux.waitFor("n to move on") { screen in
            screen != found || screen.contains("Search hit the end")
        }
        let settled = try reader.tmux.settle()
        if !settled.contains("Search hit the end") {
            XCTAssertNotEqual(Screen.markedRowIndex(settled), Screen.markedRowIndex(found),
                              "n should move the cursor:\n\(next)")
        }
        XCTAssertTrue(Screen.markedRow(settled)?.contains(word) == true,
                      "after n the mark is on a match again:\n\(settled)")
    }

    // MARK: 4. Resize

    func testResizeRelayoutsCleanly() throws {
        let reader = try launch(try Article.current().arguments)
        defer { reader.tmux.kill() }

        // 80x24: the side pane still fits.
        let wide = try relayout(reader, width: 80, height: 24)
        XCTAssertTrue(wide.contains("│"), "side pane separator at 80 columns:\n\(wide)")
        // (A narrow side pane abbreviates the tab names: "Quotes".)
        XCTAssertTrue(Screen.sidePane(wide).contains("Quot"), wide)

        // 60x20: the side pane hides, and nothing of it is left behind.
        let narrow = try relayout(reader, width: 60, height: 20)
        XCTAssertFalse(narrow.contains("│"), "leftover side pane separator at 60 columns:\n\(narrow)")
        XCTAssertFalse(narrow.contains("Quot"), "leftover side pane tabs at 60 columns:\n\(narrow)")

        // Back to 80x24: the side pane returns.
        let again = try relayout(reader, width: 80, height: 24) { $0.contains("│") }
        XCTAssertTrue(Screen.sidePane(again).contains("Quot"), again)

        // Too small to read.
        try reader.tmux.resize(width: 15, height: 5)
        let tiny = try reader.tmux.waitFor("“too small” at 15x5") { Screen.joined($0).contains("too small") }
        XCTAssertTrue(Tmux.rows(of: tiny).allSatisfy { displayWidth($0) <= 15 }, tiny)

        // And it recovers.
        _ = try relayout(reader, width: 80, height: 24) { $0.contains("│") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    /// Resizes the window, waits for the reader's redraw (status line on the new
    /// second-to-last row) and for the screen to settle, and checks the layout.
    private func relayout(_ reader: Reader, width: Int, height: Int,
                          until extra: (String) -> Bool = { _ in true },
                          file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try reader.tmux.resize(width: width, height: height)
        try reader.tmux.waitFor("the relayout at \(width)x\(height)") { screen in
            let rows = Tmux.rows(of: screen)
            return rows.count == height && rows[height - 2].contains(" READ ") && extra(screen)
        }
        let screen = try reader.tmux.settle()
        let rows = Tmux.rows(of: screen)
        XCTAssertEqual(rows.count, height, "rows at \(width)x\(height)", file: file, line: line)
        XCTAssertEqual(try reader.tmux.display("#{pane_width}x#{pane_height}"), "\(width)x\(height)",
                       file: file, line: line)
        for (index, row) in rows.enumerated() {
            XCTAssertLessThanOrEqual(displayWidth(row), width, "row \(index) at \(width)x\(height): \(row)",
                                     file: file, line: line)
        }
        let status = rows.count >= 2 ? rows[rows.count - 2] : ""
        XCTAssertTrue(status.contains(" READ "), "status line at \(width)x\(height): \(status)", file: file, line: line)
        XCTAssertEqual(rows.filter { $0.contains(" READ ") }.count, 1, "one status line:\n\(screen)",
                       file: file, line: line)
        return screen
    }

    // MARK: 5. Quit paths

    func testQuitWithQRestoresTheTerminal() throws {
        try checkQuit(expecting: 0) { reader in try reader.tmux.send("q") }
    }

    func testSIGTERMRestoresTheTerminal() throws {
        try checkQuit(expecting: 143) { reader in
            XCTAssertEqual(Glibc.kill(try reader.readerPID(), SIGTERM), 0)
        }
    }

    /// One Ctrl-C (or SIGINT) with nothing open to cancel says how to quit; a
    /// second in a row quits.
    func testSIGINTRestoresTheTerminal() throws {
        try checkQuit(expecting: 130) { reader in
            XCTAssertEqual(Glibc.kill(try reader.readerPID(), SIGINT), 0)
            try reader.tmux.waitFor("the first Ctrl-C's message") { $0.contains("Ctrl-C again quits") }
            XCTAssertEqual(Glibc.kill(try reader.readerPID(), SIGINT), 0)
        }
    }

    func testControlCRestoresTheTerminal() throws {
        try checkQuit(expecting: 130) { reader in
            try reader.tmux.send("C-c")
            try reader.tmux.waitFor("the first Ctrl-C's message") { $0.contains("Ctrl-C again quits") }
            try reader.tmux.send("C-c")
        }
    }

    /// Home and End under TERM=xterm-256color inside tmux, which sends ESC[1~
    /// and ESC[4~ (not in the xterm entry): they go to the start and the end.
    func testHomeAndEndWorkWhateverTheTerminfoEntry() throws {
        let reader = try launch(try Article.current().arguments, environment: ["TERM": "xterm-256color"])
        defer { reader.tmux.kill() }
        try reader.tmux.send("End")
        try reader.tmux.waitFor("the end") { Screen.statusRow($0, height: reader.height).hasSuffix("100%") }
        try reader.tmux.send("Home")
        try reader.tmux.waitFor("the start") { Screen.statusRow($0, height: reader.height).hasSuffix(" 0%") }
    }

    /// Ctrl-C in the note editor cancels the note, as its footer says, and the
    /// reader goes on (it used to end with status 130).
    func testControlCCancelsTheNoteEditorAndKeepsReading() throws {
        let reader = try launch(try Article.current().arguments)
        defer { reader.tmux.kill() }
        try reader.waitUntilWritable()
        try reader.tmux.send("V")
        try reader.tmux.waitFor("visual mode") { Screen.statusRow($0, height: reader.height).contains(" VISUAL ") }
        try reader.tmux.send("c")
        try reader.tmux.waitFor("the note editor") { $0.contains("Ctrl-C cancel") }
        try reader.tmux.type("a note to drop")
        try reader.tmux.send("C-c")
        // Back in visual mode, the selection kept (the text typed before the
        // Ctrl-C went to the editor, not to visual mode); Esc leaves it, q quits.
        let screen = try reader.tmux.waitFor("the editor closed") {
            !$0.contains("Ctrl-C cancel") && Screen.statusRow($0, height: reader.height).contains(" VISUAL ")
        }
        XCTAssertFalse(screen.contains("a note to drop"))
        XCTAssertFalse(screen.contains("─ Tag "), "no letter of the note opened the tag picker")
        try reader.tmux.send("Escape")
        try reader.tmux.waitFor("reading mode") { Screen.statusRow($0, height: reader.height).contains(" READ ") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    private func checkQuit(expecting status: Int, file: StaticString = #filePath, line: UInt = #line,
                           _ quit: (Reader) throws -> Void) throws {
        let reader = try launch(try Article.current().arguments)
        defer { reader.tmux.kill() }
        XCTAssertEqual(try reader.tmux.display("#{alternate_on}"), "1", file: file, line: line)

        try quit(reader)
        XCTAssertEqual(try reader.exitStatus(), status, file: file, line: line)
        try reader.assertTerminalRestored(file: file, line: line)
    }
}

extension ReaderTmuxTests.Reader {
    /// Selects the sentence at the cursor (`V`), tags it with `tag` through the
    /// picker and waits for the acknowledgement.
    func tagSentence(_ tag: String) throws {
        try tmux.send("V")
        try tmux.waitFor("visual mode") { Screen.statusRow($0, height: height).contains(" VISUAL ") }
        try tmux.send("t")
        try chooseTag(tag)
    }

    /// Waits until the annotation file is open: it opens just after the analysis
    /// lands, off the reader's thread (decision 65), and a key that writes
    /// before then is refused ("Read-only: the annotations open once …"), as a
    /// user would see. `:w` asks without changing anything.
    func waitUntilWritable(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            try tmux.send(":", "w", "Enter")
            var answer = ""
            try tmux.waitFor("the answer to :w") { screen in
                if screen.contains("Nothing to write") { answer = "open" } else if screen.contains("Read-only") { answer = "pending" }
                return !answer.isEmpty
            }
            if answer == "open" { return }
            guard Date() < deadline else { throw TmuxError.timeout("the annotation file to open", seconds: timeout, screen: try tmux.capture()) }
            usleep(200_000)
        }
    }

    /// In the tag picker (open, or opening): types `tag`, chooses it, waits for the acknowledgement.
    func chooseTag(_ tag: String) throws {
        try tmux.waitFor("the tag picker") { $0.contains("─ Tag ") }
        try tmux.type(tag)
        try tmux.send("Enter")
        try tmux.waitFor("the tag applied") { $0.contains("Tagged \(tag)") }
    }

    /// After the reader exited: the normal screen, the cursor shown, keypad and
    /// mouse reporting off, and the tty cooked again (`stty -a` from the wrapper).
    func assertTerminalRestored(file: StaticString = #filePath, line: UInt = #line) throws {
        let reader = self
        XCTAssertEqual(try reader.tmux.display("#{alternate_on}"), "0", "left the alternate screen",
                       file: file, line: line)
        XCTAssertEqual(try reader.tmux.display("#{cursor_flag}"), "1", "cursor visible", file: file, line: line)
        XCTAssertEqual(try reader.tmux.display("#{keypad_flag}"), "0", "keypad mode off", file: file, line: line)
        XCTAssertEqual(try reader.tmux.display("#{mouse_any_flag}"), "0", "mouse reporting off",
                       file: file, line: line)

        let stty = try reader.sttyWords()
        for setting in ["icanon", "echo", "icrnl", "isig", "opost"] {
            XCTAssertTrue(stty.contains(setting), "stty: \(setting) expected in \(stty)", file: file, line: line)
        }
        for setting in ["-icanon", "-echo", "-icrnl", "-isig"] {
            XCTAssertFalse(stty.contains(setting), "stty: \(setting) left behind", file: file, line: line)
        }
    }
}

extension ReaderTmuxTests {
    // MARK: 6. Control characters

    func testControlCharactersNeverReachTheTerminal() throws {
        let fixture = Article.repositoryRoot.appendingPathComponent("Tests/Fixtures/reader/control-characters.txt").path
        let reader = try launch([fixture])
        defer { reader.tmux.kill() }

        try reader.tmux.waitFor("the fixture with visible placeholders") {
            $0.contains("␛") && $0.contains("RED") && $0.contains("said Ana Ruiz")
        }
        let settled = try reader.tmux.settle()
        let rows = Tmux.rows(of: settled)
        XCTAssertEqual(rows.count, reader.height)
        XCTAssertTrue(rows[0].contains("control-characters.txt"), "header intact: \(rows[0])")
        XCTAssertTrue(settled.contains("Control characters must never reach the terminal."),
                      "ESC[2J did not clear the screen:\n\(settled)")
        XCTAssertTrue(settled.contains("␛]0;pwned-title␇"), settled)
        XCTAssertTrue(rows[reader.height - 2].contains(" READ "), "status line: \(rows[reader.height - 2])")
        XCTAssertTrue(rows[reader.height - 2].contains("control-characters.txt · "), rows[reader.height - 2])
        XCTAssertTrue(rows.allSatisfy { displayWidth($0) <= reader.width }, settled)

        XCTAssertFalse(try reader.tmux.display("#{pane_title}").contains("pwned"), "the title was set")
        XCTAssertEqual(try reader.tmux.display("#{window_bell_flag}"), "0", "a bell reached the terminal")

        let styled = try reader.tmux.capture(escapes: true)
        XCTAssertFalse(styled.contains("\u{1B}[31m"), "red from the article reached the terminal")
        let cells = StyledScreen.parse(styled)
        var checked = 0
        for row in cells {
            for range in StyledScreen.occurrences(of: "RED", in: row) {
                checked += 1
                for cell in row[range] {
                    XCTAssertFalse(["31", "91", "5;1", "5;9", "5;196", "5;160"].contains(cell.fg ?? ""),
                                   "RED drawn in red (\(cell.fg ?? "default"))")
                }
            }
        }
        XCTAssertGreaterThan(checked, 0, "RED on screen")

        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    // MARK: 7. Help

    func testHelpOverlayOpensAndCloses() throws {
        let reader = try launch(try Article.current().arguments)
        defer { reader.tmux.kill() }

        try reader.tmux.send("?")
        try reader.tmux.waitFor("the help overlay") { $0.contains(" Keys ") && $0.contains("next quotation") }

        try reader.tmux.send("q")
        let closed = try reader.tmux.waitFor("the help overlay to close") { screen in
            !screen.contains(" Keys ") && Screen.statusRow(screen, height: reader.height).contains(" READ ")
        }
        XCTAssertFalse(closed.contains("EXIT="), "q closed the overlay, not the reader")
        XCTAssertEqual(try reader.tmux.display("#{alternate_on}"), "1", "the reader is still running")

        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    // MARK: 8. Standard input

    func testReadsStandardInputWithTheKeyboardFromTheTerminal() throws {
        let reader = try launch(["-"], stdin: "“Test quote,” said Ana Ruiz.")
        defer { reader.tmux.kill() }

        try reader.tmux.waitFor("the piped article") { screen in
            screen.contains("Ana Ruiz") && screen.contains("“Test quote,”")
        }
        // The analysis lands after the first frame: wait for the side pane to list the speaker.
        try reader.tmux.waitFor("the quotation listed with its speaker") { screen in
            Screen.sidePane(screen).contains("Ana Ruiz")
        }

        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    // MARK: - Launching

    /// A reader running in a private tmux server.
    struct Reader {
        let tmux: Tmux
        let scratch: Scratch
        let sttyPath: String
        let width: Int
        let height: Int

        /// Waits for the wrapper's `EXIT=<status>` line.
        func exitStatus(timeout: TimeInterval = 10) throws -> Int {
            var status: Int?
            try tmux.waitFor("the reader to exit", timeout: timeout) { screen in
                status = Tmux.rows(of: screen).lazy
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { $0.hasPrefix("EXIT=") }
                    .flatMap { Int($0.dropFirst(5)) }
                return status != nil
            }
            return status!
        }

        /// The reader's pid: the only child of the pane's shell.
        func readerPID() throws -> pid_t {
            let shell = try tmux.display("#{pane_pid}")
            let r = try Tmux.spawn(["/usr/bin/env", "pgrep", "-P", shell], environment: ProcessInfo.processInfo.environment)
            let pids = r.output.split(whereSeparator: \.isNewline).compactMap { pid_t($0) }
            guard pids.count == 1 else {
                throw TmuxError.command(["pgrep", "-P", shell], status: r.status, output: r.output)
            }
            return pids[0]
        }

        /// `stty -a` of the pane's terminal after the reader exited, as words.
        func sttyWords() throws -> Set<String> {
            let text = try String(contentsOfFile: sttyPath, encoding: .utf8)
            return Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        }
    }

    /// A state folder in which the first run has already happened.
    static func seenState(_ scratch: Scratch) throws -> String {
        let state = scratch.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state.appendingPathComponent("hearsay"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: state.appendingPathComponent("hearsay/first-run-done").path, contents: Data())
        return state.path
    }

    /// Starts `hearsay ARGUMENTS` in a new tmux server (`width`x`height`) and waits for its
    /// first screen (the status line on the second-to-last row).
    func launch(_ arguments: [String], stdin: String? = nil, width: Int = 100, height: Int = 30,
                environment extra: [String: String] = [:], waitForAnalysis: Bool = true,
                waitForScreen: Bool = true) throws -> Reader {
        guard let tmux = Tmux() else { throw XCTSkip("tmux is not installed") }
        let binary = Spawn.hearsay
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxError.spawn("hearsay (not built at \(binary))", code: ENOENT)
        }
        let scratch = try Scratch()
        let sttyPath = scratch.url.appendingPathComponent("stty.txt").path
        // TERM on the command itself: tmux gives the pane's shell its own TERM.
        let command = (extra["TERM"].map { "TERM=\(shellQuote($0)) " } ?? "")
            + ([binary] + arguments).map(shellQuote).joined(separator: " ")
        let pipe = stdin.map { "printf '%s\\n' \(shellQuote($0)) | " } ?? ""
        // `trap : INT`: C-c goes to the whole foreground group, and the wrapper must survive it
        // to report the status (the trap is reset to the default for hearsay itself).
        let script = """
            trap : INT
            \(pipe)\(command)
            status=$?
            stty -a > \(shellQuote(sttyPath)) 2>&1
            echo "EXIT=$status"
            exec sleep 600
            """
        try tmux.start(width: width, height: height,
                       environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color",
                                     "SWIFT_BACKTRACE": "interactive=no",
                                     // no user theme or keymap: an empty config folder
                                     "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
                                     // the bundled sample's annotations go here, never to the real home
                                     "XDG_DATA_HOME": scratch.url.appendingPathComponent("data").path,
                                     // not a first run (no welcome tip) unless a test says so
                                     "XDG_STATE_HOME": try Self.seenState(scratch)]
                           .merging(extra) { _, new in new },
                       argv: ["/bin/sh", "-c", script])
        let reader = Reader(tmux: tmux, scratch: scratch, sttyPath: sttyPath, width: width, height: height)
        guard waitForScreen else { return reader }
        do {
            // Generous: the first start of a debug binary on a loaded machine is slow.
            // The text comes first and the analysis a moment later: keys such as ]q
            // mean something only once the status line counts the quotations.
            try tmux.waitFor("the reader's first screen, analysed", timeout: 20) { screen in
                let status = Screen.statusRow(screen, height: height)
                return (status.contains(" READ ") || status.contains(" REVIEW ")) && (!waitForAnalysis || !status.contains("analysing"))
            }
        } catch {
            tmux.kill()
            throw error
        }
        return reader
    }
}

// MARK: - The article and the screen

/// The article the tests open: the gold seed editorial when the shared folder is beside the
/// repository (as on CI), else the bundled sample (no argument).
struct Article {
    var arguments: [String]
    var path: String
    var name: String
    var speaker: String
    var firstWords: String

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func current() throws -> Article {
        let seed = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/gold/seed-editorial.txt").path
        if FileManager.default.fileExists(atPath: seed) {
            return Article(arguments: [seed], path: seed, name: "seed-editorial.txt", speaker: "Khawaja Asif",
                           firstWords: try firstWords(of: seed))
        }
        let sample = repositoryRoot.appendingPathComponent("Samples/sample-editorial.txt").path
        return Article(arguments: [], path: sample, name: "sample-editorial.txt", speaker: "Amina Qadir",
                       firstWords: try firstWords(of: sample))
    }

    /// The first four words of the first paragraph.
    static func firstWords(of path: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let first = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return first.split(separator: " ").prefix(4).joined(separator: " ")
    }

    /// The opening words (mark and two words) of the article's first quotation, from
    /// `hearsay analyze`.
    func firstQuotationOpening() throws -> String {
        let r = try Spawn.hearsay(["analyze", path])
        guard r.status == 0 else { throw TmuxError.command(["hearsay analyze", path], status: r.status, output: r.stderr) }
        let quotes = try XCTUnwrap(try parseJSON(r.stdout)["quotes"] as? [[String: Any]])
        let first = try XCTUnwrap(quotes.min { ($0["start"] as? Int ?? .max) < ($1["start"] as? Int ?? .max) })
        let text = try XCTUnwrap(first["text"] as? String)
        return text.split(separator: " ").prefix(2).joined(separator: " ")
    }
}

/// Reading the reader's layout: the article on the left, the side pane right of "│".
enum Screen {
    /// All rows joined with single spaces (for text that may wrap).
    static func joined(_ screen: String) -> String {
        Tmux.rows(of: screen).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The side pane's text: what follows the first "│" on each row.
    static func sidePane(_ screen: String) -> String {
        Tmux.rows(of: screen).compactMap { row in row.firstIndex(of: "│").map { String(row[row.index(after: $0)...]) } }
            .joined(separator: "\n")
    }

    static func mainPane(_ row: [StyledCell]) -> ArraySlice<StyledCell> {
        row.prefix { $0.character != "│" }
    }

    static func mainPane(_ row: String) -> Substring { row.prefix { $0 != "│" } }

    /// Occurrences of `text` in the article pane, as (row, cell range).
    static func mainPaneOccurrences(of text: String, in screen: [[StyledCell]]) -> [(row: Int, range: Range<Int>)] {
        screen.indices.flatMap { row in
            StyledScreen.occurrences(of: text, in: Array(mainPane(screen[row]))).map { (row, $0) }
        }
    }

    /// The status line: the second-to-last row of a `height`-row screen.
    /// The status line: the row above the message line, or higher when a long
    /// message takes several rows (the status line moves up above it): the
    /// lowest of the bottom rows that opens with a mode (" READ ", " REVIEW "…).
    static func statusRow(_ screen: String, height: Int) -> String {
        let rows = Tmux.rows(of: screen)
        guard rows.count == height, height >= 2 else { return "" }
        for r in stride(from: height - 2, through: max(0, height / 2), by: -1) {
            let words = rows[r].split(separator: " ", maxSplits: 1)
            if let first = words.first, rows[r].hasPrefix(" "), first.count >= 3,
               first.allSatisfy({ $0.isUppercase || $0 == "(" || $0 == ")" || $0 == "-" }) { return rows[r] }
        }
        return rows[height - 2]
    }

    /// The article row carrying the reading cursor's "▌" mark.
    static func markedRowIndex(_ screen: String) -> Int? {
        Tmux.rows(of: screen).firstIndex { mainPane($0).contains("▌") }
    }

    static func markedRow(_ screen: String) -> String? {
        markedRowIndex(screen).map { String(mainPane(Tmux.rows(of: screen)[$0])) }
    }
}
