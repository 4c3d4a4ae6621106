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
        XCTAssertTrue(s.message?.text.contains("tag “threat” on ⟨“We will not wait another season,”⟩ in a moment") ?? false, s.message?.text ?? "")
        let tagged = reduce(into: &s, .keyTimeout)
        XCTAssertEqual(tagged, [.saveAnnotations(s.annotations)])
        XCTAssertEqual(s.annotations.annotations.first?.tags, ["threat"])
        XCTAssertNil(s.pendingCount)
    }

    /// Only a pause makes a digit a tag: any key typed before it makes it a
    /// count, which a key that takes none drops (`1T`, `2/`, `2¤`), and a
    /// half-typed key after it waits for its motion (`2]` then `q`), however
    /// long it takes, and nothing is tagged.
    func testAnyKeyAfterADigitMakesItACountAndTagsNothing() {
        var s = state()
        s.press("]q")
        _ = type("1T", on: &s)
        XCTAssertTrue(s.annotations.annotations.isEmpty, "1T: no tag")
        XCTAssertEqual(s.tab, .annotations, "T showed the Annotations tab")
        var search = state()
        search.press("]q")
        _ = type("2/Kabul<Enter>", on: &search)
        XCTAssertTrue(search.annotations.annotations.isEmpty, "2/: a search, no tag")
        var unbound = state()
        unbound.press("]q")
        _ = type("2¤", on: &unbound)
        XCTAssertTrue(unbound.annotations.annotations.isEmpty)
        XCTAssertEqual(unbound.message?.text, "¤ is not a key here (? for help)")
        var prefix = state()
        prefix.press("]q")
        _ = type("2]", on: &prefix)
        XCTAssertEqual(reduce(into: &prefix, .keyTimeout), [], "a pause after 2] tags nothing")
        _ = type("q", on: &prefix)
        XCTAssertEqual(prefix.currentQuotation, 2, "2]q: two quotations on")
        XCTAssertTrue(prefix.annotations.annotations.isEmpty)
        var marked = state()
        marked.press("]q")
        _ = type("2m<Esc>", on: &marked)
        XCTAssertNil(marked.pendingCount)
        XCTAssertTrue(marked.annotations.annotations.isEmpty, "2m Esc: nothing")
    }

    /// A digit or `d` acts on what is under the cursor (or highlighted in the
    /// side pane), never on an annotation the reader left paragraphs away.
    func testTheTargetIsWhereTheReaderIs() {
        var s = state()
        s.press("]qtblame<Enter>")
        XCTAssertEqual(s.annotations.annotations.count, 1)
        s.press("G")
        s.press("d")
        XCTAssertEqual(s.message?.text, "No annotation here", "the annotation is two paragraphs up")
        var side = state()
        side.press("]q<Tab>j")
        XCTAssertEqual(side.mode, .side)
        side.press("1")
        let tagged = side.annotations.annotations.first
        XCTAssertEqual(tagged?.range, side.article.quotations[1].range, "the highlighted row, not the article's current quotation")
    }

    /// A count past the last quotation goes to the last, as "99j" does.
    func testACountPastTheEndStopsAtTheLast() {
        var s = state()
        s.press("99]q")
        XCTAssertEqual(s.currentQuotation, 2)
        XCTAssertTrue(s.message?.text.hasPrefix("Quotation 3 of 3") ?? false, s.message?.text ?? "")
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
