import HearsayCore
@testable import HearsayUI
import XCTest

/// Fixes from a user test (stop 20) outside review: Esc and the tag filter,
/// the help opening at the current mode and listing the `:` commands, and a
/// selection that takes a quotation's closing mark.
final class HelpSelectionAndFilterTests: XCTestCase {
    /// Esc clears the `F` tag filter with the others, as the help says.
    func testEscapeClearsTheTagFilter() {
        var s = ReaderFixtures.state()
        s.press("Fblame<Enter>")
        XCTAssertEqual(s.annotationFilter, "blame")
        s.press("<Esc>")
        XCTAssertNil(s.annotationFilter)
    }

    /// `?` opens the help at the keys of the mode it was pressed in.
    func testHelpOpensAtTheKeysOfTheCurrentMode() {
        var s = ReaderFixtures.state()
        s.press("?")
        XCTAssertEqual(s.helpScroll, 0, "reading: the top")
        s.press("q")
        s.press("R?")
        let lines = HelpOverlay.lines(s)
        XCTAssertTrue(lines[s.helpScroll].isHeading)
        XCTAssertEqual(lines[s.helpScroll].text, "Reviewing quotations (R)")
    }

    /// The `:` commands are in the help, and its filter finds them.
    func testTheHelpListsTheColonCommands() {
        var s = ReaderFixtures.state()
        s.press("?/export<Enter>")
        XCTAssertTrue(HelpOverlay.lines(s).contains { $0.keys.hasPrefix(":export") }, "\(HelpOverlay.lines(s).map(\.keys))")
    }

    /// Selecting a quotation word by word from its opening mark takes its
    /// closing mark too (the tagged passage lacked it).
    func testASelectionFromAnOpeningMarkTakesTheClosingOne() {
        var s = ReaderFixtures.state("Asif called it “the source of terrorism” in Pakistan.")
        s.press("/“the<Enter>")
        s.press("vwww")
        guard let selection = s.selection else { return XCTFail("no selection") }
        XCTAssertEqual(s.article.document.string(selection.range(in: s.article.document.scalars)), "“the source of terrorism”")
        // Without an opening mark, words stay words.
        var t = ReaderFixtures.state("Asif called it “the source of terrorism” in Pakistan.")
        t.press("/source<Enter>")
        t.press("vww")
        if let selection = t.selection {
            XCTAssertEqual(t.article.document.string(selection.range(in: t.article.document.scalars)), "source of terrorism")
        }
    }
}
