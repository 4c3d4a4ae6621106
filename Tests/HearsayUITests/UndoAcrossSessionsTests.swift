import HearsayCore
@testable import HearsayUI
import XCTest

/// `u` undoes this session's changes at once, but asks before undoing one that
/// came in the annotation file from an earlier session: to a `less` user `u`
/// scrolls, and last week's coding is off screen.
final class UndoAcrossSessionsTests: XCTestCase {
    /// The annotation file an earlier session left: one tagged quotation.
    private func earlierSessionsFile() -> AnnotationFile {
        var earlier = ReaderFixtures.state()
        earlier.now = "2026-11-20T09:30:00Z"
        earlier.press("]qtblame<Enter>")
        XCTAssertEqual(earlier.annotations.annotations.count, 1, "fixture")
        return earlier.annotations
    }

    func testUndoingAnEarlierSessionsChangeAsksFirst() {
        var s = ReaderFixtures.state()
        _ = reduce(into: &s, .annotationsLoaded(earlierSessionsFile(), readOnlyReason: nil, message: nil))
        let effects = s.press("u")
        XCTAssertEqual(effects, [], "nothing saved")
        XCTAssertTrue(s.pendingUndo)
        XCTAssertEqual(s.annotations.annotations.count, 1, "nothing undone yet")
        XCTAssertEqual(s.message?.text, "Undo “Tagged blame” from an earlier session (2026-11-20 09:30)? y to undo, any other key keeps it")
        s.press("j")
        XCTAssertFalse(s.pendingUndo)
        XCTAssertEqual(s.annotations.annotations.count, 1, "any other key keeps it")
        XCTAssertEqual(s.message?.text, "Kept")
        let undone = s.press("uy")
        XCTAssertEqual(s.annotations.annotations.count, 0)
        XCTAssertEqual(undone, [.saveAnnotations(s.annotations)])
        // Redo brings the earlier session's change back; undoing it again asks again.
        s.press("<C-r>")
        XCTAssertEqual(s.annotations.annotations.count, 1)
        s.press("u")
        XCTAssertTrue(s.pendingUndo)
    }

    func testThisSessionsChangesUndoAtOnce() {
        var s = ReaderFixtures.state()
        _ = reduce(into: &s, .annotationsLoaded(earlierSessionsFile(), readOnlyReason: nil, message: nil))
        s.press("]q]qtpraise<Enter>")
        let tagged = s.annotations.annotations.count
        s.press("u")
        XCTAssertFalse(s.pendingUndo)
        XCTAssertEqual(s.annotations.annotations.count, tagged - 1)
        XCTAssertEqual(s.message?.text, "Undone: Tagged praise")
        // The next one is the earlier session's: asked about.
        s.press("u")
        XCTAssertTrue(s.pendingUndo)
    }
}
