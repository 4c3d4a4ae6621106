import Testing
@testable import HearsayTerminal

/// A Terminal that cannot open leaves nothing behind: no memory, no claim on the screen.
///
/// Regression test for a leak LeakSanitizer found (docs/SANITIZERS.md): the cell's
/// glyph buffer was allocated before the steps that can throw, and deinit, which frees
/// it, never runs for an init that throws. Every failed open (TERM unset, no tty,
/// unknown TERM) lost it. A plain run checks the errors and that the screen is free
/// again; `scripts/sanitize address` (leak detection on) fails if the buffer leaks.
/// swift-testing, not XCTest: the sanitizer run does not check leaks under XCTest
/// (scripts/lsan-suppressions.txt). Serialized: only one Terminal may own the screen.
@Suite(.serialized) struct FailedOpenLeavesNothingTests {
    @Test func everyFailedOpenFreesWhatItTook() throws {
        for _ in 0..<3 {
            #expect(throws: TerminalError.termNotSet) {
                try Terminal(options: .init(), ttyPath: "/dev/tty", term: nil, noColor: nil)
            }
            #expect(throws: TerminalError.noTerminal(path: "/nonexistent/tty", reason: "No such file or directory")) {
                try Terminal(options: .init(), ttyPath: "/nonexistent/tty", term: "xterm", noColor: nil)
            }
            #expect(throws: TerminalError.noTerminal(path: "/dev/null", reason: "not a terminal")) {
                try Terminal(options: .init(), ttyPath: "/dev/null", term: "xterm", noColor: nil)
            }
            let pty = try #require(PseudoTerminal(width: 40, height: 8))
            #expect(throws: TerminalError.unsupportedTerminal(term: "no-such-terminal")) {
                try Terminal(options: .init(), ttyPath: pty.path, term: "no-such-terminal", noColor: nil)
            }
            #expect(throws: TerminalError.unsupportedTerminal(term: "dumb")) {
                try Terminal(options: .init(), ttyPath: pty.path, term: "dumb", noColor: nil)
            }
        }
        // Nothing still claims the screen: a Terminal opens, and ends.
        let pty = try #require(PseudoTerminal(width: 40, height: 8))
        let terminal = try Terminal(options: .init(), ttyPath: pty.path, term: "xterm-256color", noColor: nil)
        terminal.end()
    }
}
