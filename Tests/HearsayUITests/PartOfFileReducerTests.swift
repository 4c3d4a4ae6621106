import HearsayCore
@testable import HearsayUI
import XCTest

/// `G` and `g` while a big file loads: the loop is asked for the other part of
/// the file, and a place in the end part stays in place when the whole arrives.
final class PartOfFileReducerTests: XCTestCase {
    let whole = ReaderFixtures.long(paragraphs: 200)

    func part(_ text: String, end: Bool) -> Article {
        Article(name: "big.txt", document: Document(text: text), analysis: nil, isComplete: false, isEndOfFile: end)
    }

    /// The end part: the text from paragraph 190 on, as `ArticleSource.tailPreview` cuts it.
    var tail: String { String(whole[whole.range(of: "Paragraph 190 ")!.lowerBound...]) }

    /// A big file whose rest cannot be loaded (too large, not text past its
    /// start) stays on the part shown, and the reader says why instead of
    /// "loading" for ever.
    func testAFileWhoseRestCannotBeLoadedSaysWhy() {
        var stuck = part(String(whole.prefix(3000)), end: false)
        stuck.loadFailure = "too large (2.2 GB); Hearsay reads texts of up to 2 GB"
        var state = AppState(article: stuck, width: 120, height: 30)
        let screen = render(state).rows
        XCTAssertTrue(screen[0].contains("big.txt (its start only)"), screen[0])
        let status = screen[state.geometry.statusRow]
        XCTAssertTrue(status.contains("only its start is shown: too large (2.2 GB)"), status)
        XCTAssertFalse(screen.joined().contains("loading…"))
        state.press("]q")
        XCTAssertEqual(state.message?.text, "Not analysed: too large (2.2 GB); Hearsay reads texts of up to 2 GB")
        XCTAssertEqual(state.press("G"), [.showPartOfFile(end: true)], "its end can still be shown")
        state.press("<Tab>")
        XCTAssertTrue(render(state).rows.joined().contains("Not analysed"))
    }

    /// A save the reader did not wait for (a file whose saves are slow) is
    /// shown on the status line until the loop sees it on disk.
    func testASaveBehindTheScreenIsShownUntilItEnds() {
        var state = AppState(article: part(String(whole.prefix(3000)), end: false), width: 100, height: 30)
        XCTAssertFalse(render(state).rows[state.geometry.statusRow].contains("saving…"))
        state.isSaving = true
        let status = render(state).rows[state.geometry.statusRow]
        XCTAssertTrue(status.hasSuffix("saving… 0% "), status)
        state.isSaving = false
        XCTAssertFalse(render(state).rows[state.geometry.statusRow].contains("saving…"))
    }

    func testGOnTheStartOfALoadingFileAsksForItsEnd() {
        var state = AppState(article: part(String(whole.prefix(3000)), end: false), width: 100, height: 30)
        XCTAssertEqual(state.press("G"), [.showPartOfFile(end: true)])
        XCTAssertEqual(state.cursor, 0, "nothing moves until the end part is there")
        XCTAssertEqual(state.press("g"), [], "g on the start part is an ordinary jump")
    }

    func testGOnTheEndPartAsksForTheStartAndGStaysAnOrdinaryJump() {
        var state = AppState(article: part(tail, end: true), width: 100, height: 30)
        XCTAssertEqual(state.press("G"), [])
        XCTAssertEqual(state.position(of: state.cursor), state.lastLine, "on the last line of paragraph 200")
        XCTAssertTrue(state.article.document.string(state.article.paragraphs.last!).hasPrefix("Paragraph 200"))
        XCTAssertEqual(state.press("g"), [.showPartOfFile(end: false)])
    }

    func testTheWholeArrivingKeepsThePlaceCountedFromTheEnd() {
        var state = AppState(article: part(String(whole.prefix(3000)), end: false), width: 100, height: 30)
        _ = reduce(into: &state, .articleUpdated(part(tail, end: true)))
        XCTAssertEqual(state.cursor, 0)
        state.press("G")
        state.press("k")
        state.press("k")
        let before = state.cursorText
        let topLine = render(state).rows[1].prefix(60)
        _ = reduce(into: &state, .articleUpdated(ReaderFixtures.article(whole)))
        XCTAssertEqual(state.cursorText, before)
        XCTAssertEqual(render(state).rows[1].prefix(60), topLine, "the same lines on screen")
        XCTAssertFalse(state.article.isEndOfFile)
    }

    func testMarksSetOnTheEndPartPointAtTheSamePlacesInTheWhole() {
        var state = AppState(article: part(tail, end: true), width: 100, height: 30)
        state.press("G")
        state.press("k")
        state.press("m")
        state.press("a")
        let marked = state.cursorText
        state.press("g")   // asks for the start part; the jump is the loop's
        _ = reduce(into: &state, .articleUpdated(part(String(whole.prefix(3000)), end: false)))
        state.press("m")
        state.press("b")   // on the start part: its offsets are already the whole's
        _ = reduce(into: &state, .articleUpdated(ReaderFixtures.article(whole)))
        state.press("'")
        state.press("a")
        XCTAssertEqual(state.cursorText, marked)
        state.press("'")
        state.press("b")
        XCTAssertEqual(state.cursor, 0)
        XCTAssertTrue(state.endPartMarks.isEmpty)
    }

    func testACompleteArticleIsNeverAnEndPart() {
        let article = Article(name: "x", document: Document(text: "x"), analysis: nil, isComplete: true, isEndOfFile: true)
        XCTAssertFalse(article.isEndOfFile)
    }
}
