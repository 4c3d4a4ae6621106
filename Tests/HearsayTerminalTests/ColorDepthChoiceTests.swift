import HearsayUI
import XCTest
@testable import HearsayTerminal

final class ColorDepthChoiceTests: XCTestCase {
    func testTerminalColours() {
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: nil, override: nil), .twoFiftySix)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 8, noColor: nil, override: nil), .eight)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 0, noColor: nil, override: nil), .monochrome)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 0x1000000, noColor: nil, override: nil), .trueColor)
    }

    func testNoColorMeansMonochromeWhenNonEmpty() {
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: "1", override: nil), .monochrome)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: "", override: nil), .twoFiftySix)
    }

    func testOverrideWinsButIsCappedAtTheTerminal() {
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: "1", override: .sixteen), .sixteen)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 256, noColor: nil, override: .monochrome), .monochrome)
        XCTAssertEqual(ColorDepthChoice.resolve(terminalColors: 8, noColor: nil, override: .trueColor), .eight)
    }
}
