import HearsayCore
@testable import HearsayUI
import XCTest

/// Every key of the keymap, in every mode, on articles at the edges (empty, one
/// word, only white space, no quotations): nothing may crash, and each frame
/// must render at every size, down to the too-small message.
final class EveryKeyTests: XCTestCase {
    static let edgeArticles = ["", "   \n\n  ", "Word", "“Unclosed quotation", "No quotations here.\n\nTwo paragraphs."]

    func testEveryKeyOnEdgeArticles() {
        let keys = Keymap.defaults.bindings.flatMap(\.keys)
        for text in Self.edgeArticles {
            for (width, height) in [(100, 30), (60, 10), (20, 6), (10, 3)] {
                var state = ReaderFixtures.state(text, width: width, height: height)
                for sequence in keys {
                    for mode in ["", "<Tab>", "?"] {
                        var s = state
                        s.press(mode)
                        for key in sequence { _ = reduce(into: &s, .key(key)) }
                        _ = reduce(into: &s, .key(.char("a")))   // an argument for m and '
                        let screen = render(s)
                        XCTAssertEqual(screen.rows.count, height)
                    }
                }
                state.press("/x<Enter>:5<Enter>:50%<Enter>")
                XCTAssertEqual(render(state).rows.count, height)
            }
        }
    }
}
