import HearsayUI
import XCTest
@testable import HearsayTerminal

final class PaletteTests: XCTestCase {
    private let theme = Theme(name: "t", styles: [
        .text: Style(),
        .quote: Style(foreground: .indexed(196), attributes: [.bold, .underline]),
        .status: Style(foreground: .rgb(255, 255, 255), background: .indexed(4), attributes: [.reverse]),
    ])

    private func recorder() -> (allocate: (Int32, Int32, Int32) -> Bool, calls: () -> [[Int32]]) {
        final class Box { var calls: [[Int32]] = [] }
        let box = Box()
        return ({ p, f, b in box.calls.append([p, f, b]); return true }, { box.calls })
    }

    func testAttributeBitsAreNcursesValues() {
        // curses.h: NCURSES_ATTR_SHIFT 8; A_UNDERLINE bit 9, A_REVERSE 10, A_DIM 12, A_BOLD 13, A_ITALIC 23.
        XCTAssertEqual(CursesAttributes.bits([]), 0)
        XCTAssertEqual(CursesAttributes.bits(.underline), 1 << 17)
        XCTAssertEqual(CursesAttributes.bits(.reverse), 1 << 18)
        XCTAssertEqual(CursesAttributes.bits(.dim), 1 << 20)
        XCTAssertEqual(CursesAttributes.bits(.bold), 1 << 21)
        XCTAssertEqual(CursesAttributes.bits(.italic), 1 << 31)
        XCTAssertEqual(CursesAttributes.bits([.bold, .underline]), 1 << 21 | 1 << 17)
    }

    func testColoursBecomePairs() {
        var palette = Palette(depth: .twoFiftySix, defaultColors: true, pairLimit: 256)
        let (allocate, calls) = recorder()
        palette.use(theme)
        XCTAssertEqual(palette.ink(for: .quote, allocate: allocate), Ink(attributes: CursesAttributes.bits([.bold, .underline]), pair: 1))
        XCTAssertEqual(palette.ink(for: .quoteCurrent, allocate: allocate).pair, 1, "inherits quote")
        XCTAssertEqual(palette.ink(for: .text, allocate: allocate), Ink(attributes: 0, pair: 0))
        XCTAssertEqual(palette.ink(for: .status, allocate: allocate).pair, 2)
        XCTAssertEqual(calls(), [[1, 196, -1], [2, 231, 4]])
    }

    func testMonochromeUsesAttributesOnly() {
        var palette = Palette(depth: .monochrome, defaultColors: true, pairLimit: 256)
        let (allocate, calls) = recorder()
        palette.use(theme)
        XCTAssertEqual(palette.ink(for: .quote, allocate: allocate), Ink(attributes: CursesAttributes.bits([.bold, .underline]), pair: 0))
        XCTAssertEqual(palette.ink(for: .status, allocate: allocate), Ink(attributes: CursesAttributes.bits(.reverse), pair: 0))
        XCTAssertEqual(calls(), [])
    }

    func testWithoutDefaultColoursDefaultIsWhiteOnBlack() {
        var palette = Palette(depth: .eight, defaultColors: false, pairLimit: 64)
        let (allocate, calls) = recorder()
        palette.use(theme)
        _ = palette.ink(for: .quote, allocate: allocate)
        XCTAssertEqual(calls(), [[1, 1, 0]], "196 is red (1) at 8 colours; the default background is black")
    }

    func testANewThemeIsResolvedAgain() {
        var palette = Palette(depth: .twoFiftySix, defaultColors: true, pairLimit: 256)
        let (allocate, _) = recorder()
        XCTAssertTrue(palette.use(theme))
        XCTAssertFalse(palette.use(theme))
        XCTAssertEqual(palette.ink(for: .quote, allocate: allocate).attributes, CursesAttributes.bits([.bold, .underline]))
        var other = theme
        other.styles[.quote] = Style(attributes: [.italic])
        XCTAssertTrue(palette.use(other))
        XCTAssertEqual(palette.ink(for: .quote, allocate: allocate), Ink(attributes: CursesAttributes.bits(.italic), pair: 0))
    }
}
