import Glibc
import HearsayUI
import XCTest
@testable import HearsayTerminal

/// A real ncurses screen on a pseudo-terminal, in this process: what reaches
/// the terminal (escape sequences, never a cell's control characters), keys and
/// mouse reports typed into it, resize, signals, suspend, end.
final class TerminalOnPseudoTerminalTests: XCTestCase {
    private let theme = Theme(name: "t", styles: [
        .text: Style(),
        .title: Style(foreground: .indexed(196), attributes: [.bold]),
        .status: Style(background: .indexed(21)),
    ])

    private func open(_ pty: PseudoTerminal, term: String = "xterm-256color", noColor: String? = nil,
                      options: TerminalOptions = .init()) throws -> Terminal {
        try Terminal(options: options, ttyPath: pty.path, term: term, noColor: noColor)
    }

    private func makePTY(width: Int = 40, height: Int = 8) throws -> PseudoTerminal {
        try XCTUnwrap(PseudoTerminal(width: width, height: height), "openpty failed")
    }

    private func sample(width: Int = 40, height: Int = 8) -> ScreenBuffer {
        var b = ScreenBuffer(width: width, height: height)
        b.put("Headline “quoted” 中文", row: 0, column: 0, role: .title)
        // Written cell by cell, as a hostile article could: OSC "set title", BEL, C1 CSI.
        let hostile = ["\u{1B}", "]", "0", ";", "P", "W", "N", "\u{07}", "\u{9B}", "2", "J"]
        for (i, s) in hostile.enumerated() { b[2, i] = Cell(text: s) }
        b.fill(row: height - 1, column: 0, count: width, role: .status)
        b.put("status", row: height - 1, column: 0, role: .status)
        return b
    }

    func testDrawsColoursAndNoControlCharactersFromCells() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        XCTAssertEqual(terminal.colorDepth, .twoFiftySix)
        XCTAssertTrue(terminal.size == (40, 8), "size \(terminal.size)")
        terminal.present(sample(), theme: theme)
        let out = pty.output()
        XCTAssertTrue(out.contains("\u{1B}[?1049h"), "alternate screen")
        XCTAssertTrue(out.contains("38;5;196"), "256-colour foreground")
        XCTAssertTrue(out.contains("48;5;21"), "256-colour background")
        XCTAssertTrue(out.contains("Headline “quoted” 中文"))
        XCTAssertTrue(out.contains("\u{FFFD}]0;PWN\u{FFFD}\u{FFFD}2J"), "controls replaced")
        XCTAssertFalse(out.contains("\u{1B}]"), "no OSC from the article")
        XCTAssertFalse(out.contains("\u{07}"))
        XCTAssertFalse(out.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "no C1 control")
    }

    func testOnlyChangedCellsAreSentAgain() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        var frame = sample()
        terminal.present(frame, theme: theme)
        _ = pty.output()
        terminal.present(frame, theme: theme)
        XCTAssertFalse(pty.output().contains("Headline"), "an unchanged frame sends no text")
        frame.put("Z", row: 4, column: 4, role: .text)
        terminal.present(frame, theme: theme)
        let out = pty.output()
        XCTAssertTrue(out.contains("Z"))
        XCTAssertFalse(out.contains("Headline"))
    }

    func testResumeWhileActiveRepaintsEverything() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        terminal.present(sample(), theme: theme)
        _ = pty.output()
        terminal.resume()   // e.g. Ctrl-L
        terminal.present(sample(), theme: theme)
        let out = pty.output()
        XCTAssertTrue(out.contains("\u{1B}[H\u{1B}[2J"), "clear screen (xterm clear=\\E[H\\E[2J)")
        XCTAssertTrue(out.contains("Headline"))
    }

    func testMonochromeSendsNoColour() throws {
        let pty = try makePTY()
        let terminal = try open(pty, noColor: "1")
        defer { terminal.end() }
        XCTAssertEqual(terminal.colorDepth, .monochrome)
        terminal.present(sample(), theme: theme)
        let out = pty.output()
        XCTAssertTrue(out.contains("Headline"))
        XCTAssertTrue(out.contains(";1m") || out.contains("[1m"), "bold is still drawn")
        XCTAssertFalse(out.contains("38;5") || out.contains("48;5"))
        XCTAssertFalse(containsColourSGR(out), "no colour escape in monochrome")
    }

    /// True when `out` has an SGR that sets a colour (30–49, 90–107, 38;5, 48;5).
    private func containsColourSGR(_ out: String) -> Bool {
        var rest = Substring(out)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                for p in rest[..<end].split(separator: ";").compactMap({ Int($0) })
                where (30...49).contains(p) || (90...107).contains(p) { return true }
            }
        }
        return false
    }

    func testEightColourTerminalRunsOutOfPairsGracefully() throws {
        let pty = try makePTY(width: 60, height: 10)
        let terminal = try open(pty, term: "xterm")
        defer { terminal.end() }
        XCTAssertEqual(terminal.colorDepth, .eight)
        var styles = theme.styles
        var b = ScreenBuffer(width: 60, height: 10)
        for i in 0..<81 {   // 9 × 9 (8 colours + default) > 64 pairs
            let role = Role("pair.\(i)")
            let fg = i % 9 == 8 ? nil : Color.indexed(UInt8(i % 9))
            let bg = i / 9 == 8 ? nil : Color.indexed(UInt8(i / 9))
            styles[role] = Style(foreground: fg, background: bg)
            b.put("x", row: i / 60, column: i % 60, role: role)
        }
        terminal.present(b, theme: Theme(name: "many", styles: styles))
        XCTAssertEqual(pty.output().filter { $0 == "x" }.count, 81, "every cell drawn, coloured or not")
    }

    func testKeysTypedIntoTheTerminal() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        terminal.present(sample(), theme: theme)
        // xterm-256color in keypad mode: kcuu1=\EOA, knp=\E[6~, kcbt=\E[Z, kf1=\EOP, kbs=^?.
        pty.type("\u{1B}OA\u{1B}[6~q\r\u{7F}\u{1B}[Z\u{1B}OPé\u{4}\t")
        var keys: [Key] = []
        while keys.count < 10, case .key(let k)? = terminal.nextEvent(timeoutMilliseconds: 1000) { keys.append(k) }
        XCTAssertEqual(keys, [.up, .pageDown, .char("q"), .enter, .backspace, .backTab, .function(1), .char("é"), .ctrl("d"), .tab])
        pty.type("\u{1B}")
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: 1000), .key(.escape), "a lone ESC after the escape delay")
        XCTAssertNil(terminal.nextEvent(timeoutMilliseconds: 30))
    }

    func testMouseReports() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        terminal.present(sample(), theme: theme)
        XCTAssertTrue(pty.output().contains("\u{1B}[?1002h"), "button-motion tracking")
        // xterm-256color uses SGR reports (kmous=\E[<), 1-based. One report at a
        // time, as a real mouse sends them: ncurses merges a run of reports that
        // arrive together and returns only the last one (a press and release in
        // one read become BUTTON1_CLICKED, which is a click too).
        var events: [MouseEvent] = []
        for report in ["0;6;7M", "0;6;7m", "64;2;3M", "65;2;3M", "0;10;2M", "32;12;3M", "0;12;3m"] {
            pty.type("\u{1B}[<" + report)
            while case .mouse(let m)? = terminal.nextEvent(timeoutMilliseconds: 50) { events.append(m) }
        }
        XCTAssertEqual(events, [
            MouseEvent(kind: .click, column: 5, row: 6),
            MouseEvent(kind: .wheelUp, column: 1, row: 2),
            MouseEvent(kind: .wheelDown, column: 1, row: 2),
            MouseEvent(kind: .press, column: 9, row: 1),
            MouseEvent(kind: .drag, column: 11, row: 2),
            MouseEvent(kind: .release, column: 11, row: 2),
        ])
        pty.type("\u{1B}[<0;3;4M\u{1B}[<0;3;4m")
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: 1000), .mouse(MouseEvent(kind: .click, column: 2, row: 3)),
                       "press and release read together")
    }

    func testResize() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        terminal.present(sample(), theme: theme)
        pty.resize(width: 50, height: 12)
        raise(SIGWINCH)   // the kernel would send it if the pty were our controlling terminal
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: 1000), .resize(width: 50, height: 12))
        XCTAssertTrue(terminal.size == (50, 12))
        _ = pty.output()
        terminal.present(sample(width: 50, height: 12), theme: theme)
        XCTAssertTrue(pty.output().contains("Headline"), "a resize repaints everything")
    }

    func testTerminationSignalsBecomeEvents() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            raise(sig)   // our handler only records it
            XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: 1000), .signal(sig))
        }
        XCTAssertNil(terminal.nextEvent(timeoutMilliseconds: 0))
    }

    func testSignalDuringAWaitIsReportedPromptly() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        defer { terminal.end() }
        let thread = Thread { usleep(50_000); kill(getpid(), SIGTERM) }
        thread.start()
        let started = ContinuousClock.now
        XCTAssertEqual(terminal.nextEvent(timeoutMilliseconds: -1), .signal(SIGTERM))
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(1))
    }

    func testSuspendResumeAndEndRestoreTheTTY() throws {
        let pty = try makePTY()
        let before = pty.localFlags
        XCTAssertNotEqual(before & tcflag_t(ICANON), 0)
        let previousINT = handler(SIGINT)
        let terminal = try open(pty)
        terminal.present(sample(), theme: theme)
        XCTAssertEqual(pty.localFlags & tcflag_t(ICANON | ECHO), 0, "cbreak, noecho")
        XCTAssertNotEqual(pty.localFlags & tcflag_t(ISIG), 0, "not raw: Ctrl-C still signals")
        _ = pty.output()

        terminal.suspend()
        XCTAssertEqual(pty.localFlags, before)
        XCTAssertTrue(pty.output().contains("\u{1B}[?1049l"))
        terminal.resume()
        XCTAssertEqual(pty.localFlags & tcflag_t(ICANON), 0)
        terminal.present(sample(), theme: theme)
        let repaint = pty.output()
        XCTAssertTrue(repaint.contains("\u{1B}[?1049h"))
        XCTAssertTrue(repaint.contains("Headline"), "everything is repainted after resume")

        terminal.end()
        terminal.end()
        XCTAssertEqual(pty.localFlags, before)
        let out = pty.output()
        XCTAssertTrue(out.contains("\u{1B}[?1049l"), "normal screen")
        XCTAssertTrue(out.contains("\u{1B}[?25h"), "cursor visible")
        XCTAssertTrue(out.contains("\u{1B}[?1002l"), "mouse motion off")
        XCTAssertEqual(handler(SIGINT), previousINT, "SIGINT handler restored")
        XCTAssertNil(terminal.nextEvent(timeoutMilliseconds: 0))
        terminal.present(sample(), theme: theme)   // ignored after end
        XCTAssertEqual(pty.output(), "")
    }

    func testOneTerminalAtATime() throws {
        let pty = try makePTY()
        let terminal = try open(pty)
        XCTAssertThrowsError(try open(pty)) { XCTAssertEqual($0 as? TerminalError, .alreadyActive) }
        terminal.end()
        let again = try open(pty)
        again.end()
    }

    func testErrorsAUserCanAct() throws {
        XCTAssertThrowsError(try Terminal(options: .init(), ttyPath: "/nonexistent/tty", term: "xterm", noColor: nil)) {
            XCTAssertEqual($0 as? TerminalError, .noTerminal(path: "/nonexistent/tty", reason: "No such file or directory"))
            XCTAssertTrue("\($0)".contains("must run in a terminal"))
        }
        let pty = try makePTY()
        XCTAssertThrowsError(try open(pty, term: "no-such-terminal")) {
            XCTAssertEqual($0 as? TerminalError, .unsupportedTerminal(term: "no-such-terminal"))
            XCTAssertTrue("\($0)".contains("TERM=no-such-terminal"))
        }
        XCTAssertThrowsError(try open(pty, term: "dumb")) {
            XCTAssertEqual($0 as? TerminalError, .unsupportedTerminal(term: "dumb"))
        }
        XCTAssertThrowsError(try open(pty, term: "")) { XCTAssertEqual($0 as? TerminalError, .termNotSet) }
        XCTAssertThrowsError(try Terminal(options: .init(), ttyPath: "/dev/null", term: "xterm", noColor: nil)) {
            XCTAssertEqual($0 as? TerminalError, .noTerminal(path: "/dev/null", reason: "not a terminal"))
        }
        // Nothing was left behind: the next Terminal opens.
        try open(pty).end()
    }

    private func handler(_ sig: Int32) -> Int {
        var action = sigaction()
        sigaction(sig, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
    }
}
