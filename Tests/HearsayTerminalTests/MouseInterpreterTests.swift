import HearsayUI
import XCTest
@testable import HearsayTerminal

final class MouseInterpreterTests: XCTestCase {
    private func kinds(_ events: [MouseEvent]) -> [String] {
        events.map { "\($0.kind)@\($0.column),\($0.row)" }
    }

    func testPressAndReleaseOnOneCellIsAClick() {
        var m = MouseInterpreter()
        XCTAssertEqual(m.interpret(MouseInterpreter.pressed, column: 5, row: 6), [])
        XCTAssertEqual(kinds(m.interpret(MouseInterpreter.released, column: 5, row: 6)), ["click@5,6"])
        XCTAssertNil(m.pressedAt)
    }

    func testDoubleClickIsTwoClicks() {
        var m = MouseInterpreter()
        var all: [MouseEvent] = []
        for _ in 0..<2 {
            all += m.interpret(MouseInterpreter.pressed, column: 1, row: 2)
            all += m.interpret(MouseInterpreter.released, column: 1, row: 2)
        }
        XCTAssertEqual(kinds(all), ["click@1,2", "click@1,2"])
    }

    func testDragReportsThePressThenDragsThenRelease() {
        var m = MouseInterpreter()
        var all = m.interpret(MouseInterpreter.pressed, column: 10, row: 10)
        // X10 button-motion reports arrive as another press; SGR ones as a position report.
        all += m.interpret(MouseInterpreter.pressed, column: 11, row: 10)
        all += m.interpret(MouseInterpreter.motion, column: 12, row: 11)
        all += m.interpret(MouseInterpreter.released, column: 12, row: 11)
        XCTAssertEqual(kinds(all), ["press@10,10", "drag@11,10", "drag@12,11", "release@12,11"])
    }

    func testMotionOnTheSameCellIsNotADrag() {
        var m = MouseInterpreter()
        var all = m.interpret(MouseInterpreter.pressed, column: 3, row: 3)
        all += m.interpret(MouseInterpreter.motion, column: 3, row: 3)
        all += m.interpret(MouseInterpreter.released, column: 3, row: 3)
        XCTAssertEqual(kinds(all), ["click@3,3"])
    }

    func testReleaseElsewhereWithoutMotionReportsPressAndRelease() {
        var m = MouseInterpreter()
        var all = m.interpret(MouseInterpreter.pressed, column: 0, row: 0)
        all += m.interpret(MouseInterpreter.released, column: 4, row: 2)
        XCTAssertEqual(kinds(all), ["press@0,0", "release@4,2"])
    }

    func testWheel() {
        var m = MouseInterpreter()
        XCTAssertEqual(kinds(m.interpret(MouseInterpreter.wheelUp, column: 7, row: 8)), ["wheelUp@7,8"])
        XCTAssertEqual(kinds(m.interpret(MouseInterpreter.wheelDown, column: 7, row: 8)), ["wheelDown@7,8"])
    }

    func testStrayReportsAreIgnored() {
        var m = MouseInterpreter()
        XCTAssertEqual(m.interpret(MouseInterpreter.released, column: 1, row: 1), [])   // no press seen
        XCTAssertEqual(m.interpret(MouseInterpreter.motion, column: 1, row: 1), [])     // hover
        XCTAssertEqual(m.interpret(0, column: 1, row: 1), [])
    }

    func testNcursesClickIsPassedOn() {
        var m = MouseInterpreter()
        XCTAssertEqual(kinds(m.interpret(MouseInterpreter.clicked, column: 2, row: 3)), ["click@2,3"])
    }

    func testMasksAreNcursesValues() {
        // curses.h, NCURSES_MOUSE_VERSION 2: 5 bits per button.
        XCTAssertEqual(MouseInterpreter.released, 0o1)
        XCTAssertEqual(MouseInterpreter.pressed, 0o2)
        XCTAssertEqual(MouseInterpreter.clicked, 0o4)
        XCTAssertEqual(MouseInterpreter.wheelUp, 0o2 << 15)
        XCTAssertEqual(MouseInterpreter.wheelDown, 0o2 << 20)
        XCTAssertEqual(MouseInterpreter.motion, 0o10 << 25)
    }
}
