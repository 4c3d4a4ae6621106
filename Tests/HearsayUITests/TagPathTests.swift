import HearsayCore
@testable import HearsayUI
import XCTest

/// A new tag typed as "parent/child" in the picker is the tag "child" under
/// "parent", as the reader shows such tags and the W3C export writes them; it
/// was one flat tag named "parent/child" that came back from an export as two.
final class TagPathTests: XCTestCase {
    func state() -> AppState {
        var s = ReaderFixtures.state()
        s.now = "2026-11-30T12:00:00Z"
        return s
    }

    func testATypedPathMakesTheChildUnderItsParent() {
        var s = state()
        s.press("}}V")
        s.press("tblame / legal framing<Enter>")
        XCTAssertEqual(s.annotations.codebook.tags, [Tag(name: "blame"), Tag(name: "legal framing", parent: "blame")])
        XCTAssertEqual(s.annotations.annotations.map(\.tags), [["legal framing"]])
        XCTAssertEqual(s.message?.text, "Tagged blame/legal framing")
        // One step: undo takes the annotation and both tags away.
        s.press("u")
        XCTAssertEqual(s.annotations.codebook.tags, [])
        XCTAssertEqual(s.annotations.annotations, [])
    }

    func testAPathUnderAnExistingParentAddsOnlyTheChild() {
        var s = state()
        s.press("}}V")
        s.press("tblame<Enter>")
        s.press("}V")
        s.press("tblame/threat<Enter>")
        XCTAssertEqual(s.annotations.codebook.tags, [Tag(name: "blame"), Tag(name: "threat", parent: "blame")])
        XCTAssertEqual(s.annotations.annotations.map(\.tags), [["blame"], ["threat"]])
    }

    /// The path of a tag that exists picks that tag; nothing new is offered.
    func testTheShownPathOfATagPicksIt() {
        var codebook = Codebook()
        codebook.tags = [Tag(name: "blame"), Tag(name: "threat", parent: "blame")]
        var p = TagPicker(target: .range(TextRange(0, 1)))
        p.filter = "blame/threat"
        XCTAssertEqual(p.choices(codebook), [.existing("threat")])
        // A tag of that name elsewhere stays the one tag: not offered again.
        p.filter = "risk/threat"
        XCTAssertFalse(p.choices(codebook).contains(.create("risk/threat")))
    }

    func testPathParts() {
        XCTAssertEqual(Codebook.pathParts(" a / b c //d "), ["a", "b c", "d"])
        XCTAssertEqual(Codebook.pathParts("plain"), ["plain"])
        XCTAssertEqual(Codebook.pathParts(" / "), [])
        var book = Codebook()
        book.tags = [Tag(name: "b", parent: "x")]
        XCTAssertEqual(book.adding(path: ["a", "b", "c"]).tags,
                       [Tag(name: "b", parent: "x"), Tag(name: "a"), Tag(name: "c", parent: "b")],
                       "a tag that exists keeps its parent")
    }

    func testRenamingToANameWithASlashIsRefused() {
        var s = state()
        s.press("}}V")
        s.press("tblame<Enter>")
        s.press(":tag rename blame a/b<Enter>")
        XCTAssertEqual(s.annotations.codebook.tags.map(\.name), ["blame"])
        XCTAssertEqual(s.message?.isError, true)
        XCTAssertTrue(s.message?.text.contains("/") ?? false)
    }
}
