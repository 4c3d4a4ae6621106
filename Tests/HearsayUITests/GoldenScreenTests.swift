import HearsayCore
import HearsayUI
import XCTest

final class GoldenScreenTests: XCTestCase {
    var sample: Article { GoldenScreen.article(text: SampleArticle.text, name: "sample-editorial.txt") }

    func testSampleOpens() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 100, height: 30, keys: ""), named: "sample-100x30")
    }

    func testSecondQuotationIsCurrent() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 100, height: 30, keys: "]q]q"), named: "sample-next-quotation")
    }

    func testSearchHighlightsEveryMatch() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 100, height: 30, keys: "/kabul<Enter>n"), named: "sample-search")
    }

    func testHelpOverlay() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 100, height: 30, keys: "?"), named: "sample-help")
    }

    func testHelpFilter() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 100, height: 30, keys: "?/quotation<Enter>"), named: "sample-help-filtered")
    }

    func testSmallTerminal() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 40, height: 12, keys: "}}"), named: "sample-40x12")
    }

    func testLargeTerminal() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 200, height: 60, keys: "<Tab>A"), named: "sample-200x60-actors")
    }

    func testNarrowLayoutTogglesTheSidePane() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 70, height: 20, keys: "<Tab>jj"), named: "sample-narrow-side-pane")
    }

    func testTooSmall() throws {
        GoldenScreen.assertMatches(try GoldenScreen.screen(sample, width: 18, height: 5, keys: ""), named: "too-small")
    }

    func testWideScriptsAndEmoji() throws {
        let article = try GoldenScreen.fixture("reader/wide-scripts.txt")
        GoldenScreen.assertMatches(try GoldenScreen.screen(article, width: 90, height: 20, keys: "O"), named: "wide-scripts")
    }

    func testControlCharactersAreVisiblePlaceholders() throws {
        let article = try GoldenScreen.fixture("reader/control-characters.txt")
        GoldenScreen.assertMatches(try GoldenScreen.screen(article, width: 90, height: 16, keys: ""), named: "control-characters")
    }
}
