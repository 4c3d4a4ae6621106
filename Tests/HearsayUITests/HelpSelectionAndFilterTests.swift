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
        let lines = HelpOverlay.layout(s).rows
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

    /// A description longer than the box continues on the next rows (it was
    /// cut off: ":export" lost the last formats it lists), and every row fits.
    func testLongHelpDescriptionsWrapInsteadOfBeingCutOff() {
        var s = ReaderFixtures.state(width: 60, height: 30)
        s.press("?/export<Enter>")
        let layout = HelpOverlay.layout(s)
        XCTAssertLessThanOrEqual(layout.width, 58)
        guard let k = layout.rows.firstIndex(where: { $0.keys.hasPrefix(":export") }) else { return XCTFail("no :export row") }
        let continued = layout.rows[k...].prefix { $0 == layout.rows[k] || ($0.keys.isEmpty && !$0.isHeading && !$0.text.isEmpty) }
        XCTAssertGreaterThan(continued.count, 1, "the description takes more than one row at this width")
        XCTAssertEqual(continued.map(\.text).joined(separator: " "), "export: json, w3c, qdpx, qdc, csv, markdown, html, brat, tei")
        for row in layout.rows where !row.isHeading {
            XCTAssertLessThanOrEqual(DisplayWidth.of(row.text), layout.textWidth, row.text)
        }
        // The scroll reaches the last row, not the last unwrapped line.
        s.press("G")
        XCTAssertEqual(s.helpScroll, layout.rows.count - 1)
        // On a wide screen the box grows (to 90 cells) and wraps less.
        var wide = ReaderFixtures.state(width: 160, height: 30)
        wide.press("?/export<Enter>")
        let wideLayout = HelpOverlay.layout(wide)
        XCTAssertEqual(wideLayout.width, 90)
        XCTAssertEqual(wideLayout.rows.last?.text, "export: json, w3c, qdpx, qdc, csv, markdown, html, brat, tei", "\(wideLayout.rows)")
    }

    /// On a tiny screen the description column is too narrow to wrap into:
    /// one row a binding, cut, not thousands of rows of a syllable each.
    func testATinyScreenCutsInsteadOfWrapping() {
        var s = ReaderFixtures.state(width: 30, height: 10)
        s.press("?")
        let layout = HelpOverlay.layout(s)
        XCTAssertLessThan(layout.textWidth, HelpOverlay.minimumTextWidth)
        XCTAssertEqual(layout.rows.count, HelpOverlay.lines(s).count)
    }

    /// Words longer than a line are cut where the line is full; nothing is lost.
    func testWrappingCutsAWordLongerThanTheLine() {
        XCTAssertEqual(HelpOverlay.wrapped("go to paragraph 123", width: 8), ["go to", "paragrap", "h 123"])
        XCTAssertEqual(HelpOverlay.wrapped("", width: 8), [""])
        XCTAssertEqual(HelpOverlay.wrapped("short", width: 8), ["short"])
    }

    /// The help, the status line and the key table show "<" as itself; a
    /// keymap file still writes (and reads) it as <lt>.
    func testTheLessThanKeyReadsAsItselfForPeople() throws {
        var s = ReaderFixtures.state()
        s.press("?")
        let shrink = HelpOverlay.layout(s).rows.first { $0.text.hasPrefix("shrink the current annotation") }
        XCTAssertEqual(shrink?.keys, "<")
        XCTAssertFalse(KeyTable.text(s.keymap).contains("<lt>"))
        XCTAssertEqual(KeySpec.format([.char("<")]), "<lt>")
        XCTAssertEqual(try KeySpec.parse("<lt>"), [.char("<")])
    }
}
