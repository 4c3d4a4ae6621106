@testable import HearsayUI
import XCTest

final class KeymapTests: XCTestCase {
    func testNoKeyDoesTwoThingsInOneMode() {
        XCTAssertEqual(Keymap.defaults.conflicts(), [])
    }

    func testEveryDefaultKeyParsed() {
        for b in Keymap.defaults.bindings {
            XCTAssertFalse(b.keys.contains { $0.isEmpty }, "\(b.command) has a key that did not parse")
        }
    }

    func testEveryCommandHasAKeyAndHelp() {
        for command in Command.allCases {
            let rows = Keymap.defaults.bindings.filter { $0.command == command }
            XCTAssertFalse(rows.isEmpty, "\(command) has no binding")
            XCTAssertFalse(rows.contains { $0.help.isEmpty }, "\(command) has no help text")
        }
    }

    func testKeyNotationRoundTrips() throws {
        for spec in ["j", "]q", "<C-d>", "<Space>", "<PageDown>", "<F1>", "<Enter>", "<Esc>", "<lt>", "<Tab>", "<S-Tab>"] {
            XCTAssertEqual(KeySpec.format(try KeySpec.parse(spec)), spec)
        }
        XCTAssertEqual(try KeySpec.parse("<C-d>"), [.char("\u{4}")])
        XCTAssertThrowsError(try KeySpec.parse("<Nope>"))
    }

    func testLookupWithArguments() {
        let keymap = Keymap.defaults
        XCTAssertEqual(keymap.lookup([.char("m")], mode: .article), .pending)
        XCTAssertEqual(keymap.lookup([.char("m"), .char("a")], mode: .article), .command(.setMark, argument: "a"))
        XCTAssertEqual(keymap.lookup([.char("q")], mode: .help), .command(.cancel, argument: nil))
        XCTAssertEqual(keymap.lookup([.char("q")], mode: .article), .command(.quit, argument: nil))
    }

    func testUserKeymapFileOverridesAndWarns() {
        let text = """
            # mine
            next-quotation = <C-n> ]q
            no-such-command = x
            quit = <Nope>
            top = g <Home>
            """
        let (keymap, warnings) = KeymapFile.merged(text, name: "keymap")
        XCTAssertEqual(keymap.lookup([.ctrl("n")], mode: .article), .command(.lineDown, argument: nil),
                       "a clash with line-down keeps the defaults")
        XCTAssertTrue(warnings.contains { $0.contains("unknown command \"no-such-command\"") })
        XCTAssertTrue(warnings.contains { $0.contains("keymap:4: bad key \"<Nope>\"") })
        XCTAssertTrue(warnings.contains { $0.contains("clashes") })

        let (ok, none) = KeymapFile.merged("next-quotation = <C-x> ]q\nquit = <C-q>", name: "keymap")
        XCTAssertEqual(none, [])
        XCTAssertEqual(ok.lookup([.ctrl("x")], mode: .article), .command(.nextQuotation, argument: nil))
        XCTAssertEqual(ok.lookup([.ctrl("q")], mode: .article), .command(.quit, argument: nil))
        XCTAssertEqual(ok.lookup([.char("q")], mode: .article), .unbound)
    }
}

extension KeymapTests {
    /// A keymap file saved with Windows line endings reads line by line.
    func testAKeymapFileWithCRLFLineEndings() {
        let (overrides, warnings) = KeymapFile.parse("quit = Q\r\nnext-quotation = ]q <C-n>\r\n")
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(overrides.map(\.0), [.quit, .nextQuotation])
    }
}
