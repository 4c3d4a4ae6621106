import HearsayCore
@testable import HearsayUI
import XCTest

/// Ctrl-C cancels what is open; with nothing open, it arms a second Ctrl-C to
/// quit (the reader loop quits on a SIGINT while `interruptArmed`).
final class InterruptKeyTests: XCTestCase {
    func testCtrlCWithNothingOpenSaysHowToQuitAndArmsTheSecond() {
        var state = ReaderFixtures.state()
        state.press("<C-c>")
        XCTAssertTrue(state.interruptArmed)
        XCTAssertFalse(state.shouldQuit)
        XCTAssertEqual(state.message?.text, "Ctrl-C again quits; q quits too")
        // Any other key disarms it.
        state.press("j")
        XCTAssertFalse(state.interruptArmed)
    }

    func testCtrlCCancelsThePromptWithoutArming() {
        var state = ReaderFixtures.state()
        state.press("/ledger")
        XCTAssertNotNil(state.prompt)
        state.press("<C-c>")
        XCTAssertNil(state.prompt)
        XCTAssertFalse(state.interruptArmed)
        XCTAssertFalse(state.shouldQuit)
    }

    func testCtrlCCancelsTheNoteEditorWithoutArming() {
        var state = ReaderFixtures.state()
        state.press("Vc")
        XCTAssertNotNil(state.noteEditor)
        state.press("dropped<C-c>")
        XCTAssertNil(state.noteEditor)
        XCTAssertFalse(state.interruptArmed)
        XCTAssertTrue(state.annotations.annotations.allSatisfy { !$0.note.contains("dropped") })
    }
}
