import XCTest
@testable import HearsayTerminal

final class ControlScalarsTests: XCTestCase {
    func testControlRanges() {
        for v: UInt32 in 0..<0x20 { XCTAssertTrue(ControlScalars.isUnsafe(v)) }
        for v: UInt32 in 0x7F...0x9F { XCTAssertTrue(ControlScalars.isUnsafe(v)) }
        for v: UInt32 in 0x20..<0x7F { XCTAssertFalse(ControlScalars.isUnsafe(v)) }
        XCTAssertFalse(ControlScalars.isUnsafe(0xA0))
        XCTAssertFalse(ControlScalars.isUnsafe(0xE9))
        XCTAssertFalse(ControlScalars.isUnsafe(0x201C))
    }

    func testBidiOverridesAndSeparators() {
        for v: UInt32 in [0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029] {
            XCTAssertTrue(ControlScalars.isUnsafe(v), String(v, radix: 16))
        }
        XCTAssertFalse(ControlScalars.isUnsafe(0x200D), "ZWJ is harmless")
    }
}
