import CNcursesw
import HearsayUI

extension Terminal {
    /// Draws `buffer` with `theme`: each cell's role becomes attributes and a
    /// colour pair at `colorDepth`. Only cells that changed since the last frame
    /// are handed to ncurses (it diffs again against the screen); a new theme, a
    /// new size, a resize or `resume` repaints everything. One `doupdate` per frame.
    /// Cell text is sanitised (`Glyph`): no control character reaches the terminal.
    public func present(_ buffer: ScreenBuffer, theme: Theme) {
        guard phase == .active else { return }
        let themeChanged = palette.use(theme)
        var previous = previousFrame
        if themeChanged || previous?.width != buffer.width || previous?.height != buffer.height {
            previous = nil
        }
        if previous == nil { werase(window) }

        let rows = min(buffer.height, Int(getmaxy(window)))
        let columns = min(buffer.width, Int(getmaxx(window)))
        let cells = buffer.cells
        let old = previous?.cells
        var character = cchar_t()
        var lastRole: Role?
        var ink = Ink()

        for y in 0..<rows {
            let start = y * buffer.width
            for x in 0..<columns {
                let i = start + x
                let cell = cells[i]
                if cell.isContinuation { continue }
                if let old, old[i] == cell { continue }
                if cell.role != lastRole {
                    ink = palette.ink(for: cell.role, allocate: Self.allocatePair)
                    lastRole = cell.role
                }
                let slot = x + 1 < columns && cells[i + 1].isContinuation ? 2 : 1
                let pads = Glyph.write(cell.text, slotWidth: slot, into: glyph, width: Glyph.glibcWidth)
                draw(&character, row: y, column: x, ink: ink)
                if pads {
                    glyph[0] = 0x20
                    glyph[1] = 0
                    draw(&character, row: y, column: x + 1, ink: ink)
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
        if motionTrackingPending { setMotionTracking(true) }
        previousFrame = buffer
    }

    private func draw(_ character: inout cchar_t, row: Int, column: Int, ink: Ink) {
        var pair = ink.pair   // passed through setcchar's opts: pairs above 32767 need the int
        setcchar(&character, glyph, ink.attributes, 0, &pair)
        // At the bottom-right cell this returns ERR (the cursor cannot advance) but draws.
        mvwadd_wch(window, Int32(row), Int32(column), &character)
    }

    /// init_extended_pair, checked: under TERM=xterm (64 pairs, 8 colours) it
    /// refuses numbers and colours that do not exist.
    static func allocatePair(_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool {
        init_extended_pair(pair, foreground, background) == OK
    }
}
