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

    func testMentionKeysGoFromTheCursorOnceItLeftTheMention() {
        var state = ReaderFixtures.state()
        state.press("]q]a")
        let actor = try! XCTUnwrap(state.selectedActor)
        let mentions = state.article.mentions
        XCTAssertGreaterThan(mentions.filter { $0.actor == actor }.count, 1)
        state.press("G")
        let end = state.cursor
        state.press("[a")
        XCTAssertEqual(state.currentMention, mentions.indices.last { mentions[$0].actor == actor && mentions[$0].range.start < end })
        state.press("g]a")
        XCTAssertEqual(state.currentMention, mentions.indices.first { mentions[$0].actor == actor && mentions[$0].range.start > 0 })
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
        XCTAssertEqual(state.position(of: state.cursor), state.lastLine, "the cursor on the last line, as vim's G")
        XCTAssertEqual(state.article.paragraphIndex(containing: state.cursor), 199)
        state.press("g")
        XCTAssertEqual(state.top, .start)
        XCTAssertEqual(state.cursor, 0)
        state.press("<C-d>")
        XCTAssertEqual(state.top, state.advanced(.start, by: 8))
        state.press("<C-u>")
        XCTAssertEqual(state.top, .start)
    }

    /// `sentences` numbered sentences in one paragraph: far longer than a screen.
    static func longParagraph(sentences: Int) -> String {
        (0..<sentences).map { "Sentence number \($0) is here." }.joined(separator: " ")
    }

    /// The article text on the bottom row of the text area.
    static func bottomRow(_ state: AppState) -> String {
        String(render(state).rows[state.geometry.bodyTop + state.geometry.bodyRows - 1].prefix(state.geometry.articleWidth))
    }

    func testGShowsTheEndOfALastParagraphLongerThanTheScreen() {
        var state = ReaderFixtures.state("A short first line.\n\n" + Self.longParagraph(sentences: 300), width: 100, height: 12)
        state.press("G")
        XCTAssertEqual(state.top, state.maximumTop)
        XCTAssertEqual(state.top.paragraph, 1)
        XCTAssertGreaterThan(state.top.line, 0, "the view ends at the end, not at the last paragraph's start")
        XCTAssertEqual(state.percent, 100)
        XCTAssertEqual(state.position(of: state.cursor), state.lastLine, "the cursor on the last line, as vim's G")
        XCTAssertTrue(Self.bottomRow(state).contains("Sentence number 299 is here."), Self.bottomRow(state))
        // Up a line and a half page: within the long paragraph, line by line.
        state.press("k")
        XCTAssertEqual(state.top, state.advanced(state.maximumTop, by: -1))
        state.press("<C-u>")
        XCTAssertEqual(state.top, state.advanced(state.maximumTop, by: -1 - state.geometry.bodyRows / 2))
        XCTAssertLessThan(state.percent, 100)
        state.press("g")
        XCTAssertEqual(state.top, .start)
        XCTAssertEqual(state.cursor, 0)
        // Down into the long paragraph and through it, and G again from inside it.
        state.press("j<Space><C-d>")
        XCTAssertEqual(state.top, state.advanced(.start, by: 1 + (state.geometry.bodyRows - 1) + state.geometry.bodyRows / 2))
        XCTAssertEqual(state.top.paragraph, 1)
        state.press("G")
        XCTAssertEqual(state.top, state.maximumTop)
        state.press("<Space>j")
        XCTAssertEqual(state.top, state.maximumTop, "nothing past the end")
    }

    func testGOnASingleParagraphOfAHundredKilobytes() {
        var state = ReaderFixtures.state(Self.longParagraph(sentences: 4000), width: 100, height: 12)
        XCTAssertGreaterThan(state.article.length, 100_000)
        state.press("G")
        XCTAssertNotEqual(state.top, .start, "G moves")
        XCTAssertEqual(state.top, state.maximumTop)
        XCTAssertEqual(state.percent, 100)
        XCTAssertTrue(Self.bottomRow(state).contains("Sentence number 3999 is here."), Self.bottomRow(state))
        state.press("g")
        XCTAssertEqual(state.top, .start)
        state.press("<Space>")
        XCTAssertEqual(state.top, LinePosition(paragraph: 0, line: state.geometry.bodyRows - 1))
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
        XCTAssertEqual(state.message, StatusMessage(text: "Not a command: nonsense (:q, :123, :50%, :theme, :export, :tag, :actor, :help)",
                                                    isError: true))
        state.press(":w<Enter>")
        XCTAssertEqual(state.message, StatusMessage(text: "Nothing to write: every change is saved as it is made", isError: false))
        state.press(":3<Enter>")
        XCTAssertTrue(state.cursorText.hasPrefix("Islamabad"))
        XCTAssertEqual(state.press(":q<Enter>"), [.quit])
    }
}
