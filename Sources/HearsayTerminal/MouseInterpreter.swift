import CNcursesw
import HearsayUI

/// Turns ncurses mouse reports (`MEVENT.bstate`) into `MouseEvent`s.
///
/// ncurses' own click detection (mouseinterval) holds every mouse event back for
/// the interval, waiting for a second one: wheel scrolling and clicks would lag
/// by 166 ms. So `Terminal` sets mouseinterval(0), gets raw presses and releases,
/// and this state machine makes the clicks: a press is held back; a release on
/// the same cell is a `.click`; moving with the button down first reports the
/// held `.press`, then `.drag`s, and the release a `.release`. A plain click is
/// therefore `.click` alone, and a double click two of them. Only the first
/// button is tracked; the wheel is buttons 4 and 5.
struct MouseInterpreter {
    /// Where button 1 went down, while it is down.
    private(set) var pressedAt: (column: Int, row: Int)?
    /// Whether that press has been reported (it is once the pointer moves).
    private var pressReported = false

    static let wheelUp = mmask_t(CN_BUTTON4_PRESSED)
    static let wheelDown = mmask_t(CN_BUTTON5_PRESSED)
    static let pressed = mmask_t(CN_BUTTON1_PRESSED)
    static let released = mmask_t(CN_BUTTON1_RELEASED)
    static let clicked = mmask_t(CN_BUTTON1_CLICKED)
    static let motion = mmask_t(CN_REPORT_MOUSE_POSITION)

    mutating func interpret(_ bstate: mmask_t, column: Int, row: Int) -> [MouseEvent] {
        if bstate & Self.wheelUp != 0 { return [MouseEvent(kind: .wheelUp, column: column, row: row)] }
        if bstate & Self.wheelDown != 0 { return [MouseEvent(kind: .wheelDown, column: column, row: row)] }
        if bstate & Self.clicked != 0 {   // only if click detection was left on
            pressedAt = nil
            return [MouseEvent(kind: .click, column: column, row: row)]
        }
        if bstate & Self.released != 0 { return release(column: column, row: row) }
        if bstate & (Self.pressed | Self.motion) != 0 {
            // With button-motion tracking, ncurses reports a move with the button
            // down as another press (X10) or as a position report.
            if pressedAt != nil { return move(column: column, row: row) }
            if bstate & Self.pressed != 0 {
                pressedAt = (column, row)
                pressReported = false
            }
        }
        return []
    }

    private mutating func release(column: Int, row: Int) -> [MouseEvent] {
        guard let start = pressedAt else { return [] }
        pressedAt = nil
        if !pressReported && start.column == column && start.row == row {
            return [MouseEvent(kind: .click, column: column, row: row)]
        }
        var events: [MouseEvent] = []
        if !pressReported { events.append(MouseEvent(kind: .press, column: start.column, row: start.row)) }
        events.append(MouseEvent(kind: .release, column: column, row: row))
        return events
    }

    private mutating func move(column: Int, row: Int) -> [MouseEvent] {
        guard let start = pressedAt else { return [] }
        if !pressReported && start.column == column && start.row == row { return [] }
        var events: [MouseEvent] = []
        if !pressReported {
            events.append(MouseEvent(kind: .press, column: start.column, row: start.row))
            pressReported = true
        }
        events.append(MouseEvent(kind: .drag, column: column, row: row))
        return events
    }
}
