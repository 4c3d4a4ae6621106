import HearsayCore
@testable import HearsayUI
import XCTest

/// The message line: a message wider than the screen is wrapped upwards over
/// the status line and the text, whole, never cut at the screen's edge.
final class StatusMessageTests: XCTestCase {
    func testALongMessageIsShownWhole() {
        var s = ReaderFixtures.state(width: 60, height: 16)
        let reason = "Read-only: /tmp/story.txt.hearsay.json is empty; Hearsay will not change it. The previous version is in "
            + "/tmp/story.txt.hearsay.json.bak: copy it over the empty file to restore it, or delete the empty file to start afresh"
        s.message = StatusMessage(text: reason, isError: true)
        let rows = render(s).rows
        let bottom = rows.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(bottom.joined(separator: " "), reason, rows.joined(separator: "\n"))
        XCTAssertFalse(rows.joined().contains("…"), "nothing cut")
        XCTAssertTrue(rows[11].contains("READ"), "the status line moves up above the message:\n" + rows.joined(separator: "\n"))
        // The next key clears it: the status line is back in its place.
        s.press("j")
        XCTAssertTrue(render(s).rows[14].contains("READ"))
    }

    func testAShortMessageTakesOneRowAndKeepsTheStatusLine() {
        var s = ReaderFixtures.state(width: 60, height: 16)
        s.message = StatusMessage(text: "Kept", isError: false)
        let rows = render(s).rows
        XCTAssertTrue(rows[14].contains("READ"))
        XCTAssertEqual(rows[15].trimmingCharacters(in: .whitespaces), "Kept")
    }

    func testAMessageTooLongForHalfTheScreenEndsCut() {
        var s = ReaderFixtures.state(width: 30, height: 8)
        s.message = StatusMessage(text: String(repeating: "word ", count: 80), isError: false)
        let rows = render(s).rows
        XCTAssertEqual(rows.count, 8)
        XCTAssertTrue(rows[3].contains("READ"), "at most half the screen:\n" + rows.joined(separator: "\n"))
        XCTAssertTrue(rows[7].contains("…"), rows.joined(separator: "\n"))
    }

    /// A refused annotation file leaves the Annotations tab empty: it says why
    /// rather than "None found", which reads as if the work were gone.
    func testTheAnnotationsTabOfARefusedFileSaysWhy() {
        var s = ReaderFixtures.state(width: 110, height: 20)
        s.readOnlyReason = "story.txt.hearsay.json is not valid JSON at line 3, column 5; Hearsay will not change it"
        s.press("T")
        let screen = render(s).rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("None shown: read-only"), screen)
        XCTAssertTrue(screen.contains("valid JSON at line 3, column 5;"), screen)
        XCTAssertFalse(screen.contains("None found"), screen)
    }

    /// A joiner between emoji and the emoji presentation selector are not sent
    /// to the terminal (each widens in some terminals and not in others); a
    /// joiner between letters is.
    func testJoinedEmojiAreSentOneByOne() {
        var screen = ScreenBuffer(width: 20, height: 1)
        let used = screen.put("a👨\u{200D}👩🏙\u{FE0F}b\u{200D}c", row: 0, column: 0, role: .text)
        XCTAssertEqual(used, 8)
        XCTAssertEqual(screen[0, 1].text, "👨")
        XCTAssertEqual(screen[0, 3].text, "👩")
        XCTAssertEqual(screen[0, 5].text, "🏙")
        XCTAssertEqual(screen[0, 6].text, "b\u{200D}")
    }
}
