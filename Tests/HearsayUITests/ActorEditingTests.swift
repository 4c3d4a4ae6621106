import HearsayCore
@testable import HearsayUI
import XCTest

final class ActorEditingTests: XCTestCase {
    func state() -> AppState {
        var s = ReaderFixtures.state()
        s.now = "2026-11-28T12:00:00Z"
        return s
    }

    func select(_ name: String, in s: inout AppState) {
        s.press("A")
        let row = s.article.actorOrder.firstIndex { s.article.actors[$0].name == name }!
        s.press("<Tab>g")
        for _ in 0..<row { s.press("j") }
        s.press("<Tab>")
        XCTAssertEqual(s.selectedActor.map { s.article.actors[$0].name }, name)
    }

    func names(_ s: AppState) -> Set<String> { Set(s.article.actors.map(\.name)) }

    func testSelectingAnActorFiltersTheQuotationsAndHighlightsItsMentions() {
        var s = state()
        select("Sayed Karim", in: &s)
        XCTAssertEqual(s.listedQuotations.map { s.article.quotations[$0].speaker?.actor }, [s.selectedActor])
        let dump = ScreenDump.render(render(s))
        XCTAssertTrue(dump.contains("mention.selected"))
        s.press("<Esc>")
        XCTAssertNil(s.selectedActor)
        XCTAssertEqual(s.listedQuotations.count, 3)
    }

    func testRenameMergeNotAnActorAndUndo() {
        var s = state()
        select("Sayed Karim", in: &s)
        s.press(":actor rename Sayed Karim Ahmadzai<Enter>")
        XCTAssertTrue(names(s).contains("Sayed Karim Ahmadzai"))
        XCTAssertEqual(s.annotations.actorEdits.count, 1)
        s.press(":actor type organisation<Enter>")
        XCTAssertEqual(s.article.actors.first { $0.name == "Sayed Karim Ahmadzai" }?.type, .organisation)
        s.press("u")
        XCTAssertEqual(s.article.actors.first { $0.name == "Sayed Karim Ahmadzai" }?.type, .person)
        s.press("u")
        XCTAssertTrue(names(s).contains("Sayed Karim"))
        select("Kabul", in: &s)
        s.press(":actor not<Enter>")
        XCTAssertFalse(names(s).contains("Kabul"))
        s.press(":actor rename<Enter>")
        XCTAssertTrue(s.message?.isError ?? false)
    }

    /// With no edits to lay over, the detector's article is kept as it is (its
    /// lists are not derived again on the reader's thread); once edits were
    /// laid over, taking them all back brings the detector's actors back.
    func testNoEditsKeepTheArticleAndTakingEditsBackRestoresTheDetectorsActors() {
        let article = state().article
        XCTAssertFalse(article.isEdited)
        let unchanged = article.applyingActorEdits([])
        XCTAssertFalse(unchanged.isEdited)
        XCTAssertEqual(unchanged.actors.map(\.name), article.actors.map(\.name))
        XCTAssertEqual(unchanged.actorOrder, article.actorOrder)
        let renamed = article.applyingActorEdits([ActorEdit(.rename(from: "Sayed Karim", to: "Sayed Karim Ahmadzai"),
                                                            time: "2026-11-28T12:00:00Z")])
        XCTAssertTrue(renamed.isEdited)
        XCTAssertTrue(renamed.actors.contains { $0.name == "Sayed Karim Ahmadzai" })
        let takenBack = renamed.applyingActorEdits([])
        XCTAssertFalse(takenBack.isEdited)
        XCTAssertEqual(takenBack.actors.map(\.name), article.actors.map(\.name))
        XCTAssertEqual(takenBack.mentionCounts, article.mentionCounts)
    }

    func testAddingAnActorFromASelection() {
        var s = state()
        let text = s.article.document.text
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "the weir")!.lowerBound)
        s.selection = Selection(anchor: start, head: start + 7)   // “the weir”
        let effects = s.press("+")
        XCTAssertEqual(effects, [.saveAnnotations(s.annotations)])
        XCTAssertTrue(names(s).contains("the weir"), "\(names(s))")
        // Selected, so the next :actor command acts on it.
        XCTAssertEqual(s.selectedActor.map { s.article.actors[$0].name }, "the weir")
        XCTAssertTrue(s.message?.text.hasPrefix("Added the actor the weir as a person, selected") ?? false, s.message?.text ?? "")
        s.press(":actor type organisation<Enter>")
        XCTAssertEqual(s.article.actors.first { $0.name == "the weir" }?.type, .organisation)
    }

    /// A name the gazetteer knows takes its type.
    func testAnAddedActorTakesTheGazetteersType() {
        var s = ReaderFixtures.state("Talks stall\n\nThe delegation of the European Union arrived late.")
        s.now = "2026-11-28T12:00:00Z"
        let text = s.article.document.text
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: "European Union")!.lowerBound)
        s.selection = Selection(anchor: start, head: start + 14)
        s.press("+")
        XCTAssertEqual(s.article.actors.first { $0.name == "European Union" }?.type, .organisation)
    }

    func testYankCopiesTheQuotationWithItsSpeakerAndTitle() {
        var s = state()
        XCTAssertEqual(s.press("]qy"), [.copy("“We will not wait another season,” — Sayed Karim, in “Water talks stall” (test.txt)")])
    }

    func testRememberSendsTheEditsToTheRegistry() {
        var s = state()
        select("Kabul", in: &s)
        s.press(":actor type group<Enter>")
        let effects = s.press(":actor remember<Enter>")
        XCTAssertEqual(effects, [.saveActorRegistry(s.annotations.actorEdits)])
        // A second article starts with what was taught.
        var other = state()
        _ = reduce(into: &other, .actorRegistryLoaded(s.registryEdits))
        XCTAssertEqual(other.article.actors.first { $0.name == "Kabul" }?.type, .group)
    }
}

final class WhoSpeaksScreenTests: XCTestCase {
    func testTheChartTakesTheWholeWidthAndSortsAndCloses() {
        var s = ReaderFixtures.state(width: 100, height: 14)
        s.press("W")
        XCTAssertEqual(s.mode, .chart)
        let rows = render(s).rows
        XCTAssertFalse(rows.dropLast(2).contains { $0.contains("│") }, "no side pane beside the chart")
        XCTAssertTrue(rows.contains { $0.contains("Sayed Karim") && !$0.contains("…") }, rows.joined(separator: "\n"))
        s.press("s")
        XCTAssertEqual(s.whoSpeaksSort, .words)
        s.press("q")
        XCTAssertFalse(s.whoSpeaksVisible)
        XCTAssertFalse(s.shouldQuit, "q leaves the chart, not the reader")
    }
}
