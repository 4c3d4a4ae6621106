import Foundation
import XCTest

/// The configuration file in the real program: the reader opens as it says,
/// its mistakes are reported and ignored, `hearsay config` checks it and
/// `--print-defaults` writes one that checks clean.
final class ConfigTmuxTests: XCTestCase {
    func testTheReaderFollowsTheConfigurationAndReportsItsMistakes() throws {
        let folder = try Scratch()
        let config = folder.url.appendingPathComponent("config/hearsay")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
            [side-pane]
            tab = "actors"
            width = 30
            [keys]
            quit = "<F10>"
            [reader]
            wrapp = 50
            """.write(to: config.appendingPathComponent("config.toml"), atomically: false, encoding: .utf8)
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        let reader = try host.launch(try Article.current().arguments, width: 100, height: 30,
                                     environment: ["XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path])
        defer { reader.tmux.kill() }
        let screen = try reader.tmux.settle()
        XCTAssertTrue(screen.contains("unknown key reader.wrapp"), "the mistake on the message line:\n\(screen)")
        // The Actors tab is open, and the side pane is 30 columns wide (the article 100 - 30 - 1).
        let rows = Tmux.rows(of: screen)
        let bar = try XCTUnwrap(rows[1].firstIndex(of: "│"))
        XCTAssertEqual(displayWidth(String(rows[1][..<bar])), 69, rows[1])
        XCTAssertTrue(rows.dropFirst().prefix(5).contains { $0.contains("state") || $0.contains("person") }, screen)
        // q is no longer quit; F10 is.
        try reader.tmux.send("q")
        usleep(200_000)
        XCTAssertTrue(try reader.tmux.capture().contains(" READ "))
        try reader.tmux.send("F10")
        XCTAssertEqual(try reader.exitStatus(), 0)
        // And the whole message, path and line, on standard error after the reader.
        let after = Tmux.rows(of: try reader.tmux.capture()).joined()
        XCTAssertTrue(after.contains("config.toml:7: unknown key reader.wrapp (did you mean reader.wrap?); ignored"), after)
    }

    func testConfigPrintDefaultsWritesAFileThatChecksClean() throws {
        let folder = try Scratch()
        let env = ["XDG_CONFIG_HOME": folder.url.path, "HOME": folder.url.path]
        let none = try Spawn.run(Spawn.hearsay, ["config"], environment: env)
        XCTAssertEqual(none.status, 0)
        XCTAssertTrue(none.stdout.contains("none: the defaults apply"), none.stdout)
        let defaults = try Spawn.run(Spawn.hearsay, ["config", "--print-defaults"], environment: env)
        XCTAssertEqual(defaults.status, 0)
        let dir = folder.url.appendingPathComponent("hearsay")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try defaults.stdout.write(to: dir.appendingPathComponent("config.toml"), atomically: false, encoding: .utf8)
        let check = try Spawn.run(Spawn.hearsay, ["config"], environment: env)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stderr, "")
        // A broken one: exit 1, each problem on standard error with its line.
        try "mouse = maybe\n".write(to: dir.appendingPathComponent("config.toml"), atomically: false, encoding: .utf8)
        let broken = try Spawn.run(Spawn.hearsay, ["config"], environment: env)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stderr.contains("config.toml:1:"), broken.stderr)
        // A theme that is not there is a problem too.
        try "theme = \"nosuch\"\n".write(to: dir.appendingPathComponent("config.toml"), atomically: false, encoding: .utf8)
        let theme = try Spawn.run(Spawn.hearsay, ["config"], environment: env)
        XCTAssertEqual(theme.status, 1)
        XCTAssertTrue(theme.stderr.contains("theme 'nosuch': no such theme"), theme.stderr)
    }
}

/// The first time the reader opens for a user, a one-line tip; never again.
final class FirstRunTmuxTests: XCTestCase {
    func testTheTipShowsOnceAndOnlyOnce() throws {
        let folder = try Scratch()
        let state = folder.url.appendingPathComponent("fresh-state").path
        let host = ReaderTmuxTests(name: "launcher", testClosure: { _ in })
        for first in [true, false] {
            let reader = try host.launch([], environment: ["XDG_STATE_HOME": state])
            defer { reader.tmux.kill() }
            let screen = try reader.tmux.settle()
            XCTAssertEqual(screen.contains("Welcome to Hearsay: ? shows every key"), first, screen)
            try reader.tmux.send("q")
            XCTAssertEqual(try reader.exitStatus(), 0)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: state + "/hearsay/first-run-done"))
    }
}
