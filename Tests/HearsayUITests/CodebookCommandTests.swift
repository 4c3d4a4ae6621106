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
        let effects = s.press(":tag rename blame accuse<Enter>")
        XCTAssertEqual(effects.first, .tagRenamed(from: "blame", to: "accuse"), "said first, for a shared codebook")
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

    func testDeleteAsksFirstThenRemovesTheTagAndEmptyAnnotations() {
        var s = tagged()
        s.press(":tag delete blame<Enter>")
        XCTAssertEqual(s.message?.text, "Delete the tag blame? 2 passages lose it, and 1 with nothing else on it goes. "
                       + "The digits of the tags after it move up one. y to delete (u undoes)")
        XCTAssertEqual(tags(s), [["blame"], ["blame", "threat"], ["praise"]], "nothing yet")
        s.press("n")
        XCTAssertEqual(s.message?.text, "Kept the tag blame")
        XCTAssertNotNil(s.annotations.codebook.tag(named: "blame"))
        s.press(":tag delete blame<Enter>y")
        XCTAssertEqual(tags(s), [["threat"], ["praise"]], "the first annotation had only blame and no note: it went")
        s.press("u")
        XCTAssertEqual(tags(s), [["blame"], ["blame", "threat"], ["praise"]])
    }

    /// A tag of several words (the picker makes them) is named with or without
    /// quotes: the longest run of words that names a tag is its name.
    func testTagsOfSeveralWordsCanBeManaged() {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        s.press("]qtscare quote<Enter>")
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["scare quote"])
        s.press(":tag color scare quote #ff0000<Enter>")
        XCTAssertEqual(s.annotations.codebook.tag(named: "scare quote")?.color, "#ff0000")
        s.press(":tag describe \"scare quote\" The author keeps a distance<Enter>")
        XCTAssertEqual(s.annotations.codebook.tag(named: "scare quote")?.description, "The author keeps a distance")
        s.press(":tag rename scare\\ quote distancing quote<Enter>")
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["distancing quote"])
        XCTAssertEqual(tags(s), [["distancing quote"]])
        s.press(":tag delete 'distancing quote'<Enter>y")
        XCTAssertTrue(s.annotations.codebook.tags.isEmpty)
    }

    func testCommandWordsSplitAsAShellDoes() {
        XCTAssertEqual(CommandWords.split(#"rename "scare quote" irony"#), ["rename", "scare quote", "irony"])
        XCTAssertEqual(CommandWords.split(#"rename 'it''s' a\ b  c"#), ["rename", "its", "a b", "c"])
        XCTAssertEqual(CommandWords.split(#"describe x """#), ["describe", "x", ""])
        XCTAssertEqual(CommandWords.split("   "), [])
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
        // Not a colour: said, and nothing written.
        s.press(":tag color praise banana<Enter>")
        XCTAssertTrue(s.message?.text.hasPrefix("Not a colour: banana") ?? false, s.message?.text ?? "")
        s.press(":tag color praise #12345<Enter>")
        XCTAssertEqual(s.annotations.codebook.tag(named: "praise")?.color, "#00ff00")
        s.press(":tag color praise bright-blue<Enter>")
        XCTAssertEqual(s.annotations.codebook.tag(named: "praise")?.color, "bright-blue")
        // A parent no tag has yet is made; an unknown verb gives the usage.
        s.press(":tag parent praise tone<Enter>")
        XCTAssertEqual(s.annotations.codebook.path(of: "praise"), "tone/praise")
        s.press(":tag frobnicate praise<Enter>")
        XCTAssertTrue(s.message?.text.hasPrefix("usage: :tag") ?? false, s.message?.text ?? "")
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
