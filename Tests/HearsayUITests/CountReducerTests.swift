import HearsayCore
@testable import HearsayUI
import XCTest

/// Counts while reading (`5j`, `3]q`, `10G`), and the digits' other meaning,
/// the codebook's shortcuts: a lone digit that no motion follows tags.
final class CountReducerTests: XCTestCase {
    func state(_ text: String = ReaderFixtures.threeQuotes) -> AppState {
        var s = ReaderFixtures.state(text, width: 100, height: 12)
        s.now = "2026-11-28T12:00:00Z"
        s.annotations.codebook = Codebook(tags: [Tag(name: "blame"), Tag(name: "threat")])
        return s
    }

    /// Play keys one by one, with no pause at the end (`press` ends with one).
    func type(_ keys: String, on s: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in try! KeyScript.parse(keys) { effects += reduce(into: &s, .key(key)) }
        return effects
    }

    func testACountRepeatsAMotionAndTagsNothing() {
        var counted = state(ReaderFixtures.long(paragraphs: 40))
        var stepped = counted
        counted.press("]q")
        stepped.press("]q")
        _ = type("5j", on: &counted)
        _ = type("jjjjj", on: &stepped)
        XCTAssertEqual(counted.top, stepped.top)
        XCTAssertEqual(counted.cursor, stepped.cursor)
        XCTAssertNil(counted.pendingCount)
        XCTAssertTrue(counted.annotations.annotations.isEmpty, "5j is a count, not tag 5")
        counted.press("12j")
        stepped.press("jjjjjjjjjjjj")
        XCTAssertEqual(counted.top, stepped.top, "two digits make one count")
    }

    func testACountRepeatsQuotationStepsAndGGoesToAParagraph() {
        var s = state()
        s.press("3]q")
        XCTAssertEqual(s.currentQuotation, 2)
        XCTAssertTrue(s.annotations.annotations.isEmpty)
        var long = state(ReaderFixtures.long(paragraphs: 40))
        long.press("10G")
        XCTAssertEqual(long.cursor, long.article.paragraphs[9].start, "10G: paragraph 10, as :10")
        long.press("2g")
        XCTAssertEqual(long.cursor, long.article.paragraphs[1].start, "2g too (g is less's top)")
        long.press("99G")
        XCTAssertEqual(long.cursor, long.article.paragraphs[39].start, "past the last: the last")
    }

    func testALoneDigitTagsWhenNoMotionFollows() {
        var s = state()
        s.press("]q")
        let effects = type("2", on: &s)
        XCTAssertEqual(effects, [], "waits for a possible motion")
        XCTAssertEqual(s.pendingCount, 2)
        XCTAssertTrue(s.message?.text.contains("tag “threat” in a moment") ?? false, s.message?.text ?? "")
        let tagged = reduce(into: &s, .keyTimeout)
        XCTAssertEqual(tagged, [.saveAnnotations(s.annotations)])
        XCTAssertEqual(s.annotations.annotations.first?.tags, ["threat"])
        XCTAssertNil(s.pendingCount)
    }

    func testALoneDigitBeforeAnotherKeyTagsAndThatKeyRuns() {
        var s = state()
        s.press("]q")
        _ = type("1T", on: &s)
        XCTAssertEqual(s.annotations.annotations.first?.tags, ["blame"], "the digit tagged")
        XCTAssertEqual(s.tab, .annotations, "then T showed the Annotations tab")
        var unbound = state()
        unbound.press("]q")
        _ = type("2¤", on: &unbound)
        XCTAssertEqual(unbound.annotations.annotations.first?.tags, ["threat"])
        XCTAssertEqual(unbound.message?.text, "¤ is not a key here (? for help)")
    }

    func testEscapeDropsACountAndAPrefixWithoutAWord() {
        var s = state()
        s.press("]q")
        _ = type("2<Esc>", on: &s)
        XCTAssertNil(s.pendingCount)
        XCTAssertTrue(s.annotations.annotations.isEmpty)
        XCTAssertNil(s.message)
        s.press("]<Esc>")
        XCTAssertTrue(s.pendingKeys.isEmpty)
        XCTAssertNil(s.message, "Esc after ] cancels it quietly, as in vim")
        s.press("m<Esc>")
        XCTAssertNil(s.message)
    }

    /// Visual mode, review and the side pane keep the digits as tag keys at once.
    func testDigitsTagAtOnceInAVisualSelectionAndInReview() {
        var s = state()
        s.press("}}V")
        _ = type("1", on: &s)
        XCTAssertEqual(s.annotations.annotations.count, 1)
        XCTAssertEqual(s.annotations.annotations.first?.tags, ["blame"])
        var r = state()
        _ = type("R2", on: &r)
        XCTAssertEqual(r.annotations.annotations.first?.tags, ["threat"])
    }
}
