import XCTest
@testable import HearsayTerminal

/// Uses glibc's wcwidth, as `present` does; it needs the UTF-8 locale.
final class GlyphTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        XCTAssertEqual(TerminalLocale.ensureUTF8(), "UTF-8")
    }

    private func glyph(_ text: String, slot: Int = 1) -> (String, Bool) {
        let (scalars, pads) = Glyph.scalars(text, slotWidth: slot)
        return (String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))), pads)
    }

    func testPlainCharacters() {
        XCTAssertEqual(glyph("a").0, "a")
        XCTAssertEqual(glyph("é").0, "é")
        XCTAssertEqual(glyph("“").0, "“")
        XCTAssertEqual(glyph("").0, " ")
        XCTAssertEqual(glyph(" ").0, " ")
    }

    func testControlCharactersNeverPassThrough() {
        for control in ["\u{1B}", "\u{07}", "\u{08}", "\r", "\n", "\u{0}", "\u{7F}", "\u{9B}", "\u{9D}", "\u{85}", "\u{202E}", "\u{2066}"] {
            XCTAssertEqual(glyph(control).0, "\u{FFFD}", "U+\(String(control.unicodeScalars.first!.value, radix: 16))")
        }
        // A control after the base is dropped rather than sent.
        XCTAssertEqual(glyph("a\u{1B}").0, "a")
        XCTAssertEqual(glyph("e\u{1B}\u{301}").0, "e\u{301}")
    }

    func testCombiningMarksStayWithTheirBase() {
        XCTAssertEqual(glyph("e\u{301}").0, "e\u{301}")
        XCTAssertEqual(glyph("❤\u{FE0F}").0, "❤\u{FE0F}")
        // A lone combining mark is put on a space (ncurses would join it to the previous cell).
        XCTAssertEqual(glyph("\u{301}").0, " \u{301}")
    }

    func testAtMostFiveScalarsAndNoSecondSpacingOne() {
        XCTAssertEqual(glyph("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}").0, "a\u{301}\u{302}\u{303}\u{304}")
        XCTAssertEqual(glyph("ab").0, "a")
        XCTAssertEqual(glyph("👨\u{200D}👩", slot: 2).0, "👨\u{200D}", "ZWJ is zero-width; the second emoji would move the cursor")
    }

    func testWideCharactersNeedTheirTwoCells() {
        XCTAssertEqual(glyph("中", slot: 2).0, "中")
        XCTAssertFalse(glyph("中", slot: 2).1)
        XCTAssertEqual(glyph("中", slot: 1).0, "\u{FFFD}", "a wide character in a one-cell slot would shift the row")
    }

    func testNarrowCharacterInAWideSlotPadsTheContinuation() {
        XCTAssertEqual(glyph("a", slot: 2).0, "a")
        XCTAssertTrue(glyph("a", slot: 2).1)
        XCTAssertTrue(glyph("\u{1B}", slot: 2).1)
    }

    func testUnprintableBaseIsReplaced() {
        XCTAssertEqual(Glyph.glibcWidth(0x0378), -1)   // unassigned
        XCTAssertEqual(glyph("\u{378}").0, "\u{FFFD}")
    }

    func testWidthFunctionIsInjected() {
        let (scalars, pads) = Glyph.scalars("x", slotWidth: 2, width: { _ in 2 })
        XCTAssertEqual(scalars, [0x78])   // ASCII fast path: always one cell
        XCTAssertTrue(pads)
        XCTAssertEqual(Glyph.scalars("é", slotWidth: 1, width: { _ in 2 }).scalars, [0xFFFD])
    }
}
