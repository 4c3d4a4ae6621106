import HearsayCore
@testable import HearsayUI
import XCTest

final class TagColorTests: XCTestCase {
    func testTagsGetTheirColourFromThePaletteHexNumbersOrAnsiNames() {
        let theme = BundledThemes.default
        let book = Codebook(tags: [Tag(name: "a", color: "quote"), Tag(name: "b", color: "#102030"), Tag(name: "c", color: "196"),
                                   Tag(name: "d", color: "bright-red"), Tag(name: "e"), Tag(name: "f", color: "no-such-colour")])
        let coloured = theme.withTagColors(book)
        XCTAssertEqual(coloured.style(for: .tag("a")).foreground, theme.palette["quote"])
        XCTAssertNotNil(theme.palette["quote"])
        XCTAssertEqual(coloured.style(for: .tag("b")).foreground, .rgb(0x10, 0x20, 0x30))
        XCTAssertEqual(coloured.style(for: .tag("c")).foreground, .indexed(196))
        XCTAssertEqual(coloured.style(for: .tag("d")).foreground, .indexed(9))
        XCTAssertEqual(coloured.style(for: .tag("e")), theme.style(for: .tag), "no colour: the tag role")
        XCTAssertEqual(coloured.style(for: .tag("f")), theme.style(for: .tag))
        XCTAssertTrue(coloured.style(for: .tag("b")).attributes.isSuperset(of: theme.style(for: .tag).attributes))
    }
}
