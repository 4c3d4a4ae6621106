import XCTest
@testable import HearsayTerminal

final class ColorPairCacheTests: XCTestCase {
    func testDefaultColoursArePairZeroWithoutAllocating() {
        var cache = ColorPairCache(limit: 64)
        XCTAssertEqual(cache.pair(foreground: -1, background: -1) { _, _, _ in XCTFail("allocated"); return true }, 0)
    }

    func testPairsAreAllocatedOnceInOrder() {
        var cache = ColorPairCache(limit: 64)
        var calls: [[Int32]] = []
        let allocate = { (p: Int32, f: Int32, b: Int32) -> Bool in calls.append([p, f, b]); return true }
        XCTAssertEqual(cache.pair(foreground: 196, background: -1, allocate: allocate), 1)
        XCTAssertEqual(cache.pair(foreground: -1, background: 21, allocate: allocate), 2)
        XCTAssertEqual(cache.pair(foreground: 196, background: -1, allocate: allocate), 1)
        XCTAssertEqual(calls, [[1, 196, -1], [2, -1, 21]])
    }

    func testRunningOutFallsBackToPairZero() {
        var cache = ColorPairCache(limit: 3)   // pairs 1 and 2 usable
        let yes = { (_: Int32, _: Int32, _: Int32) in true }
        XCTAssertEqual(cache.pair(foreground: 1, background: 0, allocate: yes), 1)
        XCTAssertEqual(cache.pair(foreground: 2, background: 0, allocate: yes), 2)
        XCTAssertEqual(cache.pair(foreground: 3, background: 0, allocate: yes), 0)
        XCTAssertEqual(cache.pair(foreground: 1, background: 0, allocate: yes), 1)
    }

    func testRefusedPairIsRememberedAndItsNumberReused() {
        var cache = ColorPairCache(limit: 64)
        var tries = 0
        let refuseBig = { (_: Int32, f: Int32, _: Int32) -> Bool in tries += 1; return f < 8 }
        XCTAssertEqual(cache.pair(foreground: 200, background: -1, allocate: refuseBig), 0)
        XCTAssertEqual(cache.pair(foreground: 200, background: -1, allocate: refuseBig), 0)
        XCTAssertEqual(tries, 1, "a refusal is not retried every frame")
        XCTAssertEqual(cache.pair(foreground: 3, background: -1, allocate: refuseBig), 1)
    }

    func testNoPairsAtAll() {
        var cache = ColorPairCache(limit: 0)
        XCTAssertEqual(cache.pair(foreground: 1, background: 2) { _, _, _ in true }, 0)
    }
}
