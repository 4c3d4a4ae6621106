import HearsayUI
import XCTest
@testable import HearsayTerminal

/// The ncurses key codes are written as numbers (curses.h, octal) on purpose:
/// the test checks that the table uses the right constants.
final class KeyTranslationTests: XCTestCase {
    func testKeyCodes() {
        let expected: [(Int32, Key)] = [
            (0o403, .up), (0o402, .down), (0o404, .left), (0o405, .right),
            (0o523, .pageUp), (0o522, .pageDown), (0o406, .home), (0o550, .end),
            (0o552, .home), (0o601, .end),           // KEY_FIND, KEY_SELECT
            (0o527, .enter), (0o541, .backTab), (0o407, .backspace),
            (0o512, .delete), (0o513, .insert),
            (0o410, .function(0)), (0o411, .function(1)), (0o424, .function(12)), (0o507, .function(63)),
        ]
        for (code, key) in expected {
            XCTAssertEqual(KeyTranslation.key(code: code), key, "code \(String(code, radix: 8))")
        }
    }

    func testUnknownCodesAreIgnored() {
        XCTAssertNil(KeyTranslation.key(code: 0o510))   // KEY_DL
        XCTAssertNil(KeyTranslation.key(code: 0o510 + 100))
    }

    func testCharacters() {
        XCTAssertEqual(KeyTranslation.key(character: 0x0D), .enter)   // Enter under nonl()
        XCTAssertEqual(KeyTranslation.key(character: 0x0A), .enter)   // Ctrl-J
        XCTAssertEqual(KeyTranslation.key(character: 0x09), .tab)
        XCTAssertEqual(KeyTranslation.key(character: 0x1B), .escape)
        XCTAssertEqual(KeyTranslation.key(character: 0x7F), .backspace)
        XCTAssertEqual(KeyTranslation.key(character: 0x08), .backspace)  // Ctrl-H
        XCTAssertEqual(KeyTranslation.key(character: 0x04), Key.ctrl("d"))
        XCTAssertEqual(KeyTranslation.key(character: 0x71), .char("q"))
        XCTAssertEqual(KeyTranslation.key(character: 0xE9), .char("é"))
        XCTAssertEqual(KeyTranslation.key(character: 0x4E2D), .char("中"))
        XCTAssertNil(KeyTranslation.key(character: 0xD800))   // a lone surrogate is not a scalar
    }
}
