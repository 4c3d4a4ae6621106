import HearsayCore
@testable import HearsayUI
import XCTest

final class CodebookCommandTests: XCTestCase {
    /// Three quotations tagged blame, blame+threat, praise.
    func tagged() -> AppState {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        s.press("]qtblame<Enter>")
        s.press("]qtblame<Enter>]q")   // (the second quotation)
        s.press("[qtthreat<Enter>")
        s.press("]qtpraise<Enter>")
        return s
    }

    func tags(_ s: AppState) -> [[String]] { s.annotationsInOrder.map(\.tags) }

    func testRenameChangesEveryAnnotationInOneUndoableStep() {
        var s = tagged()
        XCTAssertEqual(tags(s), [["blame"], ["blame", "threat"], ["praise"]])
        s.press(":tag rename blame accuse<Enter>")
        XCTAssertEqual(tags(s), [["accuse"], ["accuse", "threat"], ["praise"]])
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["accuse", "threat", "praise"])
        s.press("u")
        XCTAssertEqual(tags(s), [["blame"], ["blame", "threat"], ["praise"]])
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["blame", "threat", "praise"])
    }

    func testMergeJoinsTagsWithoutDuplicates() {
        var s = tagged()
        s.press(":tag merge threat blame<Enter>")
        XCTAssertEqual(tags(s), [["blame"], ["blame"], ["praise"]])
        XCTAssertNil(s.annotations.codebook.tag(named: "threat"))
    }

    func testDeleteRemovesTheTagAndEmptyAnnotations() {
        var s = tagged()
        s.press(":tag delete blame<Enter>")
        XCTAssertEqual(tags(s), [["threat"], ["praise"]], "the first annotation had only blame and no note: it went")
        s.press("u")
        XCTAssertEqual(tags(s), [["blame"], ["blame", "threat"], ["praise"]])
    }

    func testParentColourDescriptionAndErrors() {
        var s = tagged()
        s.press(":tag parent threat blame<Enter>")
        XCTAssertEqual(s.annotations.codebook.path(of: "threat"), "blame/threat")
        s.press(":tag parent blame threat<Enter>")
        XCTAssertEqual(s.message?.text, "threat is inside blame: that would make a loop")
        s.press(":tag color praise #00ff00<Enter>:tag describe praise Kind words<Enter>")
        XCTAssertEqual(s.annotations.codebook.tag(named: "praise"), Tag(name: "praise", color: "#00ff00", description: "Kind words"))
        s.press(":tag rename nope x<Enter>")
        XCTAssertEqual(s.message?.text, "No tag named nope")
        s.press(":tag rename praise blame<Enter>")
        XCTAssertEqual(s.message?.text, "blame exists already: :tag merge praise blame joins them")
    }

    func testPickerTogglesATagOff() {
        var s = tagged()
        s.press("[qtthreat<Enter>")   // the second quotation, which has blame and threat
        XCTAssertEqual(tags(s), [["blame"], ["blame"], ["praise"]])
        XCTAssertEqual(s.message?.text, "Removed threat")
    }
}
