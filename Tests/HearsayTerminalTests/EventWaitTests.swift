import XCTest
@testable import HearsayTerminal

/// The reads that wait for the next event wait for whole milliseconds,
/// rounded up: the last fraction of a millisecond is a wait, not a read that
/// returns at once and is tried again in a loop until the deadline passes.
final class EventWaitTests: XCTestCase {
    func testWhatIsLeftIsRoundedUpToAWholeMillisecond() {
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .microseconds(1)), 1)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .microseconds(700)), 1)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .milliseconds(1)), 1)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .microseconds(14_001)), 15)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .milliseconds(15)), 15)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .seconds(2) + .nanoseconds(1)), 2001)
    }

    func testNothingIsLeftOnceTheDeadlineHasPassed() {
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .zero), 0)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .microseconds(-300)), 0)
        XCTAssertEqual(Terminal.milliseconds(roundingUp: .seconds(-3)), 0)
    }

    func testADeadlineInTheFutureLeavesAWaitOfAtLeastOneMillisecond() {
        let clock = ContinuousClock()
        let soon = clock.now.advanced(by: .microseconds(300))
        XCTAssertGreaterThanOrEqual(Terminal.milliseconds(until: soon, clock: clock), 0)
        XCTAssertLessThanOrEqual(Terminal.milliseconds(until: soon, clock: clock), 1)
        XCTAssertEqual(Terminal.milliseconds(until: clock.now.advanced(by: .seconds(-1)), clock: clock), 0)
    }
}
