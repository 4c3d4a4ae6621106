import HearsayCore
@testable import HearsayUI
import XCTest

final class SearchReducerTests: XCTestCase {
    func testSearchFindsTheNextMatchFromTheCursorWithSmartCase() {
        var state = ReaderFixtures.state()
        state.press("/kabul<Enter>")
        XCTAssertEqual(state.search?.pattern, "kabul")
        XCTAssertTrue(state.cursorText.hasPrefix("Kabul went"))
        state.press("n")
        XCTAssertTrue(state.cursorText.hasPrefix("Kabul did"))
        state.press("n")
        XCTAssertTrue(state.cursorText.hasPrefix("Kabul went"))
        XCTAssertEqual(state.message?.text, "Search hit the end, continued from the top")
        state.press("N")
        XCTAssertTrue(state.cursorText.hasPrefix("Kabul did"))
    }

    func testCapitalsMakeTheSearchCaseSensitive() {
        var state = ReaderFixtures.state("the River and the river")
        state.press("/River<Enter>n")
        XCTAssertEqual(state.search?.current, TextRange(4, 9))
    }

    /// A straight apostrophe or quotation mark typed finds the curly one, and back.
    func testStraightAndCurlyQuotesFindEachOther() {
        var state = ReaderFixtures.state("The minister’s plan was called “a step backwards” by the envoy.")
        state.press("/minister's<Enter>")
        XCTAssertEqual(state.search?.current, TextRange(4, 14))
        state.press("/\"a step<Enter>")
        XCTAssertEqual(state.search?.current?.start, 31)
        var straight = ReaderFixtures.state("It was \"fine\", she said.")
        straight.press("/“fine”<Enter>")
        XCTAssertEqual(straight.search?.current, TextRange(7, 13))
    }

    /// A text saved decomposed (a letter and a combining accent, as macOS and
    /// PDFs write it) is found by the word typed composed, and the other way
    /// round; a match never ends between a letter and its accent, and the
    /// accent is drawn with its letter.
    func testComposedAndDecomposedAccentsFindEachOther() {
        let decomposed = "He met Rene\u{301}e Dupont, the owner. Renee is another."
        var state = ReaderFixtures.state(decomposed)
        state.press("/renée<Enter>")
        XCTAssertEqual(state.search?.current, TextRange(7, 13), "typed composed, found decomposed")
        state.press("/rene<Enter>")
        XCTAssertEqual(state.search?.current, TextRange(7, 12), "the accent after the match is taken in")
        let rows = render(state).rows.joined(separator: "\n")
        XCTAssertTrue(rows.contains("Rene\u{301}e Dupont"), rows)
        var composed = ReaderFixtures.state("He met Renée Dupont.")
        composed.press("/rene\u{301}e<Enter>")
        XCTAssertEqual(composed.search?.current, TextRange(7, 12), "typed decomposed, found composed")
        XCTAssertEqual(Array(CanonicalComposition.decomposed("ệ".unicodeScalars)), [0x65, 0x323, 0x302])
    }

    func testNotFoundIsAnErrorMessage() {
        var state = ReaderFixtures.state()
        state.press("/zebra<Enter>")
        XCTAssertEqual(state.message, StatusMessage(text: "Pattern not found: zebra", isError: true))
        XCTAssertNil(state.search?.current)
    }

    func testPromptEditing() {
        var state = ReaderFixtures.state()
        state.press("/Kabx")
        XCTAssertEqual(state.prompt, Prompt(kind: .search, text: "Kabx"))
        state.press("<BS>ul")
        XCTAssertEqual(state.prompt?.text, "Kabul")
        state.press("<Esc>")
        XCTAssertNil(state.prompt)
        XCTAssertNil(state.search)
        state.press("/Kabul<Enter>/<Enter>")
        XCTAssertTrue(state.cursorText.hasPrefix("Kabul did"), "an empty pattern repeats the last search")
    }

    func testEscapeClearsTheHighlight() {
        var state = ReaderFixtures.state()
        state.press("/Kabul<Enter><Esc>")
        XCTAssertNil(state.search)
    }

    func testEveryVisibleMatchIsHighlighted() {
        var state = ReaderFixtures.state()
        state.press("/Kabul<Enter>")
        let dump = ScreenDump.render(render(state))
        XCTAssertEqual(dump.components(separatedBy: " search.current").count - 1, 1)
        XCTAssertEqual(dump.components(separatedBy: " search.match").count - 1, 1)
    }
}
