/// The help overlay: a framed box over the middle of the screen.
enum HelpView {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let g = state.geometry
        let layout = HelpOverlay.layout(state)
        let lines = layout.rows, keyWidth = layout.keyWidth, width = layout.width
        let height = min(g.statusRow - 1, lines.count + 2)
        guard width >= 10, height >= 3 else { return }
        let left = (g.width - width) / 2
        let top = max(0, (g.statusRow - height) / 2)
        for row in top..<top + height { screen.fill(row: row, column: left, count: width, role: .help) }
        let title = state.helpFilter.isEmpty ? " Keys " : " Keys matching “\(state.helpFilter)” "
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, role: .help)
        screen.put(title, row: top, column: left + 2, role: .helpTitle, limit: width - 4)
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, role: .help)
        let rows = height - 2
        let first = min(state.helpScroll, max(0, lines.count - rows))
        for i in 0..<rows {
            let y = top + 1 + i
            screen.put("│", row: y, column: left, role: .help)
            screen.put("│", row: y, column: left + width - 1, role: .help)
            guard first + i < lines.count else { continue }
            let line = lines[first + i]
            if line.isHeading {
                screen.put(line.text, row: y, column: left + 2, role: .helpTitle, limit: width - 4)
            } else {
                screen.put(line.keys, row: y, column: left + 2, role: .helpKey, limit: keyWidth)
                screen.put(line.text, row: y, column: left + 3 + keyWidth, role: .help, limit: layout.textWidth)
            }
        }
        if lines.count > rows {
            let more = " \(first + 1)–\(min(lines.count, first + rows)) of \(lines.count) "
            screen.put(more, row: top + height - 1, column: left + width - 2 - DisplayWidth.of(more), role: .helpTitle)
        }
    }
}
