import HearsayCore
@testable import HearsayUI
import XCTest

final class SidePaneReducerTests: XCTestCase {
    func testTheSidePaneFollowsTheCursor() {
        var state = ReaderFixtures.state()
        state.press("]q]q")
        XCTAssertEqual(state.sideSelected, 1)
        state.press("O")
        XCTAssertEqual(state.tab, .outline)
        XCTAssertEqual(state.sideSelected, 2, "the paragraph of the cursor")
    }

    func testEnterInTheSidePaneJumpsToTheItem() {
        var state = ReaderFixtures.state()
        state.press("<Tab>")
        XCTAssertEqual(state.focus, .side)
        state.press("jj<Enter>")
        XCTAssertEqual(state.currentQuotation, 2)
        XCTAssertTrue(state.cursorText.hasPrefix("“A river"))
    }

    func testSelectingAnActorThenNextMention() {
        var state = ReaderFixtures.state()
        state.press("<Tab>A")
        let actors = state.article.actors
        guard let row = state.article.actorOrder.firstIndex(where: { actors[$0].name == "Sayed Karim" }) else {
            return XCTFail("Sayed Karim not found: \(actors.map(\.name))")
        }
        state.press("g")
        for _ in 0..<row { state.press("j") }
        XCTAssertEqual(state.selectedActor.map { actors[$0].name }, "Sayed Karim")
        state.press("<Tab>]a")
        let first = state.currentMention.map { state.article.mentions[$0] }
        XCTAssertEqual(first.map { actors[$0.actor].name }, "Sayed Karim")
        state.press("]a")
        let second = state.currentMention.map { state.article.mentions[$0] }
        XCTAssertGreaterThan(second?.range.start ?? 0, first?.range.start ?? 0)
    }

    func testNarrowTerminalsShowTheSidePaneOnlyOnRequest() {
        var state = ReaderFixtures.state(width: 70, height: 20)
        XCTAssertFalse(state.geometry.sidePaneVisible)
        state.press("<Tab>")
        XCTAssertTrue(state.geometry.sidePaneCoversArticle)
        state.press("j<Enter>")
        XCTAssertFalse(state.geometry.sidePaneVisible, "opening an item goes back to the article")
        XCTAssertEqual(state.currentQuotation, 1)
        state.press("|")
        XCTAssertTrue(state.geometry.sidePaneVisible)
        XCTAssertEqual(state.mode, .side, "the pane that covers the article takes the keys")
        let top = state.top
        state.press("j")
        XCTAssertEqual(state.top, top, "j moves in the pane, not the hidden article")
        state.press("|")
        XCTAssertFalse(state.geometry.sidePaneVisible)
        XCTAssertEqual(state.mode, .article)
    }

    func testHelpOpensScrollsAndCloses() {
        var state = ReaderFixtures.state(width: 100, height: 12)
        state.press("?")
        XCTAssertEqual(state.mode, .help)
        state.press("jj")
        XCTAssertEqual(state.helpScroll, 2)
        state.press("/mark<Enter>")
        XCTAssertEqual(state.helpFilter, "mark")
        XCTAssertTrue(HelpOverlay.lines(state).contains { $0.text.contains("set a mark") })
        XCTAssertFalse(HelpOverlay.lines(state).contains { $0.text.contains("next paragraph") })
        state.press("q")
        XCTAssertEqual(state.mode, .article)
        XCTAssertFalse(state.shouldQuit, "q closes the help, it does not quit")
    }

    func testMouseWheelAndClicks() {
        var state = ReaderFixtures.state(ReaderFixtures.long(paragraphs: 50), width: 100, height: 20)
        _ = reduce(into: &state, .mouse(MouseEvent(kind: .wheelDown, column: 10, row: 5)))
        XCTAssertEqual(state.top, state.advanced(.start, by: 3))
        let sideX = state.geometry.sideX
        _ = reduce(into: &state, .mouse(MouseEvent(kind: .click, column: sideX + 3, row: 0)))
        XCTAssertEqual(state.tab, .quotations)
        _ = reduce(into: &state, .mouse(MouseEvent(kind: .click, column: sideX + 16, row: 0)))
        XCTAssertEqual(state.tab, .actors)
    }
}

final class MouseSelectionTests: XCTestCase {
    func testPressDragReleaseSelectsAndAClickDoesNot() {
        var s = ReaderFixtures.state()
        // Row 3 of the body is "“We will not wait…" (title, blank, then the paragraph).
        let x = s.geometry.textX
        _ = reduce(into: &s, .mouse(MouseEvent(kind: .press, column: x, row: 3)))
        _ = reduce(into: &s, .mouse(MouseEvent(kind: .drag, column: x + 10, row: 3)))   // on "not"
        _ = reduce(into: &s, .mouse(MouseEvent(kind: .release, column: x + 8, row: 3)))
        XCTAssertEqual(s.mode, .visual)
        XCTAssertEqual(s.article.document.string(s.selection!.range(in: s.article.document.scalars)), "“We will not")
        _ = reduce(into: &s, .key(.escape))
        _ = reduce(into: &s, .mouse(MouseEvent(kind: .click, column: x + 4, row: 3)))
        XCTAssertNil(s.selection)
        XCTAssertEqual(s.mode, .article)
        XCTAssertTrue(s.cursorText.hasPrefix("will not"), s.cursorText)
    }
}
