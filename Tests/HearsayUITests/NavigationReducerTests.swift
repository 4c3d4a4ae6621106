import HearsayCore
@testable import HearsayUI
import XCTest

final class NavigationReducerTests: XCTestCase {
    func testNextAndPreviousQuotationMoveTheCursorAndTheHighlight() {
        var state = ReaderFixtures.state()
        state.press("]q")
        XCTAssertEqual(state.currentQuotation, 0)
        XCTAssertTrue(state.cursorText.hasPrefix("“We will not"))
        state.press("]q")
        XCTAssertEqual(state.currentQuotation, 1)
        XCTAssertTrue(state.cursorText.hasPrefix("“a unilateral"))
        state.press("[q")
        XCTAssertEqual(state.currentQuotation, 0)
        state.press("[q")
        XCTAssertEqual(state.currentQuotation, 0)
        XCTAssertEqual(state.message?.text, "No quotation before this one")
    }

    func testQuotationKeysAndTaggingGoFromTheCursorOnceItLeftTheQuotation() {
        var state = ReaderFixtures.state()
        state.press("]q")
        XCTAssertEqual(state.currentQuotation, 0)
        // G: the cursor is on the last line; [q is the quotation before it, not
        // "No quotation before this one" (from the first quotation, visited last).
        state.press("G")
        let end = state.cursor
        state.press("[q")
        let before = state.article.quotations.lastIndex { $0.range.start < end }
        XCTAssertNotNil(before)
        XCTAssertNotEqual(before, 0)
        XCTAssertEqual(state.currentQuotation, before)
        XCTAssertNotEqual(state.message?.text, "No quotation before this one")
        // Back to the top, then t: the tag goes to the passage under the cursor, not the
        // quotation last visited at the end of the article.
        state.press("gg")
        XCTAssertNil(state.quotationUnderCursor)
        if case .range(let r) = state.annotationTarget {
            XCTAssertLessThan(r.start, state.article.quotations[0].range.start)
        } else if let target = state.annotationTarget {
            XCTFail("unexpected target \(target)")
        }
        state.press("]q")
        XCTAssertEqual(state.currentQuotation, 0, "from the cursor at the top: the first quotation")
        XCTAssertEqual(state.quotationUnderCursor, 0)
    }

    func testPendingPrefixWaitsForTheSecondKey() {
        var state = ReaderFixtures.state()
        state.press("]")
        XCTAssertEqual(state.pendingKeys, [.char("]")])
        XCTAssertNil(state.currentQuotation)
        state.press("q")
        XCTAssertEqual(state.pendingKeys, [])
        XCTAssertEqual(state.currentQuotation, 0)
    }

    func testUnboundKeySaysSoAndResets() {
        var state = ReaderFixtures.state()
        state.press("]z")
        XCTAssertEqual(state.pendingKeys, [])
        XCTAssertEqual(state.message, StatusMessage(text: "]z is not a key here (? for help)", isError: true))
    }

    func testParagraphAndSentenceMoves() {
        var state = ReaderFixtures.state()
        state.press("}")
        XCTAssertTrue(state.cursorText.hasPrefix("“We will"))
        state.press("}")
        XCTAssertTrue(state.cursorText.hasPrefix("Islamabad"))
        state.press(")")
        XCTAssertTrue(state.cursorText.hasPrefix("Amina Qadir"))
        state.press("(")
        XCTAssertTrue(state.cursorText.hasPrefix("Islamabad"))
        state.press("{")
        XCTAssertTrue(state.cursorText.hasPrefix("“We will"))
    }

    func testScrollingMovesTheViewAndKeepsTheCursorOnScreen() {
        var state = ReaderFixtures.state(ReaderFixtures.long(paragraphs: 200), width: 100, height: 20)
        XCTAssertEqual(state.top, .start)
        state.press("j")
        XCTAssertEqual(state.top, LinePosition(paragraph: 0, line: 1))
        XCTAssertGreaterThan(state.cursor, 0, "the cursor follows the first visible line")
        state.press("<Space>")
        XCTAssertEqual(state.top, state.advanced(LinePosition(paragraph: 0, line: 1), by: 16))
        state.press("G")
        XCTAssertEqual(state.top, state.maximumTop)
        XCTAssertEqual(state.percent, 100)
        XCTAssertTrue(state.cursorText.hasPrefix("Paragraph 200"))
        state.press("g")
        XCTAssertEqual(state.top, .start)
        XCTAssertEqual(state.cursor, 0)
        state.press("<C-d>")
        XCTAssertEqual(state.top, state.advanced(.start, by: 8))
        state.press("<C-u>")
        XCTAssertEqual(state.top, .start)
    }

    func testTheViewNeverScrollsPastTheEnd() {
        var state = ReaderFixtures.state(width: 100, height: 30)
        state.press("<Space><Space><Space>jjjj")
        XCTAssertEqual(state.top, state.maximumTop)
        XCTAssertEqual(state.top, .start, "a short article fits on one screen")
    }

    func testMarksRememberTheCursor() {
        var state = ReaderFixtures.state()
        state.press("}}ma")
        let marked = state.cursor
        state.press("g")
        XCTAssertEqual(state.cursor, 0)
        state.press("'a")
        XCTAssertEqual(state.cursor, marked)
        state.press("''")
        XCTAssertEqual(state.cursor, 0, "'' goes back to where the last jump started")
        state.press("'z")
        XCTAssertEqual(state.message?.text, "Mark z is not set")
    }

    func testNextMentionFollowsTheSpeakerOfTheCurrentQuotation() {
        var state = ReaderFixtures.state()
        state.press("]q")
        let speaker = state.article.quotations[0].speaker?.actor
        XCTAssertNotNil(speaker)
        state.press("]a")
        let mention = state.currentMention.map { state.article.mentions[$0] }
        XCTAssertEqual(mention?.actor, speaker)
        XCTAssertGreaterThan(mention?.range.start ?? 0, state.article.quotations[0].range.start)
    }

    func testQuitEndsWithAnEffect() {
        var state = ReaderFixtures.state()
        XCTAssertEqual(state.press("q"), [.quit])
        XCTAssertTrue(state.shouldQuit)
    }

    func testResizeKeepsTheCursorVisible() {
        var state = ReaderFixtures.state(ReaderFixtures.long(paragraphs: 100), width: 120, height: 40)
        state.press(":50<Enter>")
        let cursor = state.cursor
        _ = reduce(into: &state, .resize(width: 50, height: 10))
        XCTAssertEqual(state.cursor, cursor)
        let line = state.position(of: cursor)
        let d = state.distance(from: state.top, to: line, limit: 10)
        XCTAssertNotNil(d)
        XCTAssertLessThan(d ?? 99, state.geometry.bodyRows)
    }

    func testCommandLine() {
        var state = ReaderFixtures.state()
        XCTAssertEqual(state.press(":theme light<Enter>"), [.loadTheme("light")])
        state.press(":nonsense<Enter>")
        XCTAssertEqual(state.message, StatusMessage(text: "Not a command: nonsense", isError: true))
        state.press(":3<Enter>")
        XCTAssertTrue(state.cursorText.hasPrefix("Islamabad"))
        XCTAssertEqual(state.press(":q<Enter>"), [.quit])
    }
}
