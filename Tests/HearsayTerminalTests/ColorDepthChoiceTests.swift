import HearsayUI
import XCTest
@testable import HearsayTerminal

final class ColorDepthChoiceTests: XCTestCase {
    func testTerminalColours() {
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: nil, override: nil), .twoFiftySix)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 8, noColor: nil, override: nil), .eight)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 0, noColor: nil, override: nil), .monochrome)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 0x1000000, noColor: nil, override: nil), .trueColor)
    }

    func testNoColorMeansMonochromeWhenNonEmpty() {
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: "1", override: nil), .monochrome)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: "", override: nil), .twoFiftySix)
    }

    func testOverrideWinsButIsCappedAtTheTerminal() {
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: "1", override: .sixteen), .sixteen)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: nil, override: .monochrome), .monochrome)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 8, noColor: nil, override: .trueColor), .eight)
    }
}

/// COLORTERM=truecolor picks the TERM family's `-direct` terminfo when it exists.
final class DirectColorTermTests: XCTestCase {
    func testTheDirectVariantOnlyWhenClaimedAndInstalled() {
        let installed: Set<String> = ["xterm-direct", "tmux-direct"]
        let exists = { installed.contains($0) }
        XCTAssertEqual(DirectColorTerm.choose(term: "xterm-256color", colorterm: "truecolor", exists: exists), "xterm-direct")
        XCTAssertEqual(DirectColorTerm.choose(term: "tmux-256color", colorterm: "24bit", exists: exists), "tmux-direct")
        XCTAssertEqual(DirectColorTerm.choose(term: "xterm-256color", colorterm: nil, exists: exists), "xterm-256color")
        XCTAssertEqual(DirectColorTerm.choose(term: "xterm-256color", colorterm: "yes", exists: exists), "xterm-256color")
        XCTAssertEqual(DirectColorTerm.choose(term: "screen-256color", colorterm: "truecolor", exists: exists), "screen-256color")
        XCTAssertEqual(DirectColorTerm.choose(term: "xterm-direct", colorterm: "truecolor", exists: { _ in false }), "xterm-direct")
    }

    func testTerminfoLookup() {
        XCTAssertTrue(DirectColorTerm.terminfoExists("xterm") || DirectColorTerm.terminfoExists("vt100"))
        XCTAssertFalse(DirectColorTerm.terminfoExists("no-such-terminal-type"))
        XCTAssertFalse(DirectColorTerm.terminfoExists("../../etc/passwd"))
    }
}
