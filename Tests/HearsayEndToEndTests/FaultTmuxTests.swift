import Foundation
import Glibc
import XCTest

/// Faults around the real reader in tmux (issue 8): the terminal resized a
/// hundred times, made tiny, stopped and continued, hung up; no terminal or one
/// terminfo does not know; two readers on one article and a stale lock; the
/// article changed on disk; escape sequences in a file name, a note and a tag.
/// Each ends with the terminal restored and the annotation file holding every
/// change the reader acknowledged. `docs/RELIABILITY.md` lists them.
final class FaultTmuxTests: XCTestCase {
    let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })

    static var sample: URL { Article.repositoryRoot.appendingPathComponent("Samples/sample-editorial.txt") }

    func article(_ folder: Scratch, _ name: String = "story.txt") throws -> String {
        folder.file(name, Array(try Data(contentsOf: Self.sample)))
    }

    func savedTags(_ path: String) throws -> [[String]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return ((json?["annotations"] as? [[String: Any]]) ?? []).map { $0["tags"] as? [String] ?? [] }
    }

    // MARK: The terminal

    func testAHundredResizesInASecond() throws {
        let reader = try host.launch(try Article.current().arguments)
        defer { reader.tmux.kill() }
        let started = Date()
        for k in 0..<100 {
            try reader.tmux.resize(width: 40 + (k * 37) % 120, height: 8 + (k * 13) % 40)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        try reader.tmux.resize(width: 100, height: 30)
        let screen = try reader.tmux.waitFor("the relayout at 100x30") { screen in
            let rows = Tmux.rows(of: screen)
            return rows.count == 30 && rows[28].contains(" READ ")
        }
        XCTAssertTrue(Tmux.rows(of: screen).allSatisfy { displayWidth($0) <= 100 }, screen)
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        try reader.assertTerminalRestored()
    }

    func testOneByOneAndTwentyByFive() throws {
        let reader = try host.launch(try Article.current().arguments)
        defer { reader.tmux.kill() }
        try reader.tmux.resize(width: 20, height: 5)
        let small = try reader.tmux.waitFor("20x5") { Tmux.rows(of: $0).count == 5 && Screen.joined($0).contains("small") }
        XCTAssertTrue(Tmux.rows(of: small).allSatisfy { displayWidth($0) <= 20 }, small)
        try reader.tmux.resize(width: 1, height: 1)
        try reader.tmux.waitForFormat("#{pane_width}x#{pane_height}", "1x1")
        usleep(300_000)
        // Keys at 1x1 do nothing harmful; then back to a real size.
        try reader.tmux.send("j", "]", "q")
        try reader.tmux.resize(width: 100, height: 30)
        try reader.tmux.waitFor("the reader back at 100x30") { Tmux.rows(of: $0).count == 30 && $0.contains(" READ ") }
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        try reader.assertTerminalRestored()
    }

    /// In an interactive shell with job control, as a user runs it: Ctrl-Z stops
    /// the reader and gives the shell a sane terminal, `fg` brings it back
    /// redrawn, and an external SIGTSTP does the same as Ctrl-Z.
    func testStopAndContinueInAShellWithJobControl() throws {
        guard let tmux = Tmux() else { throw XCTSkip("tmux is not installed") }
        defer { tmux.kill() }
        let scratch = try Scratch()
        try tmux.start(width: 100, height: 30,
                       environment: ["LANG": "C.UTF-8", "PS1": "$ ", "HOME": scratch.url.path,
                                     "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
                                     "XDG_DATA_HOME": scratch.url.appendingPathComponent("data").path],
                       argv: ["/bin/bash", "--norc", "--noprofile", "-i"])
        _ = try tmux.waitFor("the shell prompt") { Tmux.rows(of: $0).contains("$") }
        try tmux.type("\(shellQuote(Spawn.hearsay)) \(shellQuote(Self.sample.path))")
        try tmux.send("Enter")
        _ = try tmux.waitFor("the reader", timeout: 20) { $0.contains(" READ ") }
        for stop in ["C-z", "SIGTSTP"] {
            if stop == "C-z" {
                try tmux.send("C-z")
            } else {
                let shell = try tmux.display("#{pane_pid}")
                let r = try Tmux.spawn(["/usr/bin/env", "pgrep", "-P", shell], environment: ProcessInfo.processInfo.environment)
                let pid = try XCTUnwrap(r.output.split(whereSeparator: \.isNewline).compactMap { pid_t($0) }.first)
                XCTAssertEqual(kill(pid, SIGTSTP), 0)
            }
            try tmux.waitForFormat("#{alternate_on}", "0")
            _ = try tmux.waitFor("the shell's job report after \(stop)") { $0.contains("Stopped") }
            // The shell's terminal is cooked again: what we type echoes.
            try tmux.type("echo typed-$((6*7))")
            try tmux.send("Enter")
            _ = try tmux.waitFor("the shell working after \(stop)") { $0.contains("typed-42") }
            try tmux.type("fg")
            try tmux.send("Enter")
            try tmux.waitForFormat("#{alternate_on}", "1")
            _ = try tmux.waitFor("the reader redrawn after \(stop)") { $0.contains(" READ ") && !$0.contains("typed-42") }
        }
        try tmux.send("q")
        try tmux.waitForFormat("#{alternate_on}", "0")
        try tmux.type("stty -a; echo status=$?")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("stty after the reader") { $0.contains("status=0") }
        XCTAssertTrue(screen.contains("icanon") && !screen.contains("-icanon"), screen)
        XCTAssertTrue(!screen.contains("-echo ") && !screen.contains("-isig"), screen)
    }

    func testHangUpAfterAChangeKeepsTheChange() throws {
        let folder = try Scratch()
        let path = try article(folder)
        let reader = try host.launch([path])
        defer { reader.tmux.kill() }
        try reader.tmux.send("}")
        try reader.tagSentence("hangup")
        XCTAssertEqual(kill(try reader.readerPID(), SIGHUP), 0)
        XCTAssertEqual(try reader.exitStatus(), 129)
        try reader.assertTerminalRestored()
        XCTAssertEqual(try savedTags(path + ".hearsay.json"), [["hangup"]])
    }

    func testNoTerminalOrAnUnknownOneIsAClearMessage() throws {
        // Not a terminal at all: standard input and output are files, and no /dev/tty.
        let noTTY = try Spawn.run("/usr/bin/setsid", ["-w", Spawn.hearsay, Self.sample.path], stdin: [],
                                  environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        XCTAssertEqual(noTTY.status, 1)
        XCTAssertTrue(noTTY.stderr.contains("must run in a terminal"), noTTY.stderr)
        XCTAssertTrue(noTTY.stdout.isEmpty)
        // A terminal terminfo does not know, and a dumb one: a message, the terminal untouched.
        for term in ["no-such-terminal-type", "dumb"] {
            let reader = try launchExpectingExit(environment: ["TERM": term])
            defer { reader.tmux.kill() }
            XCTAssertEqual(try reader.exitStatus(), 1)
            let screen = try reader.tmux.capture()
            XCTAssertTrue(screen.contains("TERM=\(term)"), screen)
            try reader.assertTerminalRestored()
        }
    }

    /// A reader that is expected to stop before its first screen. (TERM is set
    /// on the command: tmux gives the pane its own TERM.)
    func launchExpectingExit(environment: [String: String]) throws -> ReaderTmuxTests.Reader {
        try host.launch([Self.sample.path], environment: environment, waitForScreen: false)
    }

    // MARK: Two readers, a stale lock, files changed underneath

    /// Two readers on one article, the second read-only (it said so).
    func twoReaders(on path: String) throws -> (first: ReaderTmuxTests.Reader, second: ReaderTmuxTests.Reader) {
        let first = try host.launch([path])
        let second = try host.launch([path])
        try second.tmux.waitFor("the read-only message") { $0.contains("another Hearsay") }
        return (first, second)
    }

    func testASecondReaderIsReadOnlyAndTheFirstKeepsSaving() throws {
        let folder = try Scratch()
        let path = try article(folder)
        let (first, second) = try twoReaders(on: path)
        defer { first.tmux.kill(); second.tmux.kill() }
        try second.tmux.send("}", "V", "t")
        _ = try second.tmux.waitFor("tagging refused") { $0.contains("read-only") }
        try second.tmux.send("Escape", "Escape", "q")
        XCTAssertEqual(try second.exitStatus(), 0)
        try first.tmux.send("}")
        try first.tagSentence("first")
        try first.tmux.send("q")
        XCTAssertEqual(try first.exitStatus(), 0)
        XCTAssertEqual(try savedTags(path + ".hearsay.json"), [["first"]])
    }

    /// The read-only second reader takes the file over once the first quits,
    /// with what the first saved, and its own changes are saved from then on.
    func testTheSecondReaderTakesOverWhenTheFirstQuits() throws {
        let folder = try Scratch()
        let path = try article(folder)
        let (first, second) = try twoReaders(on: path)
        defer { first.tmux.kill(); second.tmux.kill() }
        try first.tmux.send("}")
        try first.tagSentence("first")
        try first.tmux.send("q")
        XCTAssertEqual(try first.exitStatus(), 0)
        try second.tmux.waitFor("the take-over", timeout: 10) { $0.contains("The other Hearsay closed this article") }
        try second.tmux.send("}", "}")
        try second.tagSentence("second")
        try second.tmux.send("q")
        XCTAssertEqual(try second.exitStatus(), 0)
        XCTAssertEqual(Set(try savedTags(path + ".hearsay.json").flatMap { $0 }), ["first", "second"])
    }

    func testALockLeftByAKilledReaderIsTakenOver() throws {
        let folder = try Scratch()
        let path = try article(folder)
        let killed = try host.launch([path])
        try killed.tmux.send("}")
        try killed.tagSentence("before")
        XCTAssertEqual(kill(try killed.readerPID(), SIGKILL), 0)
        _ = try killed.exitStatus()
        killed.tmux.kill()
        XCTAssertTrue(FileManager.default.fileExists(atPath: path + ".hearsay.json.lock"), "the lock is left behind")

        let next = try host.launch([path])
        defer { next.tmux.kill() }
        try next.tmux.send("}", "}")
        try next.tagSentence("after")
        try next.tmux.send("q")
        XCTAssertEqual(try next.exitStatus(), 0)
        XCTAssertEqual(Set(try savedTags(path + ".hearsay.json").flatMap { $0 }), ["before", "after"])
    }

    func testAnArticleChangedWhileOpenIsReanchoredNextTime() throws {
        let folder = try Scratch()
        let path = try article(folder)
        let reader = try host.launch([path])
        defer { reader.tmux.kill() }
        // Someone edits the article while it is open: a paragraph in front.
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try replaceFile(atPath: path, with: "An editor's note added later.\n\n" + original)
        try reader.tmux.send("}")
        try reader.tagSentence("moved")
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)

        let again = try host.launch([path])
        defer { again.tmux.kill() }
        try again.tmux.waitFor("the changed-article report") { $0.contains("Article changed: passages 0 kept, 1 moved, 0 orphaned") }
        try again.tmux.send("T")
        _ = try again.tmux.waitFor("the annotation listed") { Screen.sidePane($0).contains("moved") }
        XCTAssertFalse(Screen.sidePane(try again.tmux.capture()).contains("⚠"), "not orphaned")
        try again.tmux.send("q")
        XCTAssertEqual(try again.exitStatus(), 0)
        // The saved anchor is on the same words, now further into the text.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path + ".hearsay.json"))) as? [String: Any]
        let anchor = ((json?["annotations"] as? [[String: Any]])?.first?["anchor"]) as? [String: Any]
        let exact = try XCTUnwrap(anchor?["exact"] as? String)
        let start = try XCTUnwrap(anchor?["start"] as? Int)
        let now = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(String(now.unicodeScalars.dropFirst(start).prefix(exact.unicodeScalars.count)), exact)
    }

    func testTheAnnotationFileDeletedWhileOpenIsWrittenAgain() throws {
        let folder = try Scratch()
        let path = try article(folder)
        let reader = try host.launch([path])
        defer { reader.tmux.kill() }
        try reader.tmux.send("}")
        try reader.tagSentence("one")
        try FileManager.default.removeItem(atPath: path + ".hearsay.json")
        try reader.tmux.send("}", "}")
        try reader.tagSentence("two")
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        XCTAssertEqual(Set(try savedTags(path + ".hearsay.json").flatMap { $0 }), ["one", "two"])
    }

    // MARK: Escape sequences in a file name, a note and a tag name

    func testEscapesInAFileNameANoteAndATagNeverReachTheTerminal() throws {
        let folder = try Scratch()
        let path = try article(folder, "story\u{1B}]0;pwned-name\u{07}.txt")
        // An annotation file written by another tool: a note that writes the
        // clipboard (OSC 52) and sets the title, a tag name that turns text red.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let exact = String(String.UnicodeScalarView(text.unicodeScalars.prefix(20)))
        let hostileTag = "\u{1B}[31mred\u{1B}[0m"
        let hostileNote = "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;pwned-note\u{07}\u{9B}2J"
        let file: [String: Any] = [
            "version": 2,
            "document": ["sha256": "", "length": text.unicodeScalars.count],
            "codebook": ["tags": [["name": hostileTag, "description": "\u{1B}[2J"]]],
            "reading": ["position": 0, "marks": [String: Int]()],
            "annotations": [["id": "0000000000000001",
                             "anchor": ["start": 0, "end": exact.unicodeScalars.count, "exact": exact, "prefix": "", "suffix": ""],
                             "tags": [hostileTag], "note": hostileNote,
                             "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z", "orphaned": false]],
        ]
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path + ".hearsay.json"))
        let reader = try host.launch([path])
        defer { reader.tmux.kill() }
        try reader.tmux.send("T")
        let screen = try reader.tmux.waitFor("the hostile annotation listed") { Screen.sidePane($0).contains("red") }
        XCTAssertTrue(screen.contains("␛"), "escapes shown as placeholders:\n\(screen)")
        XCTAssertFalse(try reader.tmux.display("#{pane_title}").contains("pwned"), "the title was set")
        let buffers = try reader.tmux.run(["list-buffers"])
        XCTAssertFalse(buffers.contains("pwned") || buffers.contains("cHduZWQ"), "the clipboard was written: \(buffers)")
        let styled = try reader.tmux.capture(escapes: true)
        XCTAssertFalse(styled.contains("\u{1B}[31mred"), "the tag name turned text red")
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        try reader.assertTerminalRestored()
    }
}

/// Scripts and invisible characters that move the cursor on terminals that
/// honour them: right-to-left text, combining marks, zero-width characters and
/// bidirectional controls. The grid must stay a grid: the side pane's border in
/// one column on every row, no row wider than the pane.
final class HostileScriptTmuxTests: XCTestCase {
    static let text = """
        وزير الخارجية قال: “لن نتراجع عن حقنا في المياه” في مؤتمر صحفي.

        وزیر خارجہ نے کہا کہ “پانی ہمارا حق ہے” اور بات چیت جاری رہے گی۔

        Combining marks: “Zoë and Ǹgozi met at the café” (e\u{301} a\u{308}\u{301} o\u{302}\u{303}).

        Zero width: “split\u{200B}here\u{200D}and\u{2060}there\u{FEFF}now”, the minister said.

        Bidi controls: “abc\u{202E}fed\u{202C} and \u{2067}isolated\u{2069} text” said Ana Ruiz.

        Emoji: “I love this city 🏙\u{FE0F} and its people 👨\u{200D}👩\u{200D}👧,” said Anna Smith 😀 at the fair.
        """

    func testTheGridStaysAGrid() throws {
        let folder = try Scratch()
        let path = folder.file("scripts.txt", Array(Self.text.utf8))
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch([path], width: 100, height: 30)
        defer { reader.tmux.kill() }
        let screen = try reader.tmux.settle()
        let rows = Tmux.rows(of: screen)
        XCTAssertEqual(rows.count, 30, screen)
        let borders = Set(rows.dropFirst().dropLast(2).compactMap { row -> Int? in
            guard let bar = row.firstIndex(of: "│") else { return nil }
            return displayWidth(String(row[..<bar]))
        })
        XCTAssertEqual(borders.count, 1, "the side pane's border moved:\n\(screen)")
        XCTAssertTrue(rows.allSatisfy { displayWidth($0) <= 100 }, screen)
        XCTAssertFalse(screen.unicodeScalars.contains { [0x202E, 0x202C, 0x2067, 0x2069].contains($0.value) },
                       "a bidirectional control reached the terminal")
        XCTAssertTrue(screen.contains("Ana Ruiz"), screen)
        // tmux draws a joined emoji sequence in two cells where ncurses counts
        // each emoji: the rest of the line was drawn out of place ("AnnaAnna").
        XCTAssertTrue(screen.contains("said Anna"), screen)
        XCTAssertFalse(screen.contains("AnnaAnna"), screen)
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
    }

    /// The sequences the control-characters fixture does not have: C1 CSI
    /// (U+009B), a DCS string, an OSC 8 hyperlink and an OSC 52 clipboard write.
    func testC1DCSAndOSCSequencesInTheArticleAreInert() throws {
        let text = """
            C1: \u{9B}2J\u{9B}31mred after a C1 CSI\u{9B}0m, said Ana Ruiz.

            DCS: \u{1B}P1$r0m\u{1B}\\ and tmux passthrough \u{1B}Ptmux;\u{1B}\u{1B}]0;pwned-dcs\u{07}\u{1B}\\ end.

            OSC 8: \u{1B}]8;;https://example.invalid/pwned\u{1B}\\a link\u{1B}]8;;\u{1B}\\ in the text.

            OSC 52: \u{1B}]52;c;cHduZWQtY2xpcGJvYXJk\u{07} the clipboard, “quoted” by the minister.
            """
        let folder = try Scratch()
        let path = folder.file("sequences.txt", Array(text.utf8))
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch([path], width: 100, height: 30)
        defer { reader.tmux.kill() }
        let screen = try reader.tmux.settle()
        XCTAssertTrue(screen.contains("red after a C1 CSI") && screen.contains("the clipboard"), screen)
        XCTAssertFalse(try reader.tmux.display("#{pane_title}").contains("pwned"), "the title was set")
        let buffers = try reader.tmux.run(["list-buffers"])
        XCTAssertFalse(buffers.contains("pwned") || buffers.contains("cHduZW"), "the clipboard was written: \(buffers)")
        let styled = try reader.tmux.capture(escapes: true)
        XCTAssertFalse(styled.contains("\u{1B}]8;"), "a hyperlink reached the terminal")
        XCTAssertFalse(styled.contains("\u{1B}[31m"), "red from the article reached the terminal")
        try reader.tmux.send("q")
        XCTAssertEqual(try reader.exitStatus(), 0)
        try reader.assertTerminalRestored()
    }

    /// COLORTERM=truecolor: the themes' own RGB colours reach the terminal (when
    /// terminfo has the direct-colour entry, from ncurses-term); without it, 256.
    func testCOLORTERMTruecolorDrawsTheThemesRGBColours() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/terminfo/t/tmux-direct")
            || FileManager.default.fileExists(atPath: "/lib/terminfo/t/tmux-direct") else {
            throw XCTSkip("no tmux-direct terminfo (apt-get install ncurses-term)")
        }
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        for (colorterm, rgb) in [("truecolor", true), ("", false)] {
            let reader = try host.launch([], environment: ["COLORTERM": colorterm])
            defer { reader.tmux.kill() }
            let styled = try reader.tmux.capture(escapes: true)
            XCTAssertEqual(styled.contains("38;2;"), rgb, "COLORTERM=\(colorterm)")
            try reader.tmux.send("q")
            XCTAssertEqual(try reader.exitStatus(), 0)
        }
    }
}
